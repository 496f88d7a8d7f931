import { z } from 'zod';

/**
 * Netiquette rules as stored data. The Dexie wiring lives elsewhere; these schemas are the contract.
 * A rule's id is stable (it names flags, reason texts and stored settings); names and descriptions
 * are shown to community managers and exist in both languages because neither is secondary.
 */

export const RULE_IDS = [
  'insult',
  'profanity',
  'threat',
  'hate',
  'spam',
  'personal-data',
  'shouting',
  'blocked-term',
] as const;
export const RuleIdSchema = z.enum(RULE_IDS);
export type RuleId = z.infer<typeof RuleIdSchema>;

/** The rules whose flags make a comment "offensive" (the CLI's and the UI's headline verdict). */
export const OFFENSIVE_RULES: ReadonlySet<RuleId> = new Set<RuleId>(['insult', 'profanity', 'threat', 'hate']);

export const SeveritySchema = z.enum(['low', 'medium', 'high']);
export type Severity = z.infer<typeof SeveritySchema>;

export const LocalizedTextSchema = z.object({
  de: z.string().trim().min(1).max(300),
  en: z.string().trim().min(1).max(300),
});
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

export const RuleSchema = z.object({
  id: RuleIdSchema,
  name: LocalizedTextSchema,
  description: LocalizedTextSchema,
  severity: SeveritySchema,
  enabled: z.boolean(),
});
export type Rule = z.infer<typeof RuleSchema>;

/**
 * A company term. A trailing or leading `*` lets it match inside compounds ("drecks*" also finds
 * "Drecksladen"); without it the term must stand as a whole word, which is what people usually mean.
 */
export const CompanyTermSchema = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .refine((s) => /[\p{L}\p{N}]/u.test(s), { message: 'term needs at least one letter or digit' });

export const TermListSchema = z.array(CompanyTermSchema).max(2000);

export const RuleSetSchema = z
  .object({
    rules: z.array(RuleSchema).max(RULE_IDS.length),
    /** Flagged under `blocked-term` wherever they appear. */
    blockedTerms: TermListSchema.default([]),
    /** Never flagged by the term layer, e.g. a product called "Titan" or a place name. */
    allowedTerms: TermListSchema.default([]),
  })
  .refine((s) => new Set(s.rules.map((r) => r.id)).size === s.rules.length, {
    message: 'rule ids must be unique',
    path: ['rules'],
  });
export type RuleSet = z.infer<typeof RuleSetSchema>;

/** Company-wide "this term is fine here" decisions, taken from dismissed flags. */
export const DismissedTermsSchema = z.array(CompanyTermSchema).max(5000);

export const REASON_CODES = [
  'term',
  'classifier',
  'phone',
  'email',
  'iban',
  'address',
  'link-farm',
  'money-promise',
  'spam-phrase',
  'caps',
  'exclamations',
  'blocked-term',
] as const;
export const ReasonCodeSchema = z.enum(REASON_CODES);
export type ReasonCode = z.infer<typeof ReasonCodeSchema>;

export const ReasonParamsSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]));
export type ReasonParams = z.infer<typeof ReasonParamsSchema>;

/** One finding. Offsets are UTF-16 indices into the original text, end exclusive, for highlighting. */
export const FlagSchema = z
  .object({
    rule: RuleIdSchema,
    start: z.number().int().min(0),
    end: z.number().int().min(0),
    confidence: z.number().min(0).max(1),
    severity: SeveritySchema,
    reason: z.object({ code: ReasonCodeSchema, params: ReasonParamsSchema }),
  })
  .refine((f) => f.end >= f.start, { message: 'end before start', path: ['end'] });
export type Flag = z.infer<typeof FlagSchema>;

const rule = (
  id: RuleId,
  severity: Severity,
  name: LocalizedText,
  description: LocalizedText,
): Rule => ({ id, name, description, severity, enabled: true });

export const DEFAULT_RULES: readonly Rule[] = [
  rule(
    'insult',
    'medium',
    { de: 'Beleidigung', en: 'Insult' },
    {
      de: 'Beschimpft oder erniedrigt eine Person, auch verschleiert oder in Zusammensetzungen wie „Vollidiot“.',
      en: 'Abuses or demeans a person, also when obfuscated or inside compounds such as “Vollidiot”.',
    },
  ),
  rule(
    'profanity',
    'low',
    { de: 'Vulgäre Sprache', en: 'Profanity' },
    {
      de: 'Vulgäre oder obszöne Ausdrücke, auch wenn sie niemanden direkt treffen.',
      en: 'Vulgar or obscene language, even when not aimed at anyone.',
    },
  ),
  rule(
    'threat',
    'high',
    { de: 'Drohung', en: 'Threat' },
    {
      de: 'Droht Gewalt an oder wünscht sie jemandem.',
      en: 'Threatens or calls for violence against someone.',
    },
  ),
  rule(
    'hate',
    'high',
    { de: 'Hetze gegen Gruppen', en: 'Hate against groups' },
    {
      de: 'Abwertung von Menschen wegen Herkunft, Religion, Geschlecht, Orientierung oder Behinderung.',
      en: 'Degrades people for their origin, religion, gender, orientation or disability.',
    },
  ),
  rule(
    'spam',
    'medium',
    { de: 'Spam', en: 'Spam' },
    {
      de: 'Werbung, Linkschleudern und Versprechen schnellen Geldes.',
      en: 'Advertising, link farms and promises of easy money.',
    },
  ),
  rule(
    'personal-data',
    'high',
    { de: 'Persönliche Daten', en: 'Personal data' },
    {
      de: 'Veröffentlicht Telefonnummern, E-Mail-Adressen, IBANs oder Anschriften.',
      en: 'Makes phone numbers, e-mail addresses, IBANs or street addresses public.',
    },
  ),
  rule(
    'shouting',
    'low',
    { de: 'Schreien', en: 'Shouting' },
    {
      de: 'Überwiegend Großbuchstaben oder Reihen von Ausrufezeichen.',
      en: 'Mostly capital letters or rows of exclamation marks.',
    },
  ),
  rule(
    'blocked-term',
    'medium',
    { de: 'Gesperrter Begriff', en: 'Blocked term' },
    {
      de: 'Ein Begriff, den das Unternehmen selbst gesperrt hat.',
      en: 'A term the company has blocked itself.',
    },
  ),
];

export const defaultRuleSet = (): RuleSet =>
  RuleSetSchema.parse({ rules: DEFAULT_RULES.map((r) => ({ ...r })), blockedTerms: [], allowedTerms: [] });

/** Every rule id resolved to a rule: stored sets may predate a rule, which then keeps its default. */
export function resolveRules(set: Pick<RuleSet, 'rules'> | undefined): Record<RuleId, Rule> {
  const out = {} as Record<RuleId, Rule>;
  for (const r of DEFAULT_RULES) out[r.id] = r;
  for (const r of set?.rules ?? []) out[r.id] = r;
  return out;
}
