import { useSignal } from '@preact/signals';
import { allNotes, deleteNote } from '../../lib/db/notes-store';
import { database } from '../../lib/db/database';
import { t } from '../../lib/i18n';
import type { Note } from '../../lib/notes/note-model';
import { searchNotes } from '../../lib/notes/note-search';
import { useLiveQuery } from '../shared/live-query';
import { ConfirmRemove } from '../shared/ConfirmRemove';
import { notifyTabs } from '../../lib/messaging/notify-tabs';
import { isolate } from '../../lib/bidi';
import { dateFormat } from '../../lib/time/format-date';

/**
 * Every team note, newest first, searchable by text, author, page and agent. A note can be deleted after
 * a second click; the deletion travels with the team bundle (deleteNote).
 */
export function NotesList({ locale }: { locale: string }) {
  const loadFailed = useSignal(false);
  const notes = useLiveQuery<Note[] | null>(() => allNotes(database()), null, true, loadFailed);
  const query = useSignal('');
  // The open pages' badges drop the note at once.
  const remove = (id: string) => deleteNote(database(), id).then(() => void notifyTabs({ type: 'records-changed' }));
  const when = dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  if (notes.value === null) return loadFailed.value ? <p class="error" role="alert">{t('storageReadFailed')}</p> : null;
  const hits = searchNotes(notes.value, query.value);
  return (
    <section class="notes-list">
      <input type="search" class="notes-search" placeholder={t('notesSearch')} aria-label={t('notesSearch')} value={query.value} onInput={(e) => (query.value = e.currentTarget.value)} />
      {notes.value.length === 0 && <p class="empty">{t('notesNone')}</p>}
      {notes.value.length > 0 && hits.length === 0 && <p class="empty">{t('notesNoMatch')}</p>}
      <ol>
        {hits.map((n) => (
          <li key={n.id} class="note" data-id={n.id}>
            <span class="meta"><bdi class="author">{n.authorName}</bdi> · <bdi>{n.pageName}</bdi>{n.authorKey && ` · ${t('noteAboutAuthorTag')}`}</span>
            <bdi class="text">{n.text}</bdi>
            <span class="meta">{t('noteMeta', [n.agent ? isolate(n.agent) : t('agentUnknown'), when.format(n.at)])}</span>
            <span class="note-actions">
              <ConfirmRemove
                cls="note-delete" label={t('noteDelete')} ariaLabel={t('noteDeleteLabel', isolate(n.authorName))} confirmLabel={t('noteDeleteConfirm')}
                failedText={t('noteDeleteFailed')} onConfirm={() => remove(n.id)}
              />
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
