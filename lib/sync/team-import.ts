import {
  BUNDLE_FORMAT, BUNDLE_SECTIONS, BUNDLE_VERSION,
  type BundleRecord, type BundleSection, type TeamBundle,
} from './bundle-schema';
import type { BundleError } from './bundle-errors';
import { emptySummary, mergeRecords, withHistoryCapped, type MergeSummary, type RecordChange } from './merge-records';
import { parseTeamBundle, parseTeamBundleText, type BundleRefusal, type ParseBundleOptions } from './parse-bundle';
import { isTombstone, type SectionRecord, type WithHistory } from './record-versions';

/** What this browser holds now, per section; a missing section counts as empty. */
export type LocalSections = Partial<Record<BundleSection, readonly SectionRecord[]>> & {
  /**
   * Ids, per section, of stored rows this browser cannot read (a later version's, say). Nothing tells
   * whether an incoming record is newer than such a row, so the import leaves the row alone: the
   * record counts as kept local, is never written and takes no part in the guide check.
   * readLocalSections fills it, so passing its result on is enough.
   */
  unreadable?: Partial<Record<BundleSection, readonly string[]>>;
};
export type MergedSections = Record<BundleSection, WithHistory<SectionRecord>[]>;

/** Visible effects on this browser, for a "what will change" list. */
export interface EffectCounts {
  create: number;
  modify: number;
  delete: number;
  restore: number;
}

/**
 * One count per incoming record, for the "what will change" table: every record in exactly one
 * column, deletions and restorations apart from ordinary edits.
 * - deleted:  the bundle's deletion wins: a record here goes, or (for an id this browser never had)
 *             the deletion is kept so it spreads on.
 * - restored: a newer edit brings back a record deleted here.
 * - added / updated: new live records / newer edits of live records (or of a deletion's date).
 * - historyOnly: the same current version on both sides, but the bundle brings older versions this
 *             browser does not keep yet; they go into the record's history, nothing else changes.
 * - keptLocal, unchanged, conflicts: as in MergeSummary (a tie is a conflict whatever it does).
 */
export interface ChangeCounts {
  added: number;
  updated: number;
  deleted: number;
  restored: number;
  keptLocal: number;
  unchanged: number;
  historyOnly: number;
  conflicts: number;
}

export interface SectionPreview {
  summary: MergeSummary;
  effects: EffectCounts;
  counts: ChangeCounts;
  /** One entry per incoming record. */
  changes: RecordChange[];
}

export interface ImportPreview {
  exportedAt: number;
  exportedBy: string | null;
  sections: Record<BundleSection, SectionPreview>;
  totals: { summary: MergeSummary; effects: EffectCounts; counts: ChangeCounts };
  /** False when importing would leave every stored record exactly as it is. */
  hasChanges: boolean;
}

export interface ImportOptions extends ParseBundleOptions {
  /**
   * Checks on the merge result as a whole that no single record shows (the guide's unique template
   * ids), from the features that own the records. Any error refuses the bundle like a parse error.
   */
  checkMerged?: (local: LocalSections, merged: MergedSections, bundle: TeamBundle) => BundleError[];
  /**
   * The bundle's records as this browser's stores would keep them, compared in that form with the
   * stored ones (which were read back the same way). Runs after the checks, on a valid bundle, for
   * the merge only.
   */
  asStored?: (bundle: TeamBundle) => TeamBundle;
}

export type ImportResult =
  | { ok: true; bundle: TeamBundle; sections: MergedSections; preview: ImportPreview }
  | BundleRefusal;

const emptyEffects = (): EffectCounts => ({ create: 0, modify: 0, delete: 0, restore: 0 });
const emptyCounts = (): ChangeCounts => ({ added: 0, updated: 0, deleted: 0, restored: 0, keptLocal: 0, unchanged: 0, historyOnly: 0, conflicts: 0 });

function countOf(change: RecordChange, incomingTombstone: boolean): keyof ChangeCounts {
  if (change.outcome === 'conflict') return 'conflicts';
  // Apply stores the history, so the preview must not call it unchanged while offering to apply.
  if (change.outcome === 'unchanged') return change.stored ? 'historyOnly' : 'unchanged';
  if (change.outcome === 'keptLocal') return change.outcome;
  if (change.effect === 'delete') return 'deleted';
  if (change.effect === 'restore') return 'restored';
  return change.outcome === 'added' && incomingTombstone ? 'deleted' : change.outcome;
}

function plan(local: LocalSections, bundle: TeamBundle): { sections: MergedSections; preview: ImportPreview } {
  const sections = {} as MergedSections;
  const previews = {} as Record<BundleSection, SectionPreview>;
  const totals = { summary: emptySummary(), effects: emptyEffects(), counts: emptyCounts() };
  let hasChanges = false;
  for (const name of BUNDLE_SECTIONS) {
    const all = bundle.sections[name] as readonly SectionRecord[];
    const unreadable = new Set(local.unreadable?.[name] ?? []);
    const incoming = unreadable.size ? all.filter((r) => !unreadable.has(r.id)) : all;
    const { merged, summary, changes } = mergeRecords<SectionRecord>(local[name] ?? [], incoming);
    if (incoming !== all) {
      const left = new Set(all.filter((r) => unreadable.has(r.id)).map((r) => r.id));
      for (const id of left) changes.push({ id, outcome: 'keptLocal', winner: 'local', effect: 'none', stored: false });
      summary.keptLocal += left.size;
      // One change per incoming record, in the bundle's order, as without the rows left out.
      const order = new Map(all.map((r, i) => [r.id, i] as const).reverse());
      changes.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
    }
    const effects = emptyEffects();
    const counts = emptyCounts();
    const tombstones = new Set(incoming.filter(isTombstone).map((r) => r.id));
    for (const c of changes) {
      if (c.effect !== 'none') effects[c.effect]++;
      counts[countOf(c, tombstones.has(c.id))]++;
      if (c.stored) hasChanges = true;
    }
    for (const k of Object.keys(summary) as (keyof MergeSummary)[]) totals.summary[k] += summary[k];
    for (const k of Object.keys(effects) as (keyof EffectCounts)[]) totals.effects[k] += effects[k];
    for (const k of Object.keys(counts) as (keyof ChangeCounts)[]) totals.counts[k] += counts[k];
    sections[name] = merged;
    previews[name] = { summary, effects, counts, changes };
  }
  return {
    sections,
    preview: {
      exportedAt: bundle.exportedAt,
      exportedBy: bundle.exportedBy ?? null,
      sections: previews,
      totals,
      hasChanges,
    },
  };
}

/** What importing a checked bundle would do, without doing it. */
export function summariseImport(local: LocalSections, bundle: TeamBundle): ImportPreview {
  return plan(local, bundle).preview;
}

/**
 * Checks a bundle (decoded JSON or the file's text) and merges it into the local sections. All or
 * nothing: a bundle with any error yields only the errors, so a broken file changes nothing.
 * Pure — storing `sections` is the caller's job, ideally in one transaction.
 */
export function importTeamBundle(local: LocalSections, input: unknown, options: ImportOptions = {}): ImportResult {
  const parsed = typeof input === 'string' ? parseTeamBundleText(input, options) : parseTeamBundle(input, options);
  if (!parsed.ok) return parsed;
  // Only the merge sees the stored form: the bundle handed back stays as the file has it, since
  // leaving out erased authors judges a note by its own `at`, which the stored form replaces.
  const stored = options.asStored ? options.asStored(parsed.bundle) : parsed.bundle;
  const planned = plan(local, stored);
  const errors = options.checkMerged?.(local, planned.sections, stored) ?? [];
  return errors.length ? { ok: false, errors } : { ok: true, bundle: parsed.bundle, ...planned };
}

/**
 * The envelope around this browser's records. Tombstones and history travel too, so deletions spread;
 * a history stored before its length was limited is cut to what every importer accepts.
 */
export function createTeamBundle(
  sections: LocalSections,
  meta: { exportedAt: number; exportedBy?: string },
): TeamBundle {
  const out = {} as TeamBundle['sections'];
  for (const name of BUNDLE_SECTIONS) out[name] = (sections[name] ?? []).map(withHistoryCapped) as BundleRecord[];
  return {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    exportedAt: meta.exportedAt,
    ...(meta.exportedBy ? { exportedBy: meta.exportedBy } : {}),
    sections: out,
  };
}
