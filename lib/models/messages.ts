import { z } from './zod';
import { AuthorSchema, ObservedCommentSchema, SiteSchema, RecordStateSchema } from './comment';
import { SettingsSchema } from './settings';
import { NewNoteSchema, NoteSchema } from '../notes/note-model';
import { CheckRequestSchema, DismissFlagRequestSchema, RecordStrikeRequestSchema } from './netiquette-messages';

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

/** Content script → background. Everything crossing an extension boundary is validated on arrival. */
export const BackgroundRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('get-settings') }),
  // The interface texts as templates (see i18n.ts): a content script asking the browser itself blocks the page.
  z.object({ type: z.literal('get-messages') }),
  z.object({ type: z.literal('observe'), comments: z.array(ObservedCommentSchema).check(z.maxLength(2000)) }),
  // The badges on a page ask again for their records, which the popup may have changed (a tick).
  z.object({ type: z.literal('get-records'), keys: z.array(z.string().check(z.maxLength(210))).check(z.maxLength(5000)) }),
  // Carries the sighting too: a moderator may claim a comment before its first sighting reached storage.
  z.object({ type: z.literal('claim'), comment: ObservedCommentSchema, agent: z.nullable(z.string().check(z.maxLength(100))) }),
  z.object({
    type: z.literal('get-notes'),
    commentKeys: z.array(z.string().check(z.maxLength(210))).check(z.maxLength(5000)),
    authorKeys: z.array(z.string().check(z.maxLength(2100))).check(z.maxLength(5000)),
  }),
  z.object({ type: z.literal('add-note'), note: NewNoteSchema }),
  // A data-protection request: everything stored about one author, in one action.
  z.object({ type: z.literal('erase-author'), site: SiteSchema, author: AuthorSchema }),
  // Response guide: suggestions are ranked in the background, where the guide's index lives.
  z.object({ type: z.literal('suggest'), items: z.array(SuggestItemSchema).check(z.maxLength(200)) }),
  z.object({ type: z.literal('template-used'), templateId: z.string().check(z.minLength(1), z.maxLength(200)) }),
  // Netiquette: detection runs in the background (see netiquette-messages.ts), only flags come back.
  CheckRequestSchema,
  DismissFlagRequestSchema,
  RecordStrikeRequestSchema,
]);
export type BackgroundRequest = z.infer<typeof BackgroundRequestSchema>;

export const SettingsReplySchema = z.object({ settings: SettingsSchema });
export const MessagesReplySchema = z.object({ messages: z.record(z.string().check(z.maxLength(100)), z.string().check(z.maxLength(5000))) });
/** Sightings, claims and re-reads are answered with each record's state (see RecordStateSchema). */
export const ObserveReplySchema = z.object({ records: z.array(RecordStateSchema) });
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
