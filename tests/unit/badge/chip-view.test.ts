import { afterEach, describe, expect, it } from 'vitest';
import { chipView, paintChip } from '../../../components/badge/chip-view';
import { useMessageTemplates } from '../../../lib/i18n';
import { defaultSettings } from '../../../lib/models/settings';
import { MINUTE } from '../../../lib/time/units';
import { NOW, observed, record } from './badge-fixtures';

// \ue001 is where i18n's templates take their first substitution.
const TEMPLATES = { badgeWaiting: 'waiting \ue001', badgeTarget: 'target \ue001', badgeAnswered: 'answered after \ue001', stateOnTime: 'on time', stateOverdue: 'overdue', timeUnknown: 'time unknown' };

afterEach(() => useMessageTemplates({}));

describe('chipView', () => {
  it('hands out one object per distinct view, so a painter can compare by identity', () => {
    useMessageTemplates(TEMPLATES);
    const s = defaultSettings();
    const a = chipView(observed(), null, NOW, s, 'en');
    expect(a).toEqual({ className: 'badge on-time', text: 'waiting 5 min', title: `on time · target ${s.targetMinutes / 60} hr`, state: 'on-time' });
    // Another comment, another time within the same minute of waiting: the same view.
    expect(chipView(observed({ id: 'c2', postedAt: NOW - 5 * MINUTE - 30_000 }), null, NOW + 10_000, s, 'en')).toBe(a);
    expect(chipView(observed(), record(), NOW, s, 'en')).toBe(a);
    expect(chipView(observed(), null, NOW + MINUTE, s, 'en')!.text).toBe('waiting 6 min');
  });

  it('judges each comment by its own site\'s target, and names that target', () => {
    useMessageTemplates(TEMPLATES);
    const s = { ...defaultSettings(), targetMinutes: 60, siteTargetMinutes: { facebook: null, x: 15 } };
    const twenty = { postedAt: NOW - 20 * MINUTE };
    expect(chipView(observed(twenty), null, NOW, s, 'en')).toMatchObject({ className: 'badge on-time', title: 'on time · target 1 hr' });
    const x = chipView(observed({ ...twenty, site: 'x' }), null, NOW, s, 'en')!;
    expect(x).toMatchObject({ className: 'badge overdue', title: 'overdue · target 15 min' });
    // Back on Facebook with the same settings: its own views again, not the X ones.
    expect(chipView(observed(twenty), null, NOW, s, 'en')!.className).toBe('badge on-time');
  });

  it('tells apart what the memo key holds: state, the unknown-time note, answered', () => {
    useMessageTemplates(TEMPLATES);
    const s = { ...defaultSettings(), targetMinutes: 5 };
    expect(chipView(observed(), null, NOW, s, 'en')!.className).toBe('badge overdue');
    const unknown = chipView(observed({ timeSource: 'first-seen' }), null, NOW, s, 'en')!;
    expect(unknown.title).toBe('overdue · target 5 min · time unknown');
    expect(chipView(observed(), null, NOW, s, 'en')!.title).toBe('overdue · target 5 min');
    const answered = chipView(observed({ answered: true, answeredAt: NOW }), null, NOW, s, 'en')!;
    expect(answered).toEqual({ className: 'badge answered', text: 'answered after 5 min', title: 'target 5 min', state: null });
  });

  it('makes its views again when the settings, the language or the interface texts change', () => {
    const s = defaultSettings();
    // Before the templates arrive the texts are the bare keys (no browser here).
    expect(chipView(observed(), null, NOW, s, 'en')!.text).toBe('badgeWaiting');
    useMessageTemplates(TEMPLATES);
    expect(chipView(observed(), null, NOW, s, 'en')!.text).toBe('waiting 5 min');
    expect(chipView(observed(), null, NOW, s, 'de')!.text).toBe('waiting 5 Min.');
    const tight = { ...s, targetMinutes: 4 };
    expect(chipView(observed(), null, NOW, tight, 'de')!.className).toBe('badge overdue');
    expect(chipView(observed(), null, NOW, s, 'de')!.className).toBe('badge on-time');
  });

  it('shows nothing on the company’s own comments', () => {
    expect(chipView(observed({ byOwner: true }), null, NOW, defaultSettings(), 'en')).toBeNull();
  });
});

describe('paintChip', () => {
  it('writes only what differs from what the chip shows, and sets the text in place', () => {
    useMessageTemplates(TEMPLATES);
    const s = { ...defaultSettings(), targetMinutes: 6 };
    const el = document.createElement('span');
    const first = chipView(observed(), null, NOW, s, 'en')!;
    paintChip(el, first, null);
    expect([el.className, el.textContent, el.getAttribute('title'), el.getAttribute('data-state')]).toEqual(['badge due-soon', 'waiting 5 min', first.title, 'due-soon']);
    const text = el.firstChild;
    const next = chipView(observed(), null, NOW + MINUTE, s, 'en')!;
    paintChip(el, next, first);
    expect([el.className, el.textContent, el.getAttribute('data-state')]).toEqual(['badge overdue', 'waiting 6 min', 'overdue']);
    expect(el.firstChild).toBe(text);
    const answered = chipView(observed({ answered: true, answeredAt: NOW }), null, NOW, s, 'en')!;
    paintChip(el, answered, next);
    expect(el.hasAttribute('data-state')).toBe(false);
    expect(el.textContent).toBe('answered after 5 min');
  });
});
