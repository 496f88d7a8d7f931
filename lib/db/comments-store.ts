import Dexie from 'dexie';
import { TrackedCommentSchema, commentKey, type ObservedComment, type TrackedComment } from '../models/comment';
import { mergeObservation } from '../comments/merge-observation';
import type { ModeratoDatabase } from './database';
import { authorKeyOf } from '../comments/author-key';
import { loadForgotten } from './erase-author';

/** Reads validate every record; a record that no longer fits the schema is skipped, not deleted. */
export function validRecords(rows: unknown[]): TrackedComment[] {
  const out: TrackedComment[] = [];
  for (const row of rows) {
    const parsed = TrackedCommentSchema.safeParse(row);
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}

/**
 * Upserts a batch of sightings in one transaction and returns the stored records, in input order.
 * A sighting whose stored record cannot be read (a later version's, say) is left out and the record
 * left as it is: treated as new, it would lose the tick, the claim and whatever else it holds.
 */
export async function recordSightings(db: ModeratoDatabase, seen: ObservedComment[], now: number): Promise<TrackedComment[]> {
  // The same comment can appear twice in one batch (virtualised lists re-add nodes): merge in order.
  return db.transaction('rw', db.comments, db.settings, async () => {
    // Authors whose data was erased: what was on the page before the erasure is not recorded again.
    const records = await loadForgotten(db);
    if (records.length) {
      const forgotten = new Map(records.map((f) => [f.authorKey, f]));
      const erasedKeys = new Set(records.flatMap((f) => f.commentKeys ?? []));
      seen = seen.filter((s) => {
        // An erased comment stays erased whatever its time reads: a relative time ("1 h") is
        // re-estimated on every sighting and can land after the erasure.
        if (erasedKeys.has(commentKey(s.site, s.id))) return false;
        const f = forgotten.get(authorKeyOf(s.site, s.author));
        if (f === undefined) return true;
        // Every stored comment of hers is among the erased keys, so one without a readable time is
        // new. An erasure from before the keys were kept cannot tell, and errs on the side of erasing.
        if (s.postedAt === null) return f.commentKeys !== undefined;
        // Older comments of hers never stored (off-screen at the time) were still hers before the erasure.
        return s.postedAt > f.at;
      });
    }
    const keys = [...new Set(seen.map((s) => commentKey(s.site, s.id)))];
    const stored = await db.comments.bulkGet(keys);
    const byKey = new Map<string, TrackedComment>();
    const unreadable = new Set<string>();
    keys.forEach((k, i) => {
      if (stored[i] === undefined) return;
      const parsed = TrackedCommentSchema.safeParse(stored[i]);
      if (parsed.success) byKey.set(k, parsed.data);
      else unreadable.add(k);
    });
    const readable = unreadable.size ? seen.filter((s) => !unreadable.has(commentKey(s.site, s.id))) : seen;
    for (const s of readable) {
      const key = commentKey(s.site, s.id);
      byKey.set(key, mergeObservation(byKey.get(key), s, now));
    }
    await db.comments.bulkPut([...byKey.values()]);
    return readable.map((s) => byKey.get(commentKey(s.site, s.id))!);
  });
}

/**
 * Comments first seen at or after `since`, for the statistics. Rows that do not fit the schema (a newer
 * version's site, a damaged time) are left out, so one of them cannot take down the figures computed from
 * the rest, and counted: the page says how many could not be read instead of letting them vanish.
 */
export async function commentsFirstSeenSinceCounted(db: ModeratoDatabase, since: number): Promise<{ comments: TrackedComment[]; unreadable: number }> {
  const rows = await db.comments.where('firstSeenAt').aboveOrEqual(since).toArray();
  const comments = validRecords(rows);
  return { comments, unreadable: rows.length - comments.length };
}

export async function openComments(db: ModeratoDatabase): Promise<TrackedComment[]> {
  return validRecords(await db.comments.where('open').equals(1).toArray());
}

/**
 * The first `limit` comments of the checklist, longest waiting first, read through the
 * `[open+waitSince]` index instead of every open record: the popup shows them while the rest loads.
 * Comments that were already backlog when first seen are skipped on the way, as the checklist does.
 */
export async function longestWaiting(db: ModeratoDatabase, backlogDays: number, limit: number): Promise<TrackedComment[]> {
  const backlogMs = backlogDays * 24 * 60 * 60_000;
  const rows = await db.comments
    .where('[open+waitSince]')
    .between([1, Dexie.minKey], [1, Dexie.maxKey])
    .filter((row) => row.firstSeenAt - (row.postedAt ?? row.firstSeenAt) <= backlogMs)
    .limit(limit)
    .toArray();
  return validRecords(rows);
}

export async function markHandled(db: ModeratoDatabase, key: string, now: number): Promise<void> {
  await db.comments.update(key, { handledAt: now, open: 0 });
}

export async function unmarkHandled(db: ModeratoDatabase, key: string): Promise<void> {
  await db.transaction('rw', db.comments, async () => {
    const parsed = TrackedCommentSchema.safeParse(await db.comments.get(key));
    if (!parsed.success) return;
    const c = parsed.data;
    await db.comments.put({ ...c, handledAt: null, open: !c.byOwner && c.answeredAt === null ? 1 : 0 });
  });
}

/** The stored records for these keys (missing or invalid ones left out). */
export async function getRecords(db: ModeratoDatabase, keys: string[]): Promise<TrackedComment[]> {
  return validRecords(await db.comments.bulkGet(keys));
}

/** "I'm on it": marks who handles a comment, so two people do not answer it twice; null releases it. */
export async function claimComment(db: ModeratoDatabase, key: string, agent: string | null, now: number): Promise<TrackedComment | null> {
  return db.transaction('rw', db.comments, async () => {
    const parsed = TrackedCommentSchema.safeParse(await db.comments.get(key));
    if (!parsed.success) return null;
    const next = { ...parsed.data, claimedBy: agent, claimedAt: agent === null ? null : now };
    await db.comments.put(next);
    return next;
  });
}
