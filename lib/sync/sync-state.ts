import { z } from '../models/zod-classic';
import type { ModeratoDatabase } from '../db/database';
import type { BundleSection } from './bundle-schema';

/**
 * The settings row 'teamSync': what the feature rows cannot hold for team merging (see
 * local-sections.ts for how it is read into bundle sections).
 * - history: replaced versions per section and id.
 * - tombstones: deletions per section and id, made here or learned from a bundle. They spread when
 *   this browser exports and keep an older copy imported later from bringing the record back. The
 *   feature tables never hold a deleted row, so every read a view makes stays as it was.
 * - stamps: edit times for records whose store keeps none (netiquette rules, shared settings).
 *
 * Kept apart from local-sections.ts so the feature stores can record a deletion without loading
 * the whole import code.
 */
export const TEAM_SYNC_ROW = 'teamSync';

const VersionList = z.array(z.looseObject({ id: z.string(), updatedAt: z.number() }));
const TombstoneSchema = z.looseObject({ id: z.string(), updatedAt: z.number(), deletedAt: z.number() });
export type Tombstone = z.infer<typeof TombstoneSchema>;

const SyncStateSchema = z.object({
  history: z.record(z.string(), z.record(z.string(), VersionList)).catch(() => ({})),
  tombstones: z.record(z.string(), z.record(z.string(), TombstoneSchema)).catch(() => ({})),
  stamps: z.record(z.string(), z.object({ key: z.string(), updatedAt: z.number() })).catch(() => ({})),
});
export type SyncState = z.infer<typeof SyncStateSchema>;

export function readSyncState(value: unknown): SyncState {
  const parsed = SyncStateSchema.safeParse(value ?? {});
  return parsed.success ? parsed.data : { history: {}, tombstones: {}, stamps: {} };
}

/** Sections whose records can be deleted (netiquette rules and shared settings are a fixed set). */
export type DeletableSection = Extract<BundleSection, 'guideTopics' | 'notes' | 'strikes'>;

export interface LocalDeletion {
  /** The record's id in the bundle (for a strike: strikeId, not the row number). */
  id: string;
  /** Edit time of the version being deleted, as the bundle shows it. */
  editedAt: number;
}

/**
 * The tombstone for a deletion made here: id and time, plus who deleted it where the record's model
 * names an agent (notes). Nothing of the record's content, so it holds nothing about a commenter.
 * A deletion is newer than the version it deletes even when that version's stamp lies ahead of this
 * clock (or in the same millisecond); otherwise an older copy on import, or a tie, would bring it back.
 */
export function localTombstone(d: LocalDeletion, now: number, agent?: string): Tombstone {
  const deletedAt = Math.max(now, d.editedAt + 1);
  return { id: d.id, updatedAt: deletedAt, deletedAt, ...(agent ? { agent } : {}) };
}

/**
 * Records deletions made in this browser as tombstones in the 'teamSync' row. Must run inside the
 * transaction that deletes the rows, over db.settings as well, so a row never vanishes without its
 * tombstone. Replaced versions already in the history stay with the tombstone.
 */
export async function recordLocalDeletions(
  db: ModeratoDatabase,
  section: DeletableSection,
  deletions: readonly LocalDeletion[],
  now: number,
  agent?: string,
): Promise<void> {
  if (deletions.length === 0) return;
  const state = readSyncState((await db.settings.get(TEAM_SYNC_ROW))?.value);
  const tombstones = (state.tombstones[section] ??= {});
  for (const d of deletions) tombstones[d.id] = localTombstone(d, now, agent);
  await db.settings.put({ id: TEAM_SYNC_ROW, value: state });
}

/**
 * Drops the tombstones of ids a local write brings back (a topic restored from a guide file, say),
 * and returns, per such id, the time the deletion is dated: the written version must be newer, or the
 * same deletion coming back in a colleague's bundle would delete it again. Must run inside the
 * transaction that writes the rows, over db.settings as well.
 */
export async function dropLocalTombstones(
  db: ModeratoDatabase,
  section: DeletableSection,
  ids: readonly string[],
): Promise<Map<string, number>> {
  const row = await db.settings.get(TEAM_SYNC_ROW);
  const dropped = new Map<string, number>();
  if (!row || ids.length === 0) return dropped;
  const state = readSyncState(row.value);
  const tombstones = state.tombstones[section] ?? {};
  for (const id of ids) {
    const tomb = tombstones[id];
    if (!tomb) continue;
    dropped.set(id, Math.max(tomb.updatedAt, tomb.deletedAt));
    delete tombstones[id];
  }
  if (dropped.size) await db.settings.put({ id: TEAM_SYNC_ROW, value: state });
  return dropped;
}
