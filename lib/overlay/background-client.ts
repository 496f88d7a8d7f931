import { browser } from 'wxt/browser';
import type { ObservedComment, RecordState } from '../models/comment';
import { MessagesReplySchema, TemplateUsedReplySchema, ErasureReplySchema, NoteReplySchema, NotesReplySchema, ObserveReplySchema, SettingsReplySchema, SuggestReplySchema, type BackgroundRequest, type SuggestItem, type Suggestion } from '../models/messages';
import type { NewNote, Note } from '../notes/note-model';
import type { Settings } from '../models/settings';

/**
 * The content script's only way to storage: IndexedDB in a content script would belong to the host
 * page's origin, so every read and write goes through the background, and every answer is validated.
 * Failures (extension reloading, storage unavailable) resolve to null instead of throwing into the page.
 */
async function ask(request: BackgroundRequest): Promise<unknown> {
  try {
    return await browser.runtime.sendMessage(request);
  } catch {
    return null;
  }
}

export async function fetchSettings(): Promise<Settings | null> {
  const parsed = SettingsReplySchema.safeParse(await ask({ type: 'get-settings' }));
  return parsed.success ? parsed.data.settings : null;
}

/** The interface texts as templates for t() (see i18n.ts); null when the background could not answer. */
export async function fetchMessageTemplates(): Promise<Record<string, string> | null> {
  const parsed = MessagesReplySchema.safeParse(await ask({ type: 'get-messages' }));
  return parsed.success ? parsed.data.messages : null;
}

export async function fetchRecords(keys: string[]): Promise<RecordState[] | null> {
  const parsed = ObserveReplySchema.safeParse(await ask({ type: 'get-records', keys }));
  return parsed.success ? parsed.data.records : null;
}

export async function claim(comment: ObservedComment, agent: string | null): Promise<RecordState | null> {
  const parsed = ObserveReplySchema.safeParse(await ask({ type: 'claim', comment, agent }));
  return parsed.success ? (parsed.data.records[0] ?? null) : null;
}

export async function fetchNotes(commentKeys: string[], authorKeys: string[]): Promise<Note[] | null> {
  const parsed = NotesReplySchema.safeParse(await ask({ type: 'get-notes', commentKeys, authorKeys }));
  return parsed.success ? parsed.data.notes : null;
}

export async function saveNote(note: NewNote): Promise<Note | null> {
  const parsed = NoteReplySchema.safeParse(await ask({ type: 'add-note', note }));
  return parsed.success ? parsed.data.note : null;
}

export async function eraseAuthorData(site: ObservedComment['site'], author: ObservedComment['author']): Promise<boolean> {
  return ErasureReplySchema.safeParse(await ask({ type: 'erase-author', site, author })).success;
}

export async function sendSightings(comments: ObservedComment[]): Promise<RecordState[] | null> {
  const parsed = ObserveReplySchema.safeParse(await ask({ type: 'observe', comments }));
  return parsed.success ? parsed.data.records : null;
}

/** Ranked, filled templates per comment key; null when the background could not answer. */
export async function fetchSuggestions(items: SuggestItem[]): Promise<Map<string, Suggestion[]> | null> {
  if (items.length === 0) return new Map();
  const parsed = SuggestReplySchema.safeParse(await ask({ type: 'suggest', items }));
  return parsed.success ? new Map(parsed.data.suggestions.map((s) => [s.key, s.list])) : null;
}

/** Counts one use of a template; losing a count is not worth bothering the agent with. */
/** Counts a template's use. The answer is checked like every other; a count that did not land costs nothing visible. */
export async function templateUsed(templateId: string): Promise<void> {
  TemplateUsedReplySchema.safeParse(await ask({ type: 'template-used', templateId }));
}
