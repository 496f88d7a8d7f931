import { Classifier, type ClassifierModel } from './classifier';
import { buildSkeleton, Skeleton } from './normalize';
import { findPersonalData } from './patterns/personal-data';
import { findShouting } from './patterns/shouting';
import { findSpam, type SpamPhrase } from './patterns/spam';
import type { PatternHit } from './patterns/types';
import { OFFENSIVE_RULES, resolveRules, type Flag, type Rule, type RuleId, type RuleSet } from './rules';
import { TermMatcher, type Language, type TermMatch } from './term-matcher';

/**
 * The netiquette detector: normalise once, then the term trie, the pattern detectors and the
 * classifier all read the same skeleton. Everything is compiled in the constructor; `detect` only
 * walks arrays, so one detector should be created per settings change and reused.
 */
export interface DetectorOptions {
  /** Rule switches and severities plus the company's blocked and allowed terms. */
  ruleSet?: Partial<Pick<RuleSet, 'rules' | 'blockedTerms' | 'allowedTerms'>>;
  /** Terms the company dismissed as fine here; matching flags are dropped. */
  dismissedTerms?: Iterable<string>;
  /** The abusive-language model; `null` runs lists and patterns only. */
  classifier?: ClassifierModel | null;
}

export interface DetectionResult {
  /** An insult, profanity, threat or hate was found. */
  offensive: boolean;
  /** 0..1: the strongest evidence of offensiveness (classifier probability or term confidence). */
  score: number;
  language: Language;
  flags: Flag[];
}

const MAX_FLAGS = 200;

/** Letters and digits only, lower-case: how pattern flags are compared with dismissed terms. */
function compactKey(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

export class NetiquetteDetector {
  private readonly rules: Record<RuleId, Rule>;
  private readonly matcher: TermMatcher;
  private readonly classifier: Classifier | null;
  private readonly dismissedKeys: ReadonlySet<string>;
  private readonly sk = new Skeleton();
  private readonly termsWanted: boolean;

  constructor(options: DetectorOptions = {}) {
    this.rules = resolveRules(options.ruleSet?.rules ? { rules: options.ruleSet.rules } : undefined);
    const dismissed = [...(options.dismissedTerms ?? [])].map((t) => t.trim()).filter((t) => t.length > 0);
    this.dismissedKeys = new Set(dismissed.map(compactKey).filter((k) => k.length > 0));
    const enabled = (id: RuleId): boolean => this.rules[id].enabled;
    this.matcher = new TermMatcher({
      blocked: enabled('blocked-term') ? (options.ruleSet?.blockedTerms ?? []) : [],
      allowed: options.ruleSet?.allowedTerms ?? [],
      dismissed,
    });
    this.termsWanted = (['insult', 'profanity', 'threat', 'hate', 'spam', 'blocked-term'] as const).some(enabled);
    this.classifier = options.classifier ? new Classifier(options.classifier) : null;
  }

  /** The classifier's threshold, or 1 when running without a model. */
  get classifierThreshold(): number {
    return this.classifier?.threshold ?? 1;
  }

  detect(input: string): DetectionResult {
    const text = typeof input === 'string' ? input : '';
    const sk = buildSkeleton(text, this.sk);
    const rules = this.rules;
    const flags: Flag[] = [];
    const hits: PatternHit[] = [];
    const spamPhrases: SpamPhrase[] = [];
    let termOffensive = 0;

    if (this.termsWanted && sk.length > 2) {
      const matches: TermMatch[] = this.matcher.match(text, sk, sk.wilds > 0, []);
      for (const m of matches) {
        if (m.rule === 'spam') {
          spamPhrases.push({ start: m.start, end: m.end, weight: m.confidence, term: m.term });
          continue;
        }
        const rule = rules[m.rule];
        if (!rule.enabled) continue;
        if (OFFENSIVE_RULES.has(m.rule)) termOffensive = Math.max(termOffensive, m.confidence);
        flags.push({
          rule: m.rule,
          start: m.start,
          end: m.end,
          confidence: m.confidence,
          severity: rule.severity,
          reason:
            m.rule === 'blocked-term'
              ? { code: 'blocked-term', params: { term: m.term } }
              : { code: 'term', params: { term: m.term, obfuscated: m.obfuscated, list: m.source } },
        });
      }
    }

    if (rules['personal-data'].enabled) findPersonalData(text, sk, hits);
    if (rules.spam.enabled) {
      findSpam({ text, urlStarts: sk.urlStarts, urlEnds: sk.urlEnds, phrases: spamPhrases, digits: sk.digits }, hits);
    }
    if (rules.shouting.enabled) findShouting(text, sk, hits);
    for (const h of hits) {
      if (this.dismissedKeys.size > 0 && this.dismissedKeys.has(compactKey(text.slice(h.start, h.end)))) continue;
      flags.push({
        rule: h.rule,
        start: h.start,
        end: h.end,
        confidence: h.confidence,
        severity: rules[h.rule].severity,
        reason: { code: h.code, params: h.params },
      });
    }

    let score = termOffensive;
    if (this.classifier && sk.length > 2) {
      const p = this.classifier.score(sk);
      if (p > score) score = p;
      if (p >= this.classifier.threshold && termOffensive === 0 && rules.insult.enabled) {
        const why = this.classifier.explain(sk);
        const key = compactKey(text.slice(why.start, why.end));
        if (!this.dismissedKeys.has(key)) {
          flags.push({
            rule: 'insult',
            start: why.start,
            end: why.end,
            confidence: Math.round(p * 1000) / 1000,
            severity: rules.insult.severity,
            reason: { code: 'classifier', params: { score: Math.round(p * 100) / 100 } },
          });
        }
      }
    }

    let offensive = false;
    for (const f of flags) if (OFFENSIVE_RULES.has(f.rule)) offensive = true;
    flags.sort((a, b) => a.start - b.start || b.end - a.end);
    if (flags.length > MAX_FLAGS) flags.length = MAX_FLAGS;
    return { offensive, score: Math.round(score * 1000) / 1000, language: this.matcher.language(), flags };
  }
}
