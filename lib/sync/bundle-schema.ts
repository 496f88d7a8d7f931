import { z } from '../models/zod-classic';

export const BUNDLE_FORMAT = 'moderato-team-bundle';
export const BUNDLE_VERSION = 1;

export const BUNDLE_SECTIONS = ['guideTopics', 'netiquetteRules', 'notes', 'strikes', 'sharedSettings'] as const;
export type BundleSection = (typeof BUNDLE_SECTIONS)[number];

/** Generous for a team's guide and notes, small enough that a wrong file cannot stall the browser. */
export const MAX_RECORDS_PER_SECTION = 20_000;
export const MAX_HISTORY_PER_RECORD = 500;

const Timestamp = z.number().int().nonnegative();

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
export function makeTeamBundleSchema(recordSchemas: SectionRecordSchemas = {}) {
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
  });
}

export const TeamBundleSchema = makeTeamBundleSchema();
export type TeamBundle = z.infer<typeof TeamBundleSchema>;
export type BundleSections = TeamBundle['sections'];
