import SearchableMap from 'minisearch/SearchableMap';
import type { Lang } from './model';
import { germanVerbLemmas, stem, stemsForWord, surfaceOf } from './terms';
import { TypoIndex } from './typo-index';

/**
 * Turns one word of a comment into the index terms (stems) to look up, each with a weight. A word
 * the guide knows maps to its own stems. A word it does not know gets help, in this order:
 *   1. German verb forms Snowball leaves alone ("führt" → führen);
 *   2. stem prefixes, for Snowball's own inconsistencies ("liefern" → "lief", reaching "liefer");
 *   3. words one typo away among those the guide uses ("Lieferunng" → Lieferung, "refnud" → refund;
 *      see typo-index.ts), weighted as MiniSearch weighs its own fuzzy matches;
 *   4. a split into known parts for German compounds ("Lieferverzögerung" → liefer + verzoger),
 *      else the longest known stem prefix ("deliveries" → deliveri).
 * The result is cached per word and the BM25 search then sees exact terms only: doing prefix and
 * fuzzy lookups inside every search made each comment pay for walks through the term tree again.
 * Prefixes come from MiniSearch's SearchableMap over the index terms.
 */

export interface QueryTerm {
  term: string;
  /** Multiplies the term's BM25 score. */
  weight: number;
  /** Stands for the word itself rather than a guessed part (counts for template overlap). */
  primary: boolean;
}

/** MiniSearch's default weights for derived terms. */
const PREFIX_WEIGHT = 0.4;
const FUZZY_WEIGHT = 0.45;
/** A short stem such as "lief" can complete to dozens of terms; the closest ones say enough. */
const MAX_PREFIX_TERMS = 4;
const MAX_TYPO_TERMS = 4;
/** Shortest piece of a compound that counts as a word of its own. */
const MIN_PART = 4;
/** Comments repeat words a lot, and expansion is the costly part of a lookup. */
const CACHE_SIZE = 5000;

export class TermExpander {
  private readonly stems = new SearchableMap<true>();
  private readonly typos = new TypoIndex();
  private readonly cache = new Map<string, QueryTerm[]>();

  /**
   * `vocab`: every index term. `surfaceStems`: indexed words (surface forms) with their stems –
   * those from keywords, titles, examples and descriptions are enough for typos.
   */
  constructor(
    readonly lang: Lang,
    private readonly vocab: ReadonlySet<string>,
    private readonly surfaceStems: ReadonlyMap<string, readonly string[]>,
  ) {
    for (const term of vocab) this.stems.set(term, true);
    for (const surface of surfaceStems.keys()) this.typos.add(surface);
  }

  /** Whether the guide uses this word in some form. */
  knows(word: string): boolean {
    return stemsForWord(this.lang, word).some((t) => this.vocab.has(t));
  }

  /**
   * `guess: false` skips the costly help for unknown words (the comment already used up its
   * budget); such a word then counts for nothing, and nothing is cached for it.
   */
  expand(word: string, guess = true): QueryTerm[] {
    const cached = this.cache.get(word);
    if (cached) return cached;
    if (!guess && !this.knows(word)) return [];
    const out = this.compute(word);
    if (this.cache.size >= CACHE_SIZE) this.cache.clear();
    this.cache.set(word, out);
    return out;
  }

  private compute(word: string): QueryTerm[] {
    const stems = stemsForWord(this.lang, word);
    const surface = surfaceOf(this.lang, word);
    const acc = new Map<string, QueryTerm>();
    const add = (term: string, weight: number, primary = true): void => {
      const prev = acc.get(term);
      if (!prev || prev.weight < weight) acc.set(term, { term, weight, primary: primary || (prev?.primary ?? false) });
    };

    const known = stems.filter((t) => this.vocab.has(t));
    const lemmas =
      this.lang === 'de'
        ? [...new Set(germanVerbLemmas(surface).flatMap((w) => stemsForWord('de', w)))].filter((t) => this.vocab.has(t) && !stems.includes(t))
        : [];
    if (known.length > 0 || lemmas.length > 0) {
      for (const t of known) add(t, 1);
      // "führt" is known from an example, yet the keywords say "führen": both count, the guess less.
      for (const t of lemmas) add(t, known.length > 0 ? 0.6 : 0.9);
      return [...acc.values()];
    }

    for (const t of stems) {
      if (t.length < 4) continue;
      const completions = [...this.stems.atPrefix(t).keys()]
        .filter((c) => c !== t)
        .sort((a, b) => a.length - b.length || (a < b ? -1 : 1))
        .slice(0, MAX_PREFIX_TERMS);
      for (const c of completions) add(c, PREFIX_WEIGHT * (c.length / (c.length + 0.3 * (c.length - t.length))));
    }
    // The word's own stem only: a rebuilt infinitive would count the same guess twice.
    for (const match of this.typos.near(surface).slice(0, MAX_TYPO_TERMS)) {
      const t = this.surfaceStems.get(match)?.[0];
      if (t !== undefined) add(t, FUZZY_WEIGHT * (match.length / (match.length + 1)));
    }
    const parts = this.lang === 'de' ? this.splitCompound(surface) : [];
    const guesses = parts.length > 0 ? parts : [this.longestKnownPrefix(stems[0] ?? surface)].filter((t): t is string => t !== null);
    for (const t of guesses) add(t, 0.7, false);
    return [...acc.values()];
  }

  /**
   * The index term for a piece of a compound, if the guide knows the piece; `inflected` tails are
   * stemmed. A three-letter piece must be a word the guide lists ("App", "Abo"): as the stem of a
   * longer word it matches by chance ("Ost" of Ostern in "Österreich").
   */
  private knownPart(part: string, inflected: boolean): string | null {
    if (part.length < 3) return null;
    if (part.length < MIN_PART) return this.surfaceStems.get(part)?.[0] ?? null;
    if (this.vocab.has(part)) return part;
    const asWord = this.surfaceStems.get(part)?.[0];
    if (asWord !== undefined) return asWord;
    if (!inflected || part.length > 20) return null;
    const stemmed = stem(this.lang, part);
    return stemmed.length >= 3 && this.vocab.has(stemmed) ? stemmed : null;
  }

  /**
   * German compounds the guide does not list ("Lieferverzögerung", "Rückerstattungsantrag"): the
   * best split into a known head (as it is, or without its linking s) and a known, possibly
   * inflected tail. One known part alone must carry at least half the word and leave a rest long
   * enough to be a word of its own ("Express|lieferung"), or "Kon|trolle" would be about trolls.
   */
  private splitCompound(word: string): string[] {
    if (word.length < 7 || word.length > 30) return [];
    let best: string[] = [];
    let bestCover = 0;
    for (let i = 3; i <= word.length - 3; i++) {
      const head = word.slice(0, i);
      const tail = word.slice(i);
      const headTerm = this.knownPart(head, false) ?? (head.endsWith('s') ? this.knownPart(head.slice(0, -1), false) : null);
      const tailTerm = this.knownPart(tail, true);
      let cover = 0;
      // Both parts known beats one; then splits without a three-letter part.
      if (headTerm && tailTerm) cover = 100 + (head.length >= MIN_PART ? head.length : 0) + (tail.length >= MIN_PART ? tail.length : 0);
      else if (headTerm || tailTerm) {
        const known = headTerm ? head.length : tail.length;
        if (known * 2 >= word.length && word.length - known >= MIN_PART) cover = known;
      }
      if (cover > bestCover) {
        bestCover = cover;
        best = [...new Set([headTerm, tailTerm].filter((t): t is string => t !== null))];
      }
    }
    return best;
  }

  /** Snowball stems disagree now and then ("deliveri" / "deliv"): the longest known prefix of a stem. */
  private longestKnownPrefix(term: string): string | null {
    const min = Math.max(4, Math.ceil(term.length * 0.6));
    for (let i = term.length - 1; i >= min; i--) {
      const head = term.slice(0, i);
      if (this.vocab.has(head)) return head;
    }
    return null;
  }
}
