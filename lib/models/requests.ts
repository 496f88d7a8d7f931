import { str, z } from './zod';
import { AuthorSchema, ObservedCommentSchema, SiteSchema, type ObservedComment } from './comment';
import { NewNoteSchema } from '../notes/note-model';
import { SuggestItemSchema } from './messages';
import { CheckItemSchema, CheckLangSchema, LadderStepSchema, RuleIdSchema } from './netiquette-messages';

/**
 * What a content script may ask the background. Only the background parses requests (content scripts
 * import the type alone), so these schemas are not built in every page the extension overlays.
 */
export const CheckRequestSchema = z.object({
  type: z.literal('check'),
  lang: CheckLangSchema,
  items: z.array(CheckItemSchema).check(z.maxLength(500)),
});

export const DismissFlagRequestSchema = z.object({
  type: z.literal('dismiss-flag'),
  item: CheckItemSchema,
  flag: z.object({ rule: RuleIdSchema, start: z.int().check(z.minimum(0)), end: z.int().check(z.minimum(0)) }),
  /** Also accept the term on all of the company's pages. */
  companyWide: z.boolean(),
  agent: str(100),
});

export const RecordStrikeRequestSchema = z.object({
  type: z.literal('record-strike'),
  item: CheckItemSchema,
  step: LadderStepSchema,
  rule: z.optional(RuleIdSchema),
  agent: str(100),
});

/**
 * A batch of sightings, checked comment by comment: one the schema refuses (a field a page made longer
 * than a record may hold, say) is left out with a warning and the others are stored. Refusing the
 * batch for it lost every comment in it, and the page sent the same batch again every minute.
 */
export const SightingsSchema = z.pipe(
  z.array(z.unknown()).check(z.maxLength(2000)),
  z.transform((items): ObservedComment[] => {
    const valid: ObservedComment[] = [];
    let firstProblem: string | null = null;
    for (const item of items) {
      const r = ObservedCommentSchema.safeParse(item);
      if (r.success) valid.push(r.data);
      else firstProblem ??= r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    }
    if (firstProblem !== null) {
      console.warn(`Moderato: ${items.length - valid.length} of ${items.length} sightings left out, the first for ${firstProblem}`);
    }
    return valid;
  }),
);

/** Content script → background. Everything crossing an extension boundary is validated on arrival. */
export const BackgroundRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('get-settings') }),
  // The interface texts as templates (see i18n.ts): a content script asking the browser itself blocks the page.
  z.object({ type: z.literal('get-messages') }),
  z.object({
    type: z.literal('observe'),
    comments: SightingsSchema,
    // The netiquette check and the notes travel with the sightings: each text crosses into the
    // background once, and the page serialises one message per batch instead of three.
    /** Which of the comments to check against the netiquette (their text is new or changed). */
    check: z.optional(z.object({ lang: CheckLangSchema, keys: z.array(str(210, 3)).check(z.maxLength(2000)) })),
    /** Answer with the team notes on these comments and about their authors. */
    notes: z.optional(z.boolean()),
  }),
  // The badges on a page ask again for their records, which the popup may have changed (a tick).
  z.object({ type: z.literal('get-records'), keys: z.array(z.string().check(z.maxLength(210))).check(z.maxLength(5000)) }),
  // Carries the sighting too: a moderator may claim a comment before its first sighting reached storage.
  z.object({ type: z.literal('claim'), comment: ObservedCommentSchema, agent: z.nullable(z.string().check(z.maxLength(100))) }),
  z.object({
    type: z.literal('get-notes'),
    commentKeys: z.array(z.string().check(z.maxLength(210))).check(z.maxLength(5000)),
    authorKeys: z.array(z.string().check(z.maxLength(2100))).check(z.maxLength(5000)),
  }),
  z.object({ type: z.literal('add-note'), note: NewNoteSchema }),
  // A data-protection request: everything stored about one author, in one action.
  z.object({ type: z.literal('erase-author'), site: SiteSchema, author: AuthorSchema }),
  // Response guide: suggestions are ranked in the background, where the guide's index lives.
  z.object({ type: z.literal('suggest'), items: z.array(SuggestItemSchema).check(z.maxLength(200)) }),
  z.object({ type: z.literal('template-used'), templateId: z.string().check(z.minLength(1), z.maxLength(200)) }),
  // Netiquette: detection runs in the background (see netiquette-messages.ts), only flags come back.
  CheckRequestSchema,
  DismissFlagRequestSchema,
  RecordStrikeRequestSchema,
]);
export type BackgroundRequest = z.infer<typeof BackgroundRequestSchema>;
