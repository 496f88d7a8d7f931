import { z } from '../models/zod-classic';
import type { ModeratoDatabase } from '../db/database';
import type { BundleRecord, BundleSection, TeamBundle } from './bundle-schema';
import { withoutHistory } from './record-versions';
import { readSyncState, TEAM_SYNC_ROW } from './sync-state';

/**
 * What a data-protection erasure (eraseAuthor) means for team records: a note or strike is about an
 * erased author when it names them (`authorKey`), sits on one of their erased comments (`commentKey`;
 * a note on a comment need not name its author, and a strike may carry another spelling of the
 * author's key) or says it was written on a comment of theirs (`commentAuthorKey`, which a note keeps
 * when the comment was pruned or only a colleague's browser stored it). Like the erasure itself, it covers what was made up to the erasure:
 * what a colleague writes about them afterwards is new.
 */

/** Sections whose records are about a commenter. */
const ABOUT_AUTHORS: readonly BundleSection[] = ['notes', 'strikes'];

export interface Erasures {
  /** Erasure time per erased author key. */
  authors: ReadonlyMap<string, number>;
  /** Erasure time per comment key of an erased author. */
  comments: ReadonlyMap<string, number>;
}

const field = (r: object, name: string): unknown => (r as Record<string, unknown>)[name];

/** The latest erasure this version falls under, or undefined. */
function erasedAt(v: object, erased: Erasures): number | undefined {
  const times = [
    erased.authors.get(field(v, 'authorKey') as string),
    // A note on a comment of theirs that this browser never stored (or pruned) names it by its author.
    erased.authors.get(field(v, 'commentAuthorKey') as string),
    erased.comments.get(field(v, 'commentKey') as string),
  ].filter((t): t is number => t !== undefined);
  return times.length ? Math.max(...times) : undefined;
}

/**
 * When a version was made. A note or strike keeps its own time in `at` and the bundle dates it by
 * `updatedAt`; the earlier one counts, so a version from before the erasure cannot pass by claiming
 * a later edit.
 */
function madeAt(v: object): number {
  const at = field(v, 'at');
  const updatedAt = field(v, 'updatedAt') as number;
  return typeof at === 'number' ? Math.min(at, updatedAt) : updatedAt;
}

const isErased = (v: object, erased: Erasures): boolean => {
  const at = erasedAt(v, erased);
  return at !== undefined && madeAt(v) <= at;
};

/**
 * A colleague's bundle must not bring back what an erasure removed here: notes and strikes about an
 * erased author are left out, and so are such versions in any record's history (a tombstone names
 * nobody but may carry the deleted note in its history). `left` counts both, for the preview.
 */
export function withoutErasedAuthors(bundle: TeamBundle, erased: Erasures): { bundle: TeamBundle; left: number } {
  if (erased.authors.size === 0) return { bundle, left: 0 };
  let left = 0;
  const sections = { ...bundle.sections };
  for (const name of ABOUT_AUTHORS) {
    const kept: BundleRecord[] = [];
    for (const r of bundle.sections[name]) {
      if (isErased(r, erased)) {
        left++;
        continue;
      }
      const history = r.history?.filter((v) => !isErased(v, erased));
      if (!history || history.length === r.history!.length) kept.push(r);
      else {
        left += r.history!.length - history.length;
        kept.push(history.length ? { ...r, history } : (withoutHistory(r) as BundleRecord));
      }
    }
    sections[name] = kept;
  }
  return { bundle: { ...bundle, sections }, left };
}

// Read here rather than through erase-author.ts, which imports this file. Entry by entry, so one
// unreadable entry cannot lift every erasure; rows from before `commentKeys` was kept read as none.
const ForgottenEntry = z.looseObject({ authorKey: z.string(), at: z.number(), commentKeys: z.array(z.string()).optional() });

/** Authors erased in this browser (see eraseAuthor), with when, and their erased comments. */
export async function erasedAuthorKeys(db: ModeratoDatabase): Promise<Erasures> {
  const value = (await db.settings.get('forgotten'))?.value;
  const authors = new Map<string, number>();
  const comments = new Map<string, number>();
  const later = (map: Map<string, number>, key: string, at: number) => map.set(key, Math.max(at, map.get(key) ?? at));
  for (const entry of Array.isArray(value) ? value : []) {
    const f = ForgottenEntry.safeParse(entry);
    if (!f.success) continue;
    later(authors, f.data.authorKey, f.data.at);
    for (const key of f.data.commentKeys ?? []) later(comments, key, f.data.at);
  }
  return { authors, comments };
}

/**
 * Removes an erased author's notes and strikes, and those on their comments, from the team history
 * and tombstones, so no copy outlives the erasure. Meant to run inside eraseAuthor's transaction (it
 * needs db.settings).
 */
export async function forgetAuthorInTeamSync(db: ModeratoDatabase, authorKey: string, commentKeys: readonly string[] = []): Promise<number> {
  const row = await db.settings.get(TEAM_SYNC_ROW);
  if (!row) return 0;
  const state = readSyncState(row.value);
  const comments = new Set(commentKeys);
  const theirs = (v: object) =>
    field(v, 'authorKey') === authorKey || field(v, 'commentAuthorKey') === authorKey || comments.has(field(v, 'commentKey') as string);
  let removed = 0;
  for (const name of ABOUT_AUTHORS) {
    const history = state.history[name] ?? {};
    for (const [id, versions] of Object.entries(history)) {
      const kept = versions.filter((v) => !theirs(v));
      removed += versions.length - kept.length;
      if (kept.length) history[id] = kept;
      else delete history[id];
    }
    const tombstones = state.tombstones[name] ?? {};
    for (const [id, tomb] of Object.entries(tombstones)) {
      if (theirs(tomb)) {
        delete tombstones[id];
        removed++;
      }
    }
  }
  if (removed) await db.settings.put({ id: TEAM_SYNC_ROW, value: state });
  return removed;
}
