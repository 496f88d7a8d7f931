import { TrackedCommentSchema } from '../models/comment';
import { DAY } from '../time/units';
import { authorKeyOf } from '../comments/author-key';
import type { FeatureRow, ModeratoDatabase } from './database';

/**
 * How long a finished comment (answered, ticked, or the company's own) is kept after it was last seen
 * on the page. The statistics look back 90 days from first sight; a record not seen for twice that is
 * no longer anyone's work, and a customer's name and words are not kept for longer than they serve.
 */
export const FINISHED_KEEP_DAYS = 180;

/**
 * Deletes finished comments not seen for `keepDays`; returns how many. Open comments stay whatever
 * their age: they are on the checklist until someone answers or ticks them. A row this version cannot
 * read (a later version's, say) is left alone, as everywhere else. Team notes, strikes and dismissals
 * about a comment are the team's knowledge and are not touched, except that notes and dismissals
 * without `commentAuthorKey` get it from the comment, in the same transaction: once the comment is
 * gone, that is all that still ties them to its author, whose erasure must find them.
 */
export async function pruneFinishedComments(db: ModeratoDatabase, now: number, keepDays = FINISHED_KEEP_DAYS): Promise<number> {
  const cutoff = now - keepDays * DAY;
  return db.transaction('rw', [db.comments, db.notes, db.dismissals], async () => {
    // Seen last before the cutoff means first seen before it too: the index narrows the read to old
    // rows, and a cursor keeps only their keys (a first run after years may meet a hundred thousand).
    const authors = new Map<string, string>();
    await db.comments.where('firstSeenAt').below(cutoff).each((row) => {
      const parsed = TrackedCommentSchema.safeParse(row);
      if (parsed.success && parsed.data.open === 0 && parsed.data.lastSeenAt < cutoff) {
        authors.set(parsed.data.key, authorKeyOf(parsed.data.site, parsed.data.author));
      }
    });
    const keys = [...authors.keys()];
    if (keys.length === 0) return 0;
    const stamp = (row: FeatureRow): void => {
      const author = authors.get(row.commentKey as string);
      if (author !== undefined && row.commentAuthorKey === undefined) row.commentAuthorKey = author;
    };
    await db.notes.where('commentKey').anyOf(keys).modify(stamp);
    await db.dismissals.where('commentKey').anyOf(keys).modify(stamp);
    await db.comments.bulkDelete(keys);
    return keys.length;
  });
}
