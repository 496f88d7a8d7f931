import { z } from './zod';
import { RecordStateSchema } from './comment';
import { SettingsSchema } from './settings';
import { NoteSchema } from '../notes/note-model';
import { CheckReplySchema } from './netiquette-messages';

/** One comment to suggest replies for, with what filling a template needs. */
export const SuggestItemSchema = z.object({
  key: z.string().check(z.maxLength(210)),
  text: z.string().check(z.maxLength(20_000)),
  authorName: z.string().check(z.maxLength(300)),
  pageName: z.string().check(z.maxLength(200)),
});
export type SuggestItem = z.infer<typeof SuggestItemSchema>;

/** A suggested template, already filled for the comment (placeholders like [[Bestellnummer]] stay). */
export const SuggestionSchema = z.object({
  topicId: z.string().check(z.maxLength(200)),
  templateId: z.string().check(z.maxLength(200)),
  title: z.string().check(z.maxLength(300)),
  lang: z.enum(['de', 'en']),
  score: z.number(),
  filled: z.string().check(z.maxLength(10_000)),
});
export type Suggestion = z.infer<typeof SuggestionSchema>;

export const SuggestReplySchema = z.object({
  suggestions: z.array(z.object({ key: z.string().check(z.maxLength(210)), list: z.array(SuggestionSchema).check(z.maxLength(10)) })),
});

// What content scripts may ask is in requests.ts: only the background parses requests, and building
// those schemas in every page cost the content script's start.
export type { BackgroundRequest } from './requests';

export const SettingsReplySchema = z.object({ settings: SettingsSchema });
export const MessagesReplySchema = z.object({ messages: z.record(z.string().check(z.maxLength(100)), z.string().check(z.maxLength(5000))) });
/**
 * Sightings, claims and re-reads are answered with each record's state (see RecordStateSchema);
 * sightings also with the netiquette verdicts and the notes they asked for.
 */
export const ObserveReplySchema = z.object({
  records: z.array(RecordStateSchema),
  check: z.optional(CheckReplySchema),
  notes: z.optional(z.array(NoteSchema)),
});
export type ObserveReply = z.infer<typeof ObserveReplySchema>;
export const ErasureReplySchema = z.object({ erased: z.object({ comments: z.number(), notes: z.number(), strikes: z.number(), dismissals: z.number() }) });
export const TemplateUsedReplySchema = z.object({ counted: z.boolean() });
export const NotesReplySchema = z.object({ notes: z.array(NoteSchema) });
export const NoteReplySchema = z.object({ note: NoteSchema });

/** Popup or options page → content scripts. */
export const TabRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('get-health') }),
  // Settings live in IndexedDB, which has no change events across contexts: the options page says so.
  z.object({ type: z.literal('settings-changed') }),
  z.object({ type: z.literal('records-changed') }),
]);
export type TabRequest = z.infer<typeof TabRequestSchema>;

export const HealthSchema = z.object({
  site: z.enum(['facebook', 'x']),
  /** The tab shows one of the company's own pages. */
  ownPage: z.nullable(z.string()),
  recognised: z.int().check(z.minimum(0)),
  unreadable: z.int().check(z.minimum(0)),
  /** Comment-like nodes exist, but no selector matched them: the site's layout changed. */
  layoutMissing: z.boolean(),
});
export type Health = z.infer<typeof HealthSchema>;
