import { z } from '../models/zod';
import { SiteSchema } from '../models/comment';
import { MAX_DATE_MS } from '../time/format-date';

/**
 * A team note: about one comment ("promised a call back on Friday") or about its author, across
 * comments ("hatte im März ein Lieferproblem, Fall 4711"). Carries who wrote it and when.
 */
export const NoteSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  site: SiteSchema,
  /** The comment it was written on (kept for context also when it is about the author). */
  commentKey: z.string().check(z.minLength(3), z.maxLength(210)),
  /** Set when the note is about the author (see authorKeyOf), so it shows on their other comments too. */
  authorKey: z.nullable(z.string().check(z.maxLength(2100))),
  authorName: z.string().check(z.maxLength(300)),
  pageName: z.string().check(z.maxLength(200)),
  text: z.string().check(z.trim(), z.minLength(1), z.maxLength(4000)),
  agent: z.string().check(z.trim(), z.maxLength(100)),
  /** Within what a Date can hold: the badge shows it inside the host page, where Intl must not throw. */
  at: z.number().check(z.minimum(-MAX_DATE_MS), z.maximum(MAX_DATE_MS)),
  /**
   * The author key (authorKeyOf) of the comment it was written on, whether or not the note is about
   * them: it keeps the note erasable with the author's data after the comment itself was pruned, and on
   * a colleague's browser that never stored the comment. Missing on notes written before it existed.
   * Not indexed: only an erasure looks for it.
   */
  commentAuthorKey: z.optional(z.string().check(z.minLength(1), z.maxLength(2100))),
});
export type Note = z.infer<typeof NoteSchema>;

export const NewNoteSchema = z.omit(NoteSchema, { id: true, at: true });
export type NewNote = z.infer<typeof NewNoteSchema>;
