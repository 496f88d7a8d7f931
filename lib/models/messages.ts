import { z } from 'zod/mini';
import { ObservedCommentSchema, TrackedCommentSchema } from './comment';
import { SettingsSchema } from './settings';
import { NewNoteSchema, NoteSchema } from '../notes/note-model';

/** Content script → background. Everything crossing an extension boundary is validated on arrival. */
export const BackgroundRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('get-settings') }),
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
]);
export type BackgroundRequest = z.infer<typeof BackgroundRequestSchema>;

export const SettingsReplySchema = z.object({ settings: SettingsSchema });
export const ObserveReplySchema = z.object({ records: z.array(TrackedCommentSchema) });
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
