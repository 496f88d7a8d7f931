import { z } from '../models/zod';
import { authorKeyOf } from '../comments/author-key';
import { TrackedCommentSchema } from '../models/comment';
import type { ModeratoDatabase } from './database';
import { forgetAuthorInTeamSync } from '../sync/local-sections';

/** Authors whose data was erased, and when: their comments from before that moment are not recorded again. */
export const ForgottenSchema = z.array(z.object({ authorKey: z.string().check(z.maxLength(2100)), at: z.number() })).check(z.maxLength(100_000));
export type Forgotten = z.infer<typeof ForgottenSchema>;

export async function loadForgotten(db: ModeratoDatabase): Promise<Forgotten> {
  const parsed = ForgottenSchema.safeParse((await db.settings.get('forgotten'))?.value ?? []);
  return parsed.success ? parsed.data : [];
}

export interface ErasureCounts {
  comments: number;
  notes: number;
  strikes: number;
  dismissals: number;
}

/**
 * A data-protection request in one action: every stored comment of this author, every note on those
 * comments or about the author, their strikes and the dismissals on their comments go, in one
 * transaction. The author's key is remembered (nothing else about them) so that the comments still
 * visible on the page are not recorded again; what they write after this moment is new.
 */
export async function eraseAuthor(db: ModeratoDatabase, site: string, author: { name: string; url: string | null }, now: number): Promise<ErasureCounts> {
  const key = authorKeyOf(site, author);
  return db.transaction('rw', [db.comments, db.notes, db.strikes, db.dismissals, db.settings], async () => {
    const theirs = (await db.comments.where('site').equals(site).toArray()).filter((row) => {
      const parsed = TrackedCommentSchema.safeParse(row);
      return parsed.success && authorKeyOf(site, parsed.data.author) === key;
    });
    const commentKeys = theirs.map((c) => c.key);
    await db.comments.bulkDelete(commentKeys);
    const notes = await db.notes.where('authorKey').equals(key).primaryKeys();
    const notesOnComments = commentKeys.length ? await db.notes.where('commentKey').anyOf(commentKeys).primaryKeys() : [];
    const noteIds = [...new Set([...notes, ...notesOnComments])];
    await db.notes.bulkDelete(noteIds);
    const strikes = await db.strikes.where('authorKey').equals(key).primaryKeys();
    await db.strikes.bulkDelete(strikes);
    const dismissals = commentKeys.length ? await db.dismissals.where('commentKey').anyOf(commentKeys).primaryKeys() : [];
    await db.dismissals.bulkDelete(dismissals);
    // Copies kept for team merging must go as well, or the next import would bring them back.
    await forgetAuthorInTeamSync(db, key);
    const forgotten = (await loadForgotten(db)).filter((f) => f.authorKey !== key);
    forgotten.push({ authorKey: key, at: now });
    await db.settings.put({ id: 'forgotten', value: forgotten });
    return { comments: commentKeys.length, notes: noteIds.length, strikes: strikes.length, dismissals: dismissals.length };
  });
}
