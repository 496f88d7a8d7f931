import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { signal } from '@preact/signals';
import { templates as messageTemplates } from '../a11y/messages';
import { BadgeActionsRow } from '../../../components/badge/BadgeActions';
import { NetiquetteFlags } from '../../../components/badge/NetiquetteFlags';
import { useMessageTemplates } from '../../../lib/i18n';
import { defaultSettings } from '../../../lib/models/settings';
import type { BadgeModel } from '../../../lib/overlay/annotator';
import type { Note } from '../../../lib/notes/note-model';
import type { CheckResult } from '../../../lib/models/netiquette-messages';
import { observed, record } from './badge-fixtures';

/**
 * A note or strike stored before times were bounded can carry a time no Date holds, and a strike's
 * expiry (its time plus the expiry days) can pass the end of the range. The badge renders inside
 * facebook.com / x.com: a RangeError from Intl there would take the badge down in the host page.
 */
const templates = messageTemplates('en');

const note = (at: number): Note => ({
  id: `n${at}`, site: 'facebook', commentKey: 'facebook:c1', authorKey: null, authorName: 'Kundin', pageName: 'Page', text: 'Rückruf', agent: 'Mara', at,
});

const flags = (stepsDownAt: number): CheckResult => ({
  key: 'facebook:c1', offensive: true, heated: false, flags: [],
  ladder: { step: 'private-message', label: 'Private message', text: '', strikes: 1, stepsDownAt },
});

function model(notes: Note[], result: CheckResult | null): BadgeModel {
  return {
    observed: signal(observed()),
    record: signal(record()),
    notes: signal(notes),
    authorKey: 'facebook:kundin',
    item: document.createElement('div'),
    suggestionsOpen: signal(false),
    flags: signal(result),
    dispute: signal(null),
  };
}

const actions = { claim: async () => null, saveNote: async () => null, eraseAuthor: async () => false };

// A fresh container per test: preact keeps its last tree on the node it rendered into.
const host = () => document.body.appendChild(document.createElement('div'));

afterEach(() => {
  useMessageTemplates({});
  document.body.replaceChildren();
});

describe('badge dates out of the Date range', () => {
  it('the notes open and show the note without its date', async () => {
    useMessageTemplates(templates);
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    try {
      render(<BadgeActionsRow model={model([note(9e15), note(Date.UTC(2026, 2, 10))], null)} settings={signal(defaultSettings())} actions={actions} waiting locale="en" />, host());
      document.querySelector<HTMLButtonElement>('.notes-toggle')!.click();
      await new Promise((r) => setTimeout(r, 0));
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).toEqual([]);
    const metas = [...document.querySelectorAll('.note .meta')].map((m) => m.textContent);
    expect(metas).toHaveLength(2);
    expect(metas[0]).not.toMatch(/Invalid|NaN/);
    expect(metas[1]).toMatch(/2026/);
  });

  it.each([1e300, 9e15, 8.64e15 + 1])('the ladder step renders when its strikes step down at %s', (stepsDownAt) => {
    useMessageTemplates(templates);
    render(<NetiquetteFlags model={model([], flags(stepsDownAt))} settings={signal(defaultSettings())} locale="en" />, host());
    expect(document.querySelector('.ladder .strikes')).not.toBeNull();
    expect(document.querySelector('.ladder .strikes')!.textContent).not.toMatch(/Invalid|NaN/);
  });
});
