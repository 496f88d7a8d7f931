import { TrackedCommentSchema } from '../models/comment';
import { DAY } from '../time/units';
import type { ModeratoDatabase } from './database';

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
 * about a comment are the team's knowledge and are not touched.
 */
export async function pruneFinishedComments(db: ModeratoDatabase, now: number, keepDays = FINISHED_KEEP_DAYS): Promise<number> {
  const cutoff = now - keepDays * DAY;
  return db.transaction('rw', db.comments, async () => {
    // Seen last before the cutoff means first seen before it too: the index narrows the read to old
    // rows, and a cursor keeps only their keys (a first run after years may meet a hundred thousand).
    const keys: string[] = [];
    await db.comments.where('firstSeenAt').below(cutoff).each((row) => {
      const parsed = TrackedCommentSchema.safeParse(row);
      if (parsed.success && parsed.data.open === 0 && parsed.data.lastSeenAt < cutoff) keys.push(parsed.data.key);
    });
    await db.comments.bulkDelete(keys);
    return keys.length;
  });
}
