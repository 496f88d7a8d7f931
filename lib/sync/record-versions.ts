import { canonicalJson } from './canonical-json';

/** Anything the team bundle merges: a stable id and the time of its last edit (epoch ms). */
export interface VersionedRecord {
  id: string;
  updatedAt: number;
}

/**
 * A record of some section as this layer sees it: the merge fields plus whatever the owning feature
 * stores, carried through untouched.
 */
export interface SectionRecord extends VersionedRecord {
  deletedAt?: number | null;
  [field: string]: unknown;
}

/** A record as it was before a newer edit won; kept so nothing is silently dropped. */
export type HistoryVersion<T> = { [K in keyof T as K extends 'history' ? never : K]: T[K] };
export type WithHistory<T> = T & { history?: HistoryVersion<T>[] };

function deletedAtOf(r: object): number | null {
  const d = (r as { deletedAt?: unknown }).deletedAt;
  return typeof d === 'number' && Number.isFinite(d) ? d : null;
}

/** A deletion is a record with `deletedAt` set: a tombstone that travels like any other edit. */
export const isTombstone = (r: object): boolean => deletedAtOf(r) !== null;

/**
 * When this version was made. A deletion is an edit, so `deletedAt` counts even if the deleting code
 * forgot to bump `updatedAt`; otherwise an older live copy could resurrect the record.
 */
export function editedAt(r: VersionedRecord): number {
  const d = deletedAtOf(r);
  return d !== null && d > r.updatedAt ? d : r.updatedAt;
}

export function withoutHistory<T extends object>(r: T): HistoryVersion<T> {
  const { history: _ignored, ...rest } = r as T & { history?: unknown };
  return rest as unknown as HistoryVersion<T>;
}

/** Identity of a version's content: history and an explicit `deletedAt: null` do not make it different. */
export function versionKey(r: object): string {
  const rest = withoutHistory(r) as Record<string, unknown>;
  if (rest.deletedAt === null) {
    const { deletedAt: _null, ...live } = rest;
    return canonicalJson(live);
  }
  return canonicalJson(rest);
}
