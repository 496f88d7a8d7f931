import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HealthLine } from '../../../components/popup/HealthLine';
import { NotesList } from '../../../components/popup/NotesList';
import { database } from '../../../lib/db/database';
import { addNote } from '../../../lib/db/notes-store';
import { useMessageTemplates } from '../../../lib/i18n';
import { templates } from './messages';

vi.mock('../../../components/popup/active-tab', () => ({
  tabHealth: () => Promise.resolve({ site: 'facebook', ownPage: '\u202Eevil', recognised: 3, unreadable: 0, layoutMissing: false }),
}));

// A page's or commenter's name can carry a right-to-left override.
const EVIL = '\u202Eevil';
const FSI = '\u2068';
const PDI = '\u2069';

afterEach(async () => {
  render(null, document.body);
  useMessageTemplates({});
  await database().notes.clear();
});

describe('names in the popup’s sentences', () => {
  it('isolates the page name in the health line', async () => {
    useMessageTemplates(templates('en'));
    render(<HealthLine locale="en" />, document.body);
    await expect.poll(() => document.querySelector('.health')?.getAttribute('data-health')).toBe('ok');
    expect(document.querySelector('.health')!.textContent).toBe(`Facebook · ${FSI}${EVIL}${PDI}: 3 comments recognised`);
  });

  it('isolates the author in a note’s delete label', async () => {
    useMessageTemplates(templates('en'));
    await addNote(database(), { site: 'facebook', commentKey: 'facebook:1', authorKey: null, authorName: EVIL, pageName: 'Shop', text: 'Fall 42', agent: 'Anna' }, 1_000);
    render(<NotesList locale="en" />, document.body);
    await expect.poll(() => document.querySelector('.note-delete')).not.toBeNull();
    expect(document.querySelector('.note-delete')!.getAttribute('aria-label')).toContain(`${FSI}${EVIL}${PDI}`);
  });
});
