import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfirmRemove } from '../../../components/shared/ConfirmRemove';
import { NotesList } from '../../../components/popup/NotesList';
import { database } from '../../../lib/db/database';
import { addNote } from '../../../lib/db/notes-store';
import { useMessageTemplates } from '../../../lib/i18n';
import { templates } from '../a11y/messages';

const settle = async (n = 10) => {
  for (let i = 0; i < n; i++) await new Promise((r) => setTimeout(r, 0));
};

afterEach(async () => {
  for (const el of [...document.body.children]) render(null, el);
  render(null, document.body);
  document.body.replaceChildren();
  useMessageTemplates({});
  await database().notes.clear();
});

function mountRemove(onConfirm: () => Promise<unknown> = () => Promise.resolve()) {
  const app = document.body.appendChild(document.createElement('div'));
  render(<ConfirmRemove cls="note-delete" label="Löschen" ariaLabel="Notiz über Anna löschen" confirmLabel="Wirklich löschen?" failedText="x" onConfirm={onConfirm} />, app);
  return app;
}

describe('ConfirmRemove: the second step', () => {
  it('takes focus on its confirm button when Delete is pressed, and gives it back to Delete when cancelled', async () => {
    useMessageTemplates(templates('de'));
    const app = mountRemove();
    const del = app.querySelector<HTMLButtonElement>('.note-delete')!;
    del.focus();
    del.click();
    await settle();
    expect(document.activeElement).toBe(app.querySelector('.note-delete-confirm'));
    // A keyboard user tabs to Cancel and presses Enter: the focused Cancel button is removed.
    const cancel = app.querySelector<HTMLButtonElement>('.note-delete-cancel')!;
    cancel.focus();
    cancel.click();
    await settle();
    expect(document.activeElement).toBe(app.querySelector('.note-delete'));
  });

  it('says what it removes: confirm and cancel sit in a group named by the caller\'s label', async () => {
    useMessageTemplates(templates('de'));
    const app = mountRemove();
    app.querySelector<HTMLButtonElement>('.note-delete')!.click();
    await settle();
    const group = app.querySelector<HTMLButtonElement>('.note-delete-confirm')!.closest('[role="group"]');
    expect(group?.getAttribute('aria-label')).toBe('Notiz über Anna löschen');
    expect(group?.contains(app.querySelector('.note-delete-cancel'))).toBe(true);
  });

  it('keeps focus on Delete and says so when removing failed', async () => {
    useMessageTemplates(templates('de'));
    const app = mountRemove(() => Promise.reject(new Error('storage')));
    app.querySelector<HTMLButtonElement>('.note-delete')!.click();
    await settle();
    app.querySelector<HTMLButtonElement>('.note-delete-confirm')!.click();
    await settle();
    expect(app.querySelector('[role="alert"]')?.textContent).toBe('x');
    expect(document.activeElement).toBe(app.querySelector('.note-delete'));
  });
});

describe('popup notes list: keyboard focus when deleting', () => {
  const note = (id: string, at: number) => addNote(database(), { site: 'facebook', commentKey: `facebook:${id}`, authorKey: null, authorName: `Lena ${id}`, pageName: 'Shop', text: `Fall ${id}`, agent: 'Anna' }, at);

  async function confirmDelete(row: number) {
    const del = document.querySelectorAll<HTMLButtonElement>('.note-delete')[row]!;
    del.focus();
    del.click();
    // Effects run after the paint: focus moves a moment after the step renders.
    await expect.poll(() => document.activeElement?.className).toBe('note-delete-confirm');
    document.querySelector<HTMLButtonElement>('.note-delete-confirm')!.click();
  }

  it('returns focus to Delete on Cancel', async () => {
    useMessageTemplates(templates('en'));
    await note('1', 1_000);
    render(<NotesList locale="en" />, document.body);
    await expect.poll(() => document.querySelector('.note-delete')).not.toBeNull();
    const del = document.querySelector<HTMLButtonElement>('.note-delete')!;
    del.focus();
    del.click();
    await expect.poll(() => document.querySelector('.note-delete-cancel')).not.toBeNull();
    const cancel = document.querySelector<HTMLButtonElement>('.note-delete-cancel')!;
    cancel.focus();
    cancel.click();
    await expect.poll(() => document.querySelector('.note-delete-cancel')).toBeNull();
    await expect.poll(() => document.activeElement).toBe(document.querySelector('.note-delete'));
  });

  it("moves focus to the next note's Delete once a note is deleted", async () => {
    useMessageTemplates(templates('en'));
    await note('1', 3_000);
    await note('2', 2_000);
    await note('3', 1_000);
    render(<NotesList locale="en" />, document.body);
    await expect.poll(() => document.querySelectorAll('.note-delete').length).toBe(3);
    await confirmDelete(1);
    await expect.poll(() => document.querySelectorAll('.note-delete').length).toBe(2);
    await expect.poll(() => document.activeElement?.closest('li')?.textContent).toContain('Fall 3');
    expect(document.activeElement?.className).toBe('note-delete');
  });

  it('moves focus to the note before when the last one is deleted, and to the search field when none is left', async () => {
    useMessageTemplates(templates('en'));
    await note('1', 2_000);
    await note('2', 1_000);
    render(<NotesList locale="en" />, document.body);
    await expect.poll(() => document.querySelectorAll('.note-delete').length).toBe(2);
    await confirmDelete(1);
    await expect.poll(() => document.querySelectorAll('.note-delete').length).toBe(1);
    await expect.poll(() => document.activeElement?.closest('li')?.textContent).toContain('Fall 1');
    await confirmDelete(0);
    await expect.poll(() => document.querySelectorAll('li.note').length).toBe(0);
    await expect.poll(() => document.activeElement).toBe(document.querySelector('.notes-search'));
  });
});
