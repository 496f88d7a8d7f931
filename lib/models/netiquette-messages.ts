import { str, z } from './zod';
import { SiteSchema } from './comment';
import { LADDER_STEPS, RULE_IDS, SEVERITIES } from '../netiquette/rules';

/**
 * Netiquette messages between the content script and the background, where the detector lives (its
 * first build decodes the model, 70–140 ms, which must not block a page). The page sends comment
 * texts; only flags come back.
 */
// From rules.ts, not model-schemas.ts: the content script need not carry the starter netiquette text.
export const RuleIdSchema = z.enum(RULE_IDS);
const SeveritySchema = z.enum(SEVERITIES);
export const LadderStepSchema = z.enum(LADDER_STEPS);

export const CheckItemSchema = z.object({
  key: str(210, 3),
  text: str(20_000),
  site: SiteSchema,
  /** The own page's configured name: the ladder counts per author and page. */
  page: str(200),
  authorName: str(300),
  authorUrl: z.nullable(str(2000)),
});
export type CheckItem = z.infer<typeof CheckItemSchema>;

export const CheckLangSchema = z.enum(['de', 'en']);

/** A flag as the badge shows it (see flagViews): offsets into the comment text, end exclusive. */
export const FlagViewSchema = z.object({
  rule: RuleIdSchema,
  ruleName: str(300),
  severity: SeveritySchema,
  start: z.int().check(z.minimum(0)),
  end: z.int().check(z.minimum(0)),
  words: str(20_000),
  confidence: z.number().check(z.minimum(0), z.maximum(1)),
  reason: str(1000),
});
export type FlagViewMessage = z.infer<typeof FlagViewSchema>;

/** The next response-ladder step proposed for the comment's author on this page. */
export const LadderViewSchema = z.object({
  step: LadderStepSchema,
  label: str(200),
  /** Reply or message to send; empty for hide-or-report. Plain text. */
  text: str(10_000),
  /** Strikes that still count. */
  strikes: z.int().check(z.minimum(0)),
  stepsDownAt: z.nullable(z.number()),
  /** The step was already taken on this comment: shown as done, with nothing to send or record. */
  taken: z.optional(z.boolean()),
});
export type LadderView = z.infer<typeof LadderViewSchema>;

export const CheckResultSchema = z.object({
  key: str(210, 3),
  offensive: z.boolean(),
  /** Heated as disputes define it (offensive, shouting in capitals, or attacking the reader). */
  heated: z.boolean(),
  flags: z.array(FlagViewSchema).check(z.maxLength(200)),
  ladder: z.nullable(LadderViewSchema),
});
export type CheckResult = z.infer<typeof CheckResultSchema>;

/**
 * Results only for comments with something to show (flags, or heated for disputes); the keys of the
 * rest are listed in `clean`. Most comments are clean, and the page validates every result it gets.
 */
export const CheckReplySchema = z.object({
  results: z.array(CheckResultSchema),
  clean: z.array(str(210, 3)),
  netiquetteUrl: str(500),
});
export type CheckReply = z.infer<typeof CheckReplySchema>;

export const DismissReplySchema = z.object({ ok: z.literal(true) });
/** The stored strike (see StrikeSchema); the page only needs to know it was stored. */
export const StrikeReplySchema = z.object({ strike: z.object({ step: LadderStepSchema, at: z.number() }) });
