import { MAX_HISTORY_PER_RECORD } from './bundle-schema';
import { canonicalJson } from './canonical-json';
import {
  editedAt, isTombstone, versionKey, withoutHistory,
  type HistoryVersion, type VersionedRecord, type WithHistory,
} from './record-versions';

/**
 * How each incoming record was resolved; every distinct incoming id gets exactly one.
 * - added:     the id was not known locally.
 * - updated:   the incoming version is newer and replaces the local one (which goes to history).
 * - keptLocal: the local version is newer; the incoming one goes to history.
 * - unchanged: both sides hold the same version.
 * - conflict:  same edit time, different content. There is no telling which is newer, so a fixed rule
 *              picks the winner (see pickWinner) and the other version goes to history.
 */
export type MergeOutcome = 'added' | 'updated' | 'keptLocal' | 'unchanged' | 'conflict';

/** What the user sees change locally, whatever the outcome. */
export type MergeEffect = 'none' | 'create' | 'modify' | 'delete' | 'restore';

export interface RecordChange {
  id: string;
  outcome: MergeOutcome;
  winner: 'local' | 'incoming';
  effect: MergeEffect;
  /** False when the stored record stays exactly as it was (not even its history grows). */
  stored: boolean;
}

export interface MergeSummary {
  added: number;
  updated: number;
  keptLocal: number;
  unchanged: number;
  conflicts: number;
}

export interface MergeResult<T> {
  /** Local records in their order, then the added ones in incoming order. */
  merged: WithHistory<T>[];
  summary: MergeSummary;
  changes: RecordChange[];
}

export const emptySummary = (): MergeSummary => ({ added: 0, updated: 0, keptLocal: 0, unchanged: 0, conflicts: 0 });

interface Pick<T> {
  winner: WithHistory<T>;
  loser: WithHistory<T>;
  tie: boolean;
}

/** A version's fields as versionKey sees them: no history, no undefined, no `deletedAt: null`. */
function contentFields(r: object): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(withoutHistory(r))) {
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol' || (k === 'deletedAt' && v === null)) continue;
    out.set(k, canonicalJson(v));
  }
  return out;
}

/**
 * Whether `a` holds every field of `b` with the same content, and more: the same version with
 * something added that does not count as an edit (a note stamped with `commentAuthorKey` when its
 * comment was pruned keeps the time it was written).
 */
function extendsVersion(a: object, b: object): boolean {
  const fa = contentFields(a);
  const fb = contentFields(b);
  if (fa.size <= fb.size) return false;
  for (const [k, v] of fb) if (fa.get(k) !== v) return false;
  return true;
}

/**
 * Newer edit wins. On equal edit times the live version beats a tombstone (deleting on a tie would
 * hide data the other person just wrote); a version that only adds fields to the other wins as if it
 * were newer (it is the same record, completed, so no conflict); then the larger canonical content
 * wins. The rule only looks at the two versions, never at which side they came from, so two
 * teammates importing each other's bundles end up with the same current record.
 */
function pickWinner<T extends VersionedRecord>(a: WithHistory<T>, b: WithHistory<T>): Pick<T> {
  const ea = editedAt(a);
  const eb = editedAt(b);
  if (ea !== eb) return ea > eb ? { winner: a, loser: b, tie: false } : { winner: b, loser: a, tie: false };
  const ta = isTombstone(a);
  const tb = isTombstone(b);
  if (ta !== tb) return ta ? { winner: b, loser: a, tie: true } : { winner: a, loser: b, tie: true };
  if (!ta) {
    if (extendsVersion(a, b)) return { winner: a, loser: b, tie: false };
    if (extendsVersion(b, a)) return { winner: b, loser: a, tie: false };
  }
  return versionKey(a) >= versionKey(b) ? { winner: a, loser: b, tie: true } : { winner: b, loser: a, tie: true };
}

type Entry<T> = { key: string; v: HistoryVersion<T> };

/**
 * Newest first, by edit time and then by content, and no more than a bundle may carry: the order
 * depends only on the versions themselves, so two people merging each other's records keep the same ones.
 */
function newest<T>(entries: Entry<T>[]): Entry<T>[] {
  entries.sort(
    (x, y) =>
      editedAt(y.v as unknown as VersionedRecord) - editedAt(x.v as unknown as VersionedRecord) ||
      (x.key < y.key ? 1 : x.key > y.key ? -1 : 0),
  );
  return entries.slice(0, MAX_HISTORY_PER_RECORD);
}

/** `record` with no more history than a bundle may carry (histories stored before the limit can be longer). */
export function withHistoryCapped<T extends object>(record: WithHistory<T>): WithHistory<T> {
  const h = record.history;
  if (!h || h.length <= MAX_HISTORY_PER_RECORD) return record;
  return { ...record, history: newest(h.map((v) => ({ key: versionKey(v as object), v }))).map((e) => e.v) };
}

/**
 * `winner` with `extra` versions folded into its history: duplicates and copies of the winner itself
 * removed, newest first, at most MAX_HISTORY_PER_RECORD. Returns `winner` itself when its history
 * would not change.
 */
function withMoreHistory<T extends VersionedRecord>(
  winner: WithHistory<T>,
  extra: readonly HistoryVersion<T>[],
): WithHistory<T> {
  const own = winner.history ?? [];
  const winnerKey = versionKey(winner);
  const seen = new Set<string>([winnerKey]);
  const entries: Entry<T>[] = [];
  for (const v of [...own, ...extra]) {
    const key = versionKey(v as object);
    if (seen.has(key)) continue;
    seen.add(key);
    entries.push({ key, v });
  }
  const same = entries.length === own.length && own.every((v, i) => entries[i]?.v === v);
  if (same && own.length <= MAX_HISTORY_PER_RECORD) return winner;
  const kept = newest(entries);
  // Versions cut here before come back with every import of the same file; that changes nothing.
  if (kept.length === own.length && kept.every((e, i) => e.v === own[i])) return winner;
  const base = withoutHistory(winner) as unknown as WithHistory<T>;
  return kept.length ? { ...base, history: kept.map((e) => e.v) } : base;
}

function combine<T extends VersionedRecord>(winner: WithHistory<T>, loser: WithHistory<T>): WithHistory<T> {
  return withMoreHistory(winner, [withoutHistory(loser) as HistoryVersion<T>, ...(loser.history ?? [])]);
}

/** One record per id: duplicates within a list are merged by the same rule, nothing is dropped. */
function byId<T extends VersionedRecord>(list: readonly WithHistory<T>[]): Map<string, WithHistory<T>> {
  const map = new Map<string, WithHistory<T>>();
  for (const r of list) {
    const prev = map.get(r.id);
    if (!prev) map.set(r.id, r);
    else if (versionKey(prev) === versionKey(r)) map.set(r.id, withMoreHistory(prev, r.history ?? []));
    else {
      const p = pickWinner(prev, r);
      map.set(r.id, combine(p.winner, p.loser));
    }
  }
  return map;
}

function effectOf(before: object | undefined, after: object): MergeEffect {
  if (!before) return isTombstone(after) ? 'none' : 'create';
  const wasDeleted = isTombstone(before);
  const isDeleted = isTombstone(after);
  if (!wasDeleted && isDeleted) return 'delete';
  if (wasDeleted && !isDeleted) return 'restore';
  if (isDeleted) return 'none';
  return versionKey(before) === versionKey(after) ? 'none' : 'modify';
}

/**
 * Merges an incoming list into a local one, record by record. Pure: neither input is changed, and a
 * record that stays as it was is returned as the very same object.
 */
export function mergeRecords<T extends VersionedRecord>(
  local: readonly WithHistory<T>[],
  incoming: readonly WithHistory<T>[],
): MergeResult<T> {
  const localById = byId(local);
  const incomingById = byId(incoming);
  const result = new Map<string, WithHistory<T>>(localById);
  const summary = emptySummary();
  const changes: RecordChange[] = [];
  const added: WithHistory<T>[] = [];

  for (const [id, inc] of incomingById) {
    const loc = localById.get(id);
    let merged: WithHistory<T>;
    let outcome: MergeOutcome;
    let winner: 'local' | 'incoming';
    if (!loc) {
      merged = inc;
      outcome = 'added';
      winner = 'incoming';
      added.push(inc);
    } else if (versionKey(loc) === versionKey(inc)) {
      merged = withMoreHistory(loc, inc.history ?? []);
      outcome = 'unchanged';
      winner = 'local';
    } else {
      const p = pickWinner(loc, inc);
      merged = combine(p.winner, p.loser);
      winner = p.winner === loc ? 'local' : 'incoming';
      outcome = p.tie ? 'conflict' : winner === 'local' ? 'keptLocal' : 'updated';
    }
    result.set(id, merged);
    if (outcome === 'conflict') summary.conflicts++;
    else summary[outcome]++;
    changes.push({ id, outcome, winner, effect: effectOf(loc, merged), stored: merged !== loc });
  }

  // Local duplicates folded by byId are stored differently even when nothing came in for them.
  const merged: WithHistory<T>[] = [];
  const emitted = new Set<string>();
  for (const r of local) {
    if (emitted.has(r.id)) continue;
    emitted.add(r.id);
    merged.push(result.get(r.id)!);
  }
  for (const r of added) merged.push(r);
  return { merged, summary, changes };
}
