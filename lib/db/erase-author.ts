import { z } from '../models/zod';
import { authorKeyOf } from '../comments/author-key';
import { TrackedCommentSchema } from '../models/comment';
import type { Table } from 'dexie';
import type { FeatureRow, ModeratoDatabase } from './database';
import { forgetAuthorInTeamSync } from '../sync/erased-authors';

/**
 * Authors whose data was erased, and when: their comments from before that moment are not recorded
 * again. `commentKeys` are their erased comments, so a colleague's note or strike on one of them is
 * not imported back (rows from before it was kept have none).
 */
export const ForgottenSchema = z.array(z.object({
  authorKey: z.string().check(z.maxLength(2100)),
  at: z.number(),
  commentKeys: z.optional(z.array(z.string())),
})).check(z.maxLength(100_000));
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
 * comments or about the author, their strikes and those on their comments, and the dismissals on their
 * comments go, in one transaction. A comment pruned since, or one only a colleague's browser stored,
 * is no longer here to say whose it was: notes and dismissals on it are found by the `commentAuthorKey`
 * they carry (a table scan, as an erasure is rare), and their comments count as the author's too. The
 * author's key and comment keys are remembered (nothing else about them) so that the comments still
 * visible on the page are not recorded again and a colleague's copy is not imported back; what they
 * write after this moment is new.
 */
export async function eraseAuthor(db: ModeratoDatabase, site: string, author: { name: string; url: string | null }, now: number): Promise<ErasureCounts> {
  const key = authorKeyOf(site, author);
  return db.transaction('rw', [db.comments, db.notes, db.strikes, db.dismissals, db.settings], async () => {
    const theirs = (await db.comments.where('site').equals(site).toArray()).filter((row) => {
      const parsed = TrackedCommentSchema.safeParse(row);
      return parsed.success && authorKeyOf(site, parsed.data.author) === key;
    });
    const forgotten = await loadForgotten(db);
    const before = forgotten.find((f) => f.authorKey === key);
    await db.comments.bulkDelete(theirs.map((c) => c.key));
    // Notes and dismissals that say they were written on one of the author's comments, stored or not.
    const onTheirComment = (row: FeatureRow) => row.commentAuthorKey === key;
    const [stampedNotes, stampedDismissals] = await Promise.all([
      db.notes.filter(onTheirComment).toArray(),
      db.dismissals.filter(onTheirComment).toArray(),
    ]);
    const stampedKeys = [...stampedNotes, ...stampedDismissals].map((r) => r.commentKey).filter((k): k is string => typeof k === 'string');
    // Comments erased before are gone from storage, but a colleague's note on one may have come since.
    const commentKeys = [...new Set([...(before?.commentKeys ?? []), ...theirs.map((c) => c.key), ...stampedKeys])];
    const byComment = async <K>(table: Table<FeatureRow, K>): Promise<K[]> =>
      commentKeys.length ? table.where('commentKey').anyOf(commentKeys).primaryKeys() : [];
    const noteIds = [...new Set([
      ...await db.notes.where('authorKey').equals(key).primaryKeys(),
      ...await byComment(db.notes),
      ...stampedNotes.map((n) => n.id as string),
    ])];
    await db.notes.bulkDelete(noteIds);
    const strikeIds = [...new Set([...await db.strikes.where('authorKey').equals(key).primaryKeys(), ...await byComment(db.strikes)])];
    await db.strikes.bulkDelete(strikeIds);
    const dismissals = [...new Set([...await byComment(db.dismissals), ...stampedDismissals.map((d) => d.id as number)])];
    await db.dismissals.bulkDelete(dismissals);
    // Copies kept for team merging must go as well, or the next import would bring them back.
    await forgetAuthorInTeamSync(db, key, commentKeys);
    const others = forgotten.filter((f) => f.authorKey !== key);
    await db.settings.put({ id: 'forgotten', value: [...others, { authorKey: key, at: now, commentKeys }] });
    return { comments: theirs.length, notes: noteIds.length, strikes: strikeIds.length, dismissals: dismissals.length };
  });
}
