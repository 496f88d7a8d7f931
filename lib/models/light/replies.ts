import type { Suggestion, TabRequest } from '../messages';
import { arrayOf, isObject, isPlainObject, num, oneOf, str } from './primitives';

/** The content script's checks of the smaller replies in lib/models/messages.ts, and of the popup's tab requests. */

/** MessagesReplySchema: message names (at most 100 code points) to texts (at most 5000). */
export function parseMessagesReply(v: unknown): { messages: Record<string, string> } | null {
  if (!isObject(v)) return null;
  const input = v.messages;
  if (!isPlainObject(input)) return null;
  const messages: Record<string, string> = {};
  for (const key of Reflect.ownKeys(input)) {
    // As z.record: an own "__proto__" (JSON.parse makes one) is skipped, not copied, and so are hidden keys.
    if (key === '__proto__' || !Object.prototype.propertyIsEnumerable.call(input, key)) continue;
    const text = input[key];
    if (!str(key, 100) || !str(text, 5000)) return null;
    messages[key] = text;
  }
  return { messages };
}

/** ErasureReplySchema: how many of each were erased. */
export function parseErasureReply(v: unknown): { erased: { comments: number; notes: number; strikes: number; dismissals: number } } | null {
  if (!isObject(v) || !isObject(v.erased)) return null;
  const { comments, notes, strikes, dismissals } = v.erased;
  return num(comments) && num(notes) && num(strikes) && num(dismissals) ? { erased: { comments, notes, strikes, dismissals } } : null;
}

/** TemplateUsedReplySchema. */
export function parseTemplateUsedReply(v: unknown): { counted: boolean } | null {
  return isObject(v) && typeof v.counted === 'boolean' ? { counted: v.counted } : null;
}

const LANGS: readonly Suggestion['lang'][] = ['de', 'en'];

function parseSuggestion(v: unknown): Suggestion | null {
  if (!isObject(v)) return null;
  const { topicId, templateId, title, lang, score, filled } = v;
  return str(topicId, 200) && str(templateId, 200) && str(title, 300) && oneOf(LANGS, lang) && num(score) && str(filled, 10_000)
    ? { topicId, templateId, title, lang, score, filled }
    : null;
}

function parseSuggestionsFor(v: unknown): { key: string; list: Suggestion[] } | null {
  if (!isObject(v) || !str(v.key, 210)) return null;
  const list = arrayOf(v.list, parseSuggestion, 10);
  return list && { key: v.key, list };
}

/** SuggestReplySchema: up to ten filled templates per comment key. */
export function parseSuggestReply(v: unknown): { suggestions: { key: string; list: Suggestion[] }[] } | null {
  if (!isObject(v)) return null;
  const suggestions = arrayOf(v.suggestions, parseSuggestionsFor);
  return suggestions && { suggestions };
}

const TAB_REQUESTS: readonly TabRequest['type'][] = ['get-health', 'settings-changed', 'records-changed'];

/** TabRequestSchema: the popup's and options page's messages to the content script; anything else is not for it. */
export function parseTabRequest(v: unknown): TabRequest | null {
  if (!isObject(v)) return null;
  const type = v.type;
  return oneOf(TAB_REQUESTS, type) ? { type } : null;
}
