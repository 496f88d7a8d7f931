import { browser } from 'wxt/browser';
import type { ObservedComment, RecordState } from '../models/comment';
import type { BackgroundRequest, SuggestItem, Suggestion } from '../models/messages';
import type { NewNote, Note } from '../notes/note-model';
import type { Settings } from '../models/settings';
import { parseNoteReply, parseNotesReply } from '../models/light/note';
import { parseObserveReply, type ObserveReply } from '../models/light/record-state';
import { parseErasureReply, parseMessagesReply, parseSuggestReply, parseTemplateUsedReply } from '../models/light/replies';
import { parseSettingsReply } from '../models/light/settings';

/**
 * The content script's only way to storage: IndexedDB in a content script would belong to the host
 * page's origin, so every read and write goes through the background, and every answer is validated.
 * Failures (extension reloading, storage unavailable) resolve to null instead of throwing into the page.
 * The answers are checked by hand (lib/models/light), as the zod schemas in messages.ts would check
 * them: zod's set-up and first parse were the longest tasks the extension caused in the host page.
 */
async function ask(request: BackgroundRequest): Promise<unknown> {
  try {
    return await browser.runtime.sendMessage(request);
  } catch {
    return null;
  }
}

export async function fetchSettings(): Promise<Settings | null> {
  return parseSettingsReply(await ask({ type: 'get-settings' }))?.settings ?? null;
}

/** The interface texts as templates for t() (see i18n.ts); null when the background could not answer. */
export async function fetchMessageTemplates(): Promise<Record<string, string> | null> {
  return parseMessagesReply(await ask({ type: 'get-messages' }))?.messages ?? null;
}

export async function fetchRecords(keys: string[]): Promise<RecordState[] | null> {
  return parseObserveReply(await ask({ type: 'get-records', keys }))?.records ?? null;
}

export async function claim(comment: ObservedComment, agent: string | null): Promise<RecordState | null> {
  return parseObserveReply(await ask({ type: 'claim', comment, agent }))?.records[0] ?? null;
}

export async function fetchNotes(commentKeys: string[], authorKeys: string[]): Promise<Note[] | null> {
  return parseNotesReply(await ask({ type: 'get-notes', commentKeys, authorKeys }))?.notes ?? null;
}

export async function saveNote(note: NewNote): Promise<Note | null> {
  return parseNoteReply(await ask({ type: 'add-note', note }))?.note ?? null;
}

export async function eraseAuthorData(site: ObservedComment['site'], author: ObservedComment['author']): Promise<boolean> {
  return parseErasureReply(await ask({ type: 'erase-author', site, author })) !== null;
}

/** What a batch of sightings may ask for besides storing: a netiquette check of some of them, and their notes. */
export interface SightingExtras {
  check?: { lang: 'de' | 'en'; keys: string[] };
  notes?: boolean;
}

export async function sendSightings(comments: ObservedComment[], extras: SightingExtras = {}): Promise<ObserveReply | null> {
  return parseObserveReply(await ask({ type: 'observe', comments, ...extras }));
}

/** Ranked, filled templates per comment key; null when the background could not answer. */
export async function fetchSuggestions(items: SuggestItem[]): Promise<Map<string, Suggestion[]> | null> {
  if (items.length === 0) return new Map();
  const parsed = parseSuggestReply(await ask({ type: 'suggest', items }));
  return parsed ? new Map(parsed.suggestions.map((s) => [s.key, s.list])) : null;
}

/** Counts a template's use. The answer is checked like every other; a count that did not land costs nothing visible. */
export async function templateUsed(templateId: string): Promise<void> {
  parseTemplateUsedReply(await ask({ type: 'template-used', templateId }));
}
