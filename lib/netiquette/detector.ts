import { Classifier, type ClassifierModel } from './classifier';
import type { WordMask } from './features';
import { buildSkeleton, Skeleton } from './normalize';
import { findPersonalData } from './patterns/personal-data';
import { findShouting } from './patterns/shouting';
import { findSpam, type SpamPhrase } from './patterns/spam';
import type { PatternHit } from './patterns/types';
import { OFFENSIVE_RULES, resolveRules, type Flag, type Rule, type RuleId, type RuleSet } from './rules';
import { TermMatcher, type Language, type TermMatch } from './term-matcher';

/**
 * The netiquette detector: normalise once, then the term automaton, the pattern detectors and the
 * classifier all read the same skeleton. Everything is compiled in the constructor; `detect` only
 * walks arrays, so one detector should be created per settings change and reused.
 */
export interface DetectorOptions {
  /** Rule switches and severities plus the company's blocked and allowed terms. */
  ruleSet?: Partial<RuleSet>;
  /** Terms the company dismissed as fine on its pages; matching flags are dropped. */
  dismissedTerms?: Iterable<string>;
  /** The abusive-language model; `null` or absent runs lists and patterns only. */
  classifier?: ClassifierModel | null;
}

export interface DetectionResult {
  /** An insult, profanity, threat or hate was found. */
  offensive: boolean;
  /** 0..1: the strongest evidence of offensiveness (classifier probability or term confidence). */
  score: number;
  language: Language;
  /** Sorted by start offset; at most MAX_FLAGS. */
  flags: Flag[];
}

export const MAX_FLAGS = 200;
/**
 * The classifier flags only comments of at least this many words: one or two words give it too
 * little to go on ("Barsch", "Dicke Bohnen" read like insults to n-grams), and short insults are
 * the term lists' job.
 */
export const CLASSIFIER_MIN_WORDS = 3;
/** Reason texts quote at most this much of the flagged words. */
const MAX_QUOTE = 60;

/** Letters and digits only, lower-case: how pattern flags are compared with dismissed terms. */
function compactKey(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The flagged words as the reader sees them, for the reason line. */
function quote(text: string, start: number, end: number): string {
  const s = text.slice(start, Math.min(end, start + MAX_QUOTE * 2)).replace(/\s+/g, ' ').trim();
  return s.length > MAX_QUOTE ? `${s.slice(0, MAX_QUOTE - 1)}…` : s;
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

export class NetiquetteDetector {
  private readonly rules: Record<RuleId, Rule>;
  private readonly matcher: TermMatcher;
  private classifier: Classifier | null;
  private readonly dismissedKeys: ReadonlySet<string>;
  private readonly sk = new Skeleton();
  private readonly termsWanted: boolean;
  private readonly mask: WordMask;

  constructor(options: DetectorOptions = {}) {
    this.rules = resolveRules(options.ruleSet?.rules);
    const dismissed = [...(options.dismissedTerms ?? [])].map((t) => String(t).trim()).filter((t) => t.length > 0);
    this.dismissedKeys = new Set(dismissed.map(compactKey).filter((k) => k.length > 0));
    const enabled = (id: RuleId): boolean => this.rules[id].enabled;
    this.matcher = new TermMatcher({
      blocked: enabled('blocked-term') ? (options.ruleSet?.blockedTerms ?? []) : [],
      allowed: options.ruleSet?.allowedTerms ?? [],
      dismissed,
    });
    this.termsWanted = (['insult', 'profanity', 'threat', 'hate', 'spam', 'blocked-term'] as const).some(enabled);
    this.classifier = options.classifier ? new Classifier(options.classifier) : null;
    this.mask = { starts: this.matcher.maskStarts, ends: this.matcher.maskEnds };
  }

  /** The classifier's threshold, or 1 when running without a model. */
  get classifierThreshold(): number {
    return this.classifier?.threshold ?? 1;
  }

  get hasClassifier(): boolean {
    return this.classifier !== null;
  }

  /**
   * Adds (or removes) the model after construction, so a page can start with lists and patterns
   * at once and switch the classifier on when its asset has loaded.
   */
  setClassifier(model: ClassifierModel | null): void {
    this.classifier = model ? new Classifier(model) : null;
  }

  /** Never throws for any string; anything that is not a string is treated as empty. */
  detect(input: string): DetectionResult {
    const text = typeof input === 'string' ? input : '';
    const sk = buildSkeleton(text, this.sk);
    const rules = this.rules;
    const flags: Flag[] = [];
    let termOffensive = 0;

    let spamPhrases: SpamPhrase[] | undefined;
    if (this.termsWanted && sk.length > 2) {
      const matches: TermMatch[] = this.matcher.match(text, sk, sk.wilds > 0, []);
      for (const m of matches) {
        if (m.rule === 'spam') {
          (spamPhrases ??= []).push({ start: m.start, end: m.end, weight: m.confidence, term: quote(text, m.start, m.end) });
          continue;
        }
        const rule = rules[m.rule];
        if (!rule.enabled) continue;
        if (OFFENSIVE_RULES.has(m.rule)) termOffensive = Math.max(termOffensive, m.confidence);
        const words = quote(text, m.start, m.end);
        flags.push({
          rule: m.rule,
          start: m.start,
          end: m.end,
          confidence: m.confidence,
          severity: rule.severity,
          reason:
            m.rule === 'blocked-term'
              ? { code: 'blocked-term', params: { term: words, match: m.term } }
              : { code: 'term', params: { term: words, match: m.term, obfuscated: m.obfuscated, list: m.source } },
        });
      }
    }

    const hits: PatternHit[] = [];
    if (rules['personal-data'].enabled) findPersonalData(text, sk, hits);
    if (rules.spam.enabled) {
      findSpam({ text, urlStarts: sk.urlStarts, urlEnds: sk.urlEnds, phrases: spamPhrases ?? [], digits: sk.digits }, hits);
    }
    if (rules.shouting.enabled) findShouting(text, sk, hits);
    for (const h of hits) {
      if (this.dismissedKeys.size > 0 && this.dismissedKeys.has(compactKey(text.slice(h.start, h.end)))) continue;
      flags.push({
        rule: h.rule,
        start: h.start,
        end: h.end,
        confidence: round3(h.confidence),
        severity: rules[h.rule].severity,
        reason: { code: h.code, params: h.params },
      });
    }

    let score = termOffensive;
    if (this.classifier && sk.length > 2) {
      const why = this.classifier.explain(sk, this.termsWanted ? this.mask : undefined);
      const p = why.score;
      if (p > score) score = p;
      if (
        p >= this.classifier.threshold &&
        why.words >= CLASSIFIER_MIN_WORDS &&
        termOffensive === 0 &&
        rules.insult.enabled &&
        (this.dismissedKeys.size === 0 || !this.dismissedKeys.has(compactKey(text.slice(why.start, why.end))))
      ) {
        flags.push({
          rule: 'insult',
          start: why.start,
          end: why.end,
          confidence: round3(p),
          severity: rules.insult.severity,
          reason: { code: 'classifier', params: { score: Math.round(p * 100) / 100, term: quote(text, why.start, why.end) } },
        });
      }
    }

    let offensive = false;
    for (const f of flags) if (OFFENSIVE_RULES.has(f.rule)) offensive = true;
    if (flags.length > 1) flags.sort((a, b) => a.start - b.start || b.end - a.end);
    if (flags.length > MAX_FLAGS) flags.length = MAX_FLAGS;
    return { offensive, score: round3(score), language: this.matcher.language(), flags };
  }
}
