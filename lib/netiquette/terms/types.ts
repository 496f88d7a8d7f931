import type { RuleId } from '../rules';

/** Rules the term layer can raise. */
export type TermRule = Extract<RuleId, 'insult' | 'profanity' | 'threat' | 'hate' | 'spam' | 'blocked-term'>;

/**
 * A group of term patterns (syntax in term-syntax.ts) sharing a rule and a confidence.
 * `allow` lists words that contain a match but are innocent ("Marsch" for "arsch"); they speak for
 * the lists of their own language (the German lists, or the English and obscenity's), and for the
 * other language's only when longer than the match (see TermMatcher.isAllowed). `lang` restricts
 * words that mean something harmless in the other language ("dick" is "fat" in German, "Ass" an
 * ace): such a match counts only when the comment reads as that language.
 */
export interface TermGroup {
  readonly rule: TermRule;
  readonly confidence: number;
  /**
   * A string is one pattern. An array is a phrase of whole-word slots, each a pattern of
   * alternatives (optional when wrapped in [...]): phrases would multiply into tens of thousands of
   * strings if expanded, so the matcher finds the slot words and chains them instead.
   */
  readonly terms: readonly (string | readonly string[])[];
  readonly allow?: readonly string[];
  /**
   * Words and idioms the classifier must not read as evidence when the comment is in this group's
   * language ("stupid question", German "dick" = thick): its n-grams learnt them from abuse. They
   * suppress no term.
   */
  readonly mask?: readonly string[];
  readonly lang?: 'de' | 'en';
  /** Where the group comes from, for reasons and debugging. */
  readonly source?: string;
}
