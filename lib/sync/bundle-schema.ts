import { z } from '../models/zod-classic';
import { isDateTime, MAX_DATE_MS } from '../time/format-date';

export const BUNDLE_FORMAT = 'moderato-team-bundle';
export const BUNDLE_VERSION = 1;

export const BUNDLE_SECTIONS = ['guideTopics', 'netiquetteRules', 'notes', 'strikes', 'sharedSettings'] as const;
export type BundleSection = (typeof BUNDLE_SECTIONS)[number];

/** Generous for a team's guide and notes, small enough that a wrong file cannot stall the browser. */
export const MAX_RECORDS_PER_SECTION = 20_000;
export const MAX_HISTORY_PER_RECORD = 500;

/** A safe integer can still lie past what a Date holds (9e15 does), and every view showing it would throw. */
const Timestamp = z.number().int().nonnegative().max(MAX_DATE_MS);

/**
 * How far a record may be dated after the file's own export time: colleagues' clocks differ by
 * minutes, not days. A later date is a wrong one, and it would win every merge (newer wins) and
 * keep a strike counting for years.
 */
export const MAX_FUTURE_SKEW_MS = 24 * 60 * 60 * 1000;
/**
 * How far the file's export time, or any time in it, may lie ahead of this browser's clock. Computer
 * clocks differ by seconds or minutes; a time beyond that is wrong, would win every merge, and a
 * deletion made here later would inherit it, so that this browser's own next export is refused.
 */
export const MAX_CLOCK_SKEW_MS = 10 * 60 * 1000;
/** The times of a record or history version: its edit, its deletion, and a strike's own date. */
const DATED_FIELDS = ['updatedAt', 'deletedAt', 'at'] as const;

/**
 * What every record needs for merging. Loose on purpose: the content fields of a guide topic or a
 * strike belong to those features, and this layer must carry them through untouched.
 */
export const BundleVersionSchema = z.looseObject({
  id: z.string().min(1).max(200),
  updatedAt: Timestamp,
  deletedAt: Timestamp.nullable().optional(),
});

export const BundleRecordSchema = BundleVersionSchema.extend({
  history: z.array(BundleVersionSchema).max(MAX_HISTORY_PER_RECORD).optional(),
}).superRefine((r, ctx) => {
  r.history?.forEach((h, i) => {
    if (h.id !== r.id) {
      ctx.addIssue({ code: 'custom', path: ['history', i, 'id'], params: { kind: 'history_id', id: h.id, recordId: r.id } });
    }
  });
});
export type BundleRecord = z.infer<typeof BundleRecordSchema>;

function sectionSchema(extra?: z.ZodType<object>) {
  const record = extra ? z.intersection(BundleRecordSchema, extra) : BundleRecordSchema;
  return z
    .array(record)
    .max(MAX_RECORDS_PER_SECTION)
    .default([])
    .superRefine((list, ctx) => {
      const firstIndex = new Map<string, number>();
      list.forEach((r, i) => {
        const id = (r as { id: string }).id;
        const first = firstIndex.get(id);
        if (first === undefined) firstIndex.set(id, i);
        else ctx.addIssue({ code: 'custom', path: [i, 'id'], params: { kind: 'duplicate_id', id, firstIndex: first } });
      });
    });
}

/** Section-specific checks the features may add on top of the merge fields. */
export type SectionRecordSchemas = Partial<Record<BundleSection, z.ZodType<object>>>;

/**
 * The envelope. Sections are strict: a section this version does not know would otherwise be
 * dropped without a word, so such a file is refused instead. Unknown top-level fields carry no
 * records and are ignored.
 */
export function makeTeamBundleSchema(recordSchemas: SectionRecordSchemas = {}, now?: number) {
  // The future-date check runs also when other parts of the file are wrong, so one round of fixing finds every error.
  return z.object({
    format: z.literal(BUNDLE_FORMAT),
    version: z.literal(BUNDLE_VERSION),
    exportedAt: Timestamp,
    /** Who exported it, as they wrote their name in the settings; informational only. */
    exportedBy: z.string().max(200).optional(),
    sections: z.strictObject({
      guideTopics: sectionSchema(recordSchemas.guideTopics),
      netiquetteRules: sectionSchema(recordSchemas.netiquetteRules),
      notes: sectionSchema(recordSchemas.notes),
      strikes: sectionSchema(recordSchemas.strikes),
      sharedSettings: sectionSchema(recordSchemas.sharedSettings),
    }),
  }).superRefine((bundle, ctx) => refuseFutureDates(bundle, ctx, now), { when: (payload) => exportTimeOf(payload.value) !== null });
}

const isRecordLike = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function exportTimeOf(bundle: unknown): number | null {
  if (!isRecordLike(bundle)) return null;
  const t = bundle.exportedAt;
  return Number.isSafeInteger(t) && isDateTime(t) && (t as number) >= 0 ? (t as number) : null;
}

/** What a future-date issue says about its time, for the bilingual reason (bundle-errors.ts). */
export interface FutureDateParams {
  kind: 'future_date';
  /** 'export': more than MAX_FUTURE_SKEW_MS after the file's export time; 'clock': ahead of this browser's clock. */
  after: 'export' | 'clock';
  at: number;
}

/**
 * Runs on a value that may have failed elsewhere, so it trusts no shape. Times past the Date range
 * are left to the schemas, which report them already. Without `now` only the export time bounds.
 */
function refuseFutureDates(bundle: unknown, ctx: z.core.$RefinementCtx<unknown>, now?: number): void {
  const exportedAt = exportTimeOf(bundle);
  const sections = isRecordLike(bundle) ? bundle.sections : undefined;
  if (exportedAt === null) return;
  const clockLimit = now === undefined ? Infinity : now + MAX_CLOCK_SKEW_MS;
  const issue = (t: number, after: FutureDateParams['after'], path: (string | number)[]) => {
    const params: FutureDateParams = { kind: 'future_date', after, at: t };
    ctx.addIssue({ code: 'custom', input: t, path, params, message: after === 'export' ? 'dated more than a day after the export' : 'dated in the future' });
  };
  if (exportedAt > clockLimit) issue(exportedAt, 'clock', ['exportedAt']);
  if (!isRecordLike(sections)) return;
  const exportLimit = exportedAt + MAX_FUTURE_SKEW_MS;
  const check = (version: unknown, path: (string | number)[]): void => {
    if (!isRecordLike(version)) return;
    for (const field of DATED_FIELDS) {
      const t = version[field];
      if (typeof t !== 'number' || !isDateTime(t)) continue;
      // One issue per time: the export-time bound names the file's own inconsistency, which is the clearer one.
      if (t > exportLimit) issue(t, 'export', [...path, field]);
      else if (t > clockLimit) issue(t, 'clock', [...path, field]);
    }
  };
  for (const name of BUNDLE_SECTIONS) {
    const list = sections[name];
    // A longer list is refused by its own limit; walking it would only slow that answer.
    if (!Array.isArray(list) || list.length > MAX_RECORDS_PER_SECTION) continue;
    list.forEach((record: unknown, i) => {
      check(record, ['sections', name, i]);
      const history = isRecordLike(record) ? record.history : undefined;
      if (Array.isArray(history) && history.length <= MAX_HISTORY_PER_RECORD) {
        history.forEach((h: unknown, j) => check(h, ['sections', name, i, 'history', j]));
      }
    });
  }
}

export const TeamBundleSchema = makeTeamBundleSchema();
export type TeamBundle = z.infer<typeof TeamBundleSchema>;
export type BundleSections = TeamBundle['sections'];
