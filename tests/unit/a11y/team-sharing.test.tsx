import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TeamSharing } from '../../../components/options/team/TeamSharing';
import { database } from '../../../lib/db/database';
import { addNote } from '../../../lib/db/notes-store';
import { useMessageTemplates } from '../../../lib/i18n';
import * as localSections from '../../../lib/sync/local-sections';
import { createTeamBundle } from '../../../lib/sync/team-import';
import { freshDb } from '../db/test-db';
import { templates, type Lang } from './messages';
import english from '../../../public/_locales/en/messages.json';
import german from '../../../public/_locales/de/messages.json';

const EVIL = '\u202Eevil';
const FSI = '\u2068';
const PDI = '\u2069';
const RAW = 'DatabaseClosedError: UnknownError Internal error opening backing store';

/** A colleague's file: one note this browser does not have, exported under a hostile name. */
async function colleagueFile(): Promise<string> {
  const theirs = freshDb();
  await addNote(theirs, { site: 'facebook', commentKey: 'facebook:1', authorKey: null, authorName: 'Lena', pageName: 'Shop', text: 'Fall 42', agent: 'Anna' }, 1_000);
  return JSON.stringify(createTeamBundle(await localSections.readLocalSections(theirs, 2_000), { exportedAt: 2_000, exportedBy: EVIL }));
}

/** Picks a file in the import field; `file` may be a stand-in whose reading fails. */
async function pick(file: Pick<File, 'name' | 'text'>): Promise<void> {
  const input = document.querySelector<HTMLInputElement>('input[name="team-import"]')!;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  Object.defineProperty(input, 'value', { value: '', writable: true, configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const fileOf = (text: string) => ({ name: 'team.json', text: () => Promise.resolve(text) });

afterEach(async () => {
  render(null, document.body);
  useMessageTemplates({});
  vi.restoreAllMocks();
  await database().notes.clear();
});

describe('team import preview', () => {
  it('isolates the colleague’s name in the sentence it is set into', async () => {
    useMessageTemplates(templates('en'));
    render(<TeamSharing />, document.body);
    await pick(fileOf(await colleagueFile()));
    await expect.poll(() => document.querySelector('.team-preview p')?.textContent ?? '').toContain('Bundle from');
    expect(document.querySelector('.team-preview p')!.textContent).toContain(`from ${FSI}${EVIL}${PDI},`);
  });
});

describe.each(['en', 'de'] as const)('team import failures (%s)', (lang: Lang) => {
  const messages = (lang === 'en' ? english : german) as Record<string, { message: string }>;

  it('says the file could not be read, not that applying failed, and shows no raw error', async () => {
    useMessageTemplates(templates(lang));
    render(<TeamSharing />, document.body);
    await pick({ name: 'team.json', text: () => Promise.reject(new Error(RAW)) });
    await expect.poll(() => document.querySelector('.team-failed')?.textContent ?? '').not.toBe('');
    const shown = document.querySelector('.team-failed')!.textContent!;
    expect(shown).toBe(messages.teamReadFailed!.message);
    expect(shown).not.toContain('DatabaseClosedError');
    expect(shown).not.toContain(messages.teamApplyFailed!.message.split(/[,;:]/)[0]!);
  });

  it('treats a failing read of what is stored here as a read failure too', async () => {
    useMessageTemplates(templates(lang));
    render(<TeamSharing />, document.body);
    const file = fileOf(await colleagueFile());
    vi.spyOn(localSections, 'readLocalSections').mockRejectedValue(new Error(RAW));
    await pick(file);
    await expect.poll(() => document.querySelector('.team-failed')?.textContent ?? '').not.toBe('');
    expect(document.querySelector('.team-failed')!.textContent).toBe(messages.teamReadFailed!.message);
  });

  it('says applying failed without the exception’s own text', async () => {
    useMessageTemplates(templates(lang));
    render(<TeamSharing />, document.body);
    await pick(fileOf(await colleagueFile()));
    await expect.poll(() => document.querySelector('.team-apply')).not.toBeNull();
    vi.spyOn(localSections, 'applyTeamBundle').mockResolvedValue({ ok: false, message: RAW, errors: [] });
    document.querySelector<HTMLButtonElement>('.team-apply')!.click();
    await expect.poll(() => document.querySelector('.team-failed')?.textContent ?? '').not.toBe('');
    const shown = document.querySelector('.team-failed')!.textContent!;
    expect(shown).toBe(messages.teamApplyFailed!.message);
    expect(shown).not.toContain('DatabaseClosedError');
  });
});
