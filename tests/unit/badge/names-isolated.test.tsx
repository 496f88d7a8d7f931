import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { signal } from '@preact/signals';
import english from '../../../public/_locales/en/messages.json';
import { BadgeActionsRow } from '../../../components/badge/BadgeActions';
import { NetiquetteFlags } from '../../../components/badge/NetiquetteFlags';
import { useMessageTemplates } from '../../../lib/i18n';
import { defaultSettings } from '../../../lib/models/settings';
import type { BadgeModel } from '../../../lib/overlay/annotator';
import { observed, record } from './badge-fixtures';

// A commenter, or a colleague's agent name from an imported bundle, can carry a right-to-left override.
const EVIL = '\u202Eevil';
const FSI = '\u2068';
const PDI = '\u2069';

/** The real English messages, with the marks lib/i18n fills. */
const templates = Object.fromEntries(
  Object.entries(english).map(([k, v]) => [k, v.message.replace(/\$(\d)/g, (_, n: string) => String.fromCharCode(0xe000 + Number(n)))]),
);

function model(): BadgeModel {
  return {
    observed: signal(observed({ author: { name: EVIL, url: null } })),
    record: signal(record({ claimedBy: EVIL })),
    notes: signal([]),
    authorKey: 'facebook:evil',
    item: document.createElement('div'),
    suggestionsOpen: signal(false),
    flags: signal(null),
    dispute: signal({ names: [EVIL, 'Bob'], turns: 4, suggestion: 'Bitte bleibt sachlich.' }),
  };
}

const actions = { claim: async () => null, saveNote: async () => null, eraseAuthor: async () => false };

afterEach(() => {
  useMessageTemplates({});
  document.body.replaceChildren();
});

describe('names inside interface sentences', () => {
  it('end their direction override with the name, in the badge', async () => {
    useMessageTemplates(templates);
    const m = model();
    const settings = signal(defaultSettings());
    render(
      <div>
        <BadgeActionsRow model={m} settings={settings} actions={actions} waiting locale="en" />
        <NetiquetteFlags model={m} settings={settings} locale="en" />
      </div>,
      document.body,
    );
    expect(document.querySelector('.claimed')!.textContent).toBe(`${FSI}${EVIL}${PDI} is on it`);
    expect(document.querySelector('.dispute-heading')!.textContent).toBe(`Dispute: ${FSI}${EVIL}${PDI} and ${FSI}Bob${PDI} trade heated replies (4 turns)`);
    document.querySelector<HTMLButtonElement>('.notes-toggle')!.click();
    await Promise.resolve();
    expect(document.querySelector('label.about')!.textContent!.trim()).toBe(`About ${FSI}${EVIL}${PDI} (shown on all their comments)`);
    expect(document.querySelector('.erase-author')!.textContent).toBe(`Erase everything stored about ${FSI}${EVIL}${PDI}`);
  });
});
