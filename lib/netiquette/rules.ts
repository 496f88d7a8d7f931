/**
 * Netiquette rules and flags as plain data. No zod here on purpose: the detector imports this file
 * and runs in the content script, which should not carry a validation library for it. The stored
 * forms are validated in model-schemas.ts, which is checked against these types at compile time.
 *
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
export type RuleId = (typeof RULE_IDS)[number];

/** The rules whose flags make a comment "offensive" (the CLI's and the UI's headline verdict). */
export const OFFENSIVE_RULES: ReadonlySet<RuleId> = new Set<RuleId>(['insult', 'profanity', 'threat', 'hate']);

export const SEVERITIES = ['low', 'medium', 'high'] as const;

/** The response ladder's steps, in order (see ladder.ts). */
export const LADDER_STEPS = ['public-reminder', 'private-message', 'hide-or-report'] as const;
export type Severity = (typeof SEVERITIES)[number];

export type Lang = 'de' | 'en';

export interface LocalizedText {
  de: string;
  en: string;
}

export interface Rule {
  id: RuleId;
  name: LocalizedText;
  description: LocalizedText;
  severity: Severity;
  enabled: boolean;
}

/** The part of the netiquette settings the detector needs. */
export interface RuleSet {
  rules: Rule[];
  /** Flagged under `blocked-term` wherever they appear. A `*` at either end allows compounds. */
  blockedTerms: string[];
  /** Never flagged by the term layer, e.g. a product called "Titan" or a place name. */
  allowedTerms: string[];
}

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
export type ReasonCode = (typeof REASON_CODES)[number];

export type ReasonParams = Record<string, string | number | boolean>;

/** One finding. Offsets are UTF-16 indices into the original text, end exclusive, for highlighting. */
export interface Flag {
  rule: RuleId;
  start: number;
  end: number;
  /** 0..1: how sure the detector is that this span breaks the rule. */
  confidence: number;
  severity: Severity;
  /** Machine-readable reason; `reasonText` turns it into one line in German or English. */
  reason: { code: ReasonCode; params: ReasonParams };
}

const rule = (id: RuleId, severity: Severity, name: LocalizedText, description: LocalizedText): Rule => ({
  id,
  name,
  description,
  severity,
  enabled: true,
});

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

/** Fresh copies of the default rules, safe to edit. */
export const defaultRules = (): Rule[] =>
  DEFAULT_RULES.map((r) => ({ ...r, name: { ...r.name }, description: { ...r.description } }));

/** Every rule id resolved to a rule: stored sets may predate a rule, which then keeps its default. */
export function resolveRules(rules: readonly Rule[] | undefined): Record<RuleId, Rule> {
  const out = {} as Record<RuleId, Rule>;
  for (const r of DEFAULT_RULES) out[r.id] = r;
  for (const r of rules ?? []) if ((RULE_IDS as readonly string[]).includes(r.id)) out[r.id] = r;
  return out;
}
