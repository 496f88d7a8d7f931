import { afterEach, describe, expect, it, vi } from 'vitest';
import { signal } from '@preact/signals';
import { badgeMounter } from '../../../components/badge/mount-badge';
import { useMessageTemplates } from '../../../lib/i18n';
import type { ObservedComment } from '../../../lib/models/comment';
import { defaultSettings } from '../../../lib/models/settings';
import type { BadgeModel } from '../../../lib/overlay/annotator';
import { MINUTE } from '../../../lib/time/units';
import { NOW, observed, record } from './badge-fixtures';

const TEMPLATES = { badgeWaiting: 'waiting \ue001', badgeTarget: 'target \ue001', stateOnTime: 'on time', badgeHandled: 'handled' };

function modelOf(o: ObservedComment): BadgeModel {
  return {
    observed: signal(o), record: signal(null), notes: signal([]), authorKey: 'facebook:kundin', item: document.createElement('div'),
    suggestionsOpen: signal(false), flags: signal(null), dispute: signal(null),
  };
}

const actions = { claim: async () => null, saveNote: async () => null, eraseAuthor: async () => false };

function setup() {
  vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
  useMessageTemplates(TEMPLATES);
  const now = signal(NOW);
  const settings = signal(defaultSettings());
  const mount = badgeMounter(now, settings, 'en', actions);
  const badge = (o = observed()) => {
    const host = document.createElement('moderato-badge');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    const model = modelOf(o);
    const unmount = mount(root, model);
    const chip = () => root.querySelector('.badge');
    return { root, model, unmount, chip };
  };
  return { now, settings, badge };
}

afterEach(() => {
  vi.useRealTimers();
  useMessageTemplates({});
  document.body.replaceChildren();
});

describe('badgeMounter: light chips', () => {
  it('shows the waiting time at once and keeps every light chip current on the minute tick', () => {
    const { now, badge } = setup();
    const a = badge();
    const b = badge(observed({ id: 'c2', postedAt: NOW - 7 * MINUTE }));
    expect(a.chip()?.textContent).toBe('waiting 5 min');
    expect(b.chip()?.textContent).toBe('waiting 7 min');
    expect(a.chip()?.getAttribute('data-state')).toBe('on-time');
    // Chips cloned from one painted template are separate elements.
    expect(a.chip()).not.toBe(b.chip());
    now.value = NOW + 2 * MINUTE;
    expect(a.chip()?.textContent).toBe('waiting 7 min');
    expect(b.chip()?.textContent).toBe('waiting 9 min');
  });

  it('repaints on its own record and observation, and on new settings', () => {
    const { settings, badge } = setup();
    const a = badge();
    a.model.record.value = record({ handledAt: NOW });
    expect(a.chip()?.textContent).toBe('handled');
    expect(a.chip()?.hasAttribute('data-state')).toBe(false);
    a.model.record.value = record();
    expect(a.chip()?.textContent).toBe('waiting 5 min');
    settings.value = { ...settings.value, targetMinutes: 4 };
    expect(a.chip()?.className).toBe('badge overdue');
    a.model.observed.value = observed({ byOwner: true });
    a.model.record.value = null;
    expect((a.root.firstChild as HTMLElement).hidden).toBe(true);
    a.model.observed.value = observed();
    expect((a.root.firstChild as HTMLElement).hidden).toBe(false);
    expect(a.chip()?.textContent).toBe('waiting 5 min');
  });

  it('hides the chip on the company’s own comments', () => {
    const { badge } = setup();
    const own = badge(observed({ byOwner: true }));
    expect(own.chip()).toBeNull();
    expect((own.root.firstChild as HTMLElement).hidden).toBe(true);
  });

  it('upgrades to the full view when there is more to show, and stops painting the light chip', async () => {
    const { now, badge } = setup();
    const a = badge();
    const light = a.root.firstChild;
    a.model.record.value = record({ claimedBy: 'Mara' });
    await Promise.resolve();
    expect(light?.isConnected).toBe(false);
    expect(a.root.querySelector('.actions')).not.toBeNull();
    expect(a.chip()?.textContent).toBe('waiting 5 min');
    now.value = NOW + MINUTE;
    await Promise.resolve();
    expect(light?.textContent).toBe('waiting 5 min');
    a.unmount();
    expect(a.root.childNodes.length).toBe(0);
  });

  it('upgrades on flags, notes and the suggestions shortcut alike', async () => {
    const { badge } = setup();
    const [a, b] = [badge(), badge()];
    b.model.suggestionsOpen.value = true;
    a.model.notes.value = [{ id: 'n1', site: 'facebook', commentKey: 'facebook:c1', authorKey: null, authorName: 'Kundin', pageName: 'Page', text: 'Stammkundin', agent: 'Mara', at: NOW }];
    await Promise.resolve();
    for (const x of [a, b]) expect(x.root.querySelector('.actions')).not.toBeNull();
  });

  it('takes a light chip down with its badge: no more painting after unmount', () => {
    const { now, badge } = setup();
    const a = badge();
    const light = a.root.firstChild;
    a.unmount();
    expect(a.root.childNodes.length).toBe(0);
    now.value = NOW + MINUTE;
    a.model.record.value = record({ handledAt: NOW });
    expect(light?.textContent).toBe('waiting 5 min');
  });

  it('renders the full view at once where IntersectionObserver is missing', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    try {
      const { badge } = setup();
      expect(badge().root.querySelector('.actions')).not.toBeNull();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
