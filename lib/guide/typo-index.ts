/**
 * Words within one typo of a given word: one letter missing, extra, wrong, or two neighbours
 * swapped ("Lieferunng", "delivry", "refnud"). Symmetric deletes: every known word is stored under
 * itself and under each variant with one letter deleted, so a lookup costs a few map reads. On a
 * guide's vocabulary MiniSearch's fuzzy search took 60 µs per word at distance 1 and 240 µs at
 * distance 2 – alone more than the whole ranking budget – while this takes about one.
 */

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** One insertion, deletion, substitution or swap of neighbours (restricted Damerau–Levenshtein ≤ 1). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

export class TypoIndex {
  private readonly words = new Set<string>();
  private readonly byDeletion = new Map<string, string[]>();

  /** Shorter words are left out: one typo in three letters makes another word too easily. */
  constructor(private readonly minLength = 4) {}

  add(word: string): void {
    if (word.length < this.minLength || this.words.has(word)) return;
    this.words.add(word);
    for (const d of deletions(word)) {
      const list = this.byDeletion.get(d);
      if (list) {
        if (list[list.length - 1] !== word) list.push(word);
      } else this.byDeletion.set(d, [word]);
    }
  }

  /** Known words one typo away from `word`, nearest spelling first is not implied: all have distance 1. */
  near(word: string): string[] {
    if (word.length < this.minLength - 1) return [];
    const found = new Set<string>();
    // The word lacks a letter.
    for (const w of this.byDeletion.get(word) ?? []) found.add(w);
    for (const d of deletions(word)) {
      // The word has an extra letter.
      if (this.words.has(d)) found.add(d);
      // A wrong letter or swapped neighbours (both sides lose one letter).
      for (const w of this.byDeletion.get(d) ?? []) found.add(w);
    }
    found.delete(word);
    return [...found].filter((w) => withinOneEdit(word, w)).sort();
  }
}
