import { z } from '../models/zod';
import { SiteSchema } from '../models/comment';
import { defaultRules, LADDER_STEPS, REASON_CODES, resolveRules, RULE_IDS, SEVERITIES, type Flag, type Rule } from './rules';
import { STARTER_NETIQUETTE } from './starter-netiquette';
import { MAX_DATE_MS } from '../time/format-date';

/**
 * What the netiquette feature stores (IndexedDB via lib/db), as zod/mini schemas: the same
 * validation as classic zod, tree-shakable, so the content script stays small. DOM-free.
 *
 * Proposed Dexie tables (the lead owns lib/db):
 *   netiquette:  'id'                                   one row, id 'settings' → NetiquetteSettings
 *   dismissals:  '++id, commentKey, term, at'           Dismissal
 *   strikes:     '++id, [site+page+authorKey], at, commentKey'   Strike
 */

const text = (min: number, max: number) => z.string().check(z.trim(), z.minLength(min), z.maxLength(max));
const whole = (min: number, max: number) => z.int().check(z.minimum(min), z.maximum(max));
/**
 * Within what a Date can hold: past it every view that shows the time throws (in the host page, for
 * the badge), and a strike dated there would never expire.
 */
const time = () => z.number().check(z.minimum(-MAX_DATE_MS), z.maximum(MAX_DATE_MS));

export const RuleIdSchema = z.enum(RULE_IDS);
export const SeveritySchema = z.enum(SEVERITIES);
export const LangSchema = z.enum(['de', 'en']);

export const LocalizedTextSchema = z.object({ de: text(1, 300), en: text(1, 300) });

export const RuleSchema = z.object({
  id: RuleIdSchema,
  name: LocalizedTextSchema,
  description: LocalizedTextSchema,
  severity: SeveritySchema,
  enabled: z.boolean(),
});

/**
 * Why a custom check refused a value, carried as `params.reason` on its issue: the options form words it in
 * the interface language (this layer has no messages), the `message` is for logs and stored-settings problems.
 */
export type NetiquetteIssueReason = 'termNeedsLetter' | 'ruleTwice';

/**
 * A company term. A `*` at the end or start lets it match inside compounds ("drecks*" also finds
 * "Drecksladen"); without it the term must stand as a whole word, which is what people usually mean.
 */
export const CompanyTermSchema = text(1, 100).check(
  z.refine((s) => /[\p{L}\p{N}]/u.test(s), {
    // For the problems of stored settings (readNetiquetteSettings); the options form words it by `params.reason`.
    message: 'Ein Begriff braucht mindestens einen Buchstaben oder eine Ziffer. / A term needs at least one letter or digit.',
    params: { reason: 'termNeedsLetter' satisfies NetiquetteIssueReason },
  }),
);
export const TermListSchema = z.array(CompanyTermSchema).check(z.maxLength(2000));

export const DEFAULT_STRIKE_EXPIRY_DAYS = 90;

/** The netiquette the company publishes, in both languages. */
export const PublishedNetiquetteSchema = z.object({ de: text(0, 20_000), en: text(0, 20_000) });

export const NetiquetteSettingsSchema = z
  .object({
    /** The text the company publishes (starter text in German and English, editable). */
    text: z._default(PublishedNetiquetteSchema, () => ({ ...STARTER_NETIQUETTE })),
    /** Where the published netiquette can be read, linked from reminders ('' = not published yet). */
    url: z._default(text(0, 500), ''),
    /** Missing rules keep their defaults (resolveRules), so stored sets may predate a rule. */
    rules: z._default(z.array(RuleSchema).check(z.maxLength(RULE_IDS.length)), () => defaultRules()),
    blockedTerms: z._default(TermListSchema, []),
    allowedTerms: z._default(TermListSchema, []),
    /** Strikes older than this no longer count on the response ladder. */
    strikeExpiryDays: z._default(whole(1, 3650), DEFAULT_STRIKE_EXPIRY_DAYS),
  })
  .check(
    z.refine((s) => new Set(s.rules.map((r) => r.id)).size === s.rules.length, {
      message: 'Jede Regel darf nur einmal vorkommen. / Each rule may appear only once.',
      path: ['rules'],
      params: { reason: 'ruleTwice' satisfies NetiquetteIssueReason },
    }),
  );
export type NetiquetteSettings = z.infer<typeof NetiquetteSettingsSchema>;

/**
 * "This flag is wrong": always remembered for the comment (`commentKey`, `rule`, `words`); with
 * `term` set, the moderator chose to accept that term on all of the company's pages, and the
 * detector stops flagging it (see dismissedTermsOf).
 */
export const DismissalSchema = z.object({
  commentKey: text(3, 210),
  rule: RuleIdSchema,
  /** The flagged words as shown, to tell two flags of one rule in the same comment apart. */
  words: text(0, 200),
  /** Set when dismissed company-wide. */
  term: z.optional(CompanyTermSchema),
  site: SiteSchema,
  /** The own page (its configured name) where the moderator dismissed it. */
  page: text(0, 200),
  at: time(),
  agent: z._default(text(0, 100), ''),
  /**
   * The author key (authorKeyOf) of the dismissed comment, so an erasure of the author finds the
   * dismissal also after the comment was pruned. Missing on dismissals from before it existed; not indexed.
   */
  commentAuthorKey: z.optional(z.string().check(z.minLength(1), z.maxLength(2100))),
});
export type Dismissal = z.infer<typeof DismissalSchema>;

export const LadderStepSchema = z.enum(LADDER_STEPS);
export type LadderStep = z.infer<typeof LadderStepSchema>;

/** One step of the response ladder taken against an author on a page. */
export const StrikeSchema = z.object({
  /** See authorKeyOf: the profile address where known, else the display name. */
  authorKey: text(1, 2100),
  authorName: z._default(text(0, 300), ''),
  site: SiteSchema,
  page: text(0, 200),
  step: LadderStepSchema,
  at: time(),
  commentKey: text(3, 210),
  /** The rule that prompted it, for the popup's history. */
  rule: z.optional(RuleIdSchema),
  agent: z._default(text(0, 100), ''),
});
export type Strike = z.infer<typeof StrikeSchema>;

export const FlagSchema = z
  .object({
    rule: RuleIdSchema,
    start: z.int().check(z.minimum(0)),
    end: z.int().check(z.minimum(0)),
    confidence: z.number().check(z.minimum(0), z.maximum(1)),
    severity: SeveritySchema,
    reason: z.object({
      code: z.enum(REASON_CODES),
      params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
    }),
  })
  .check(z.refine((f) => f.end >= f.start, { message: 'end before start', path: ['end'] }));

// The stored shapes and the detector's plain types must not drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameRule: Same<z.infer<typeof RuleSchema>, Rule> = true;
const sameFlag: Same<z.infer<typeof FlagSchema>, Flag> = true;
void sameRule;
void sameFlag;

export const defaultNetiquetteSettings = (): NetiquetteSettings => NetiquetteSettingsSchema.parse({});

/** Every rule in display order, stored edits applied, for the options page. */
export function settingsRules(settings: Pick<NetiquetteSettings, 'rules'>): Rule[] {
  const resolved = resolveRules(settings.rules);
  return RULE_IDS.map((id) => resolved[id]);
}

export interface SettingsReadResult {
  settings: NetiquetteSettings;
  /** One line per part that could not be used, in German and English; empty when all was fine. */
  problems: string[];
}

const describe = (issue: { path: PropertyKey[]; message: string }): string =>
  `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`;

/**
 * Reads stored (or imported) settings without losing what is good in them: each field, rule and
 * term is checked on its own, a bad one falls back to its default or is left out, and every such
 * case is reported.
 */
export function readNetiquetteSettings(raw: unknown): SettingsReadResult {
  const full = NetiquetteSettingsSchema.safeParse(raw);
  if (full.success) return { settings: full.data, problems: [] };
  const problems: string[] = [];
  const obj = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  if (obj !== raw) problems.push('(root): Keine gültigen Einstellungen, Standard verwendet. / Not valid settings, defaults used.');
  const out = defaultNetiquetteSettings();

  const field = <T>(key: string, schema: z.ZodMiniType<T>, set: (v: T) => void): void => {
    if (obj[key] === undefined) return;
    const r = schema.safeParse(obj[key]);
    if (r.success) set(r.data);
    else for (const i of r.error.issues) problems.push(describe({ path: [key, ...i.path], message: i.message }));
  };
  field('text', PublishedNetiquetteSchema, (v) => (out.text = v));
  field('url', text(0, 500), (v) => (out.url = v));
  field('strikeExpiryDays', whole(1, 3650), (v) => (out.strikeExpiryDays = v));

  const list = <T>(key: string, schema: z.ZodMiniType<T>, max: number): T[] | undefined => {
    const items = obj[key];
    if (items === undefined) return undefined;
    if (!Array.isArray(items)) {
      problems.push(`${key}: Liste erwartet. / Expected a list.`);
      return undefined;
    }
    const kept: T[] = [];
    items.forEach((item, i) => {
      const r = schema.safeParse(item);
      if (r.success && kept.length < max) kept.push(r.data);
      else if (!r.success) for (const is of r.error.issues) problems.push(describe({ path: [key, i, ...is.path], message: is.message }));
    });
    return kept;
  };
  const rules = list('rules', RuleSchema, RULE_IDS.length);
  if (rules) {
    const seen = new Set<string>();
    out.rules = rules.filter((r) => !seen.has(r.id) && seen.add(r.id));
  }
  out.blockedTerms = list('blockedTerms', CompanyTermSchema, 2000) ?? out.blockedTerms;
  out.allowedTerms = list('allowedTerms', CompanyTermSchema, 2000) ?? out.allowedTerms;
  return { settings: out, problems };
}
