import type { Lang } from './model';
import { STOPWORDS } from './stopwords';

/**
 * Cheap German-vs-English detection for short social media comments: count function
 * words of each language plus a few greeting and thanks words, and give umlauts and ß to
 * German. Words both languages use in everyday comments ("in", "so", "was", "will") count
 * for neither.
 */

const AMBIGUOUS: ReadonlySet<string> = new Set([
  'in', 'so', 'was', 'will', 'die', 'also', 'war', 'an', 'am', 'hat', 'bin', 'um', 'man', 'super',
]);

/** Words that are not function words but are everywhere in support comments. */
const EXTRA: Record<Lang, readonly string[]> = {
  de: ['hallo', 'danke', 'dank', 'gibt', 'bleibt', 'kommt', 'wann', 'wo', 'wie', 'warum', 'wieso', 'geht', 'gut', 'leider', 'schon', 'heute', 'mein', 'meine', 'bestellung', 'paket', 'geld', 'zurück', 'bekommen', 'toll'],
  en: ['hello', 'hi', 'hey', 'thanks', 'thank', 'where', 'when', 'why', 'how', 'get', 'got', 'want', 'order', 'money', 'back', 'still', 'great', 'love', 'today', 'yet', 'already'],
};

const MARKERS: Record<Lang, ReadonlySet<string>> = {
  de: new Set([...STOPWORDS.de, ...EXTRA.de].filter((w) => !AMBIGUOUS.has(w))),
  en: new Set([...STOPWORDS.en, ...EXTRA.en].filter((w) => !AMBIGUOUS.has(w))),
};

const WORD = /[\p{L}]+(?:['’][\p{L}]+)*/gu;
const GERMAN_LETTERS = /[äöüß]/giu;

export interface LanguageScores {
  de: number;
  en: number;
}

export function languageScores(text: string): LanguageScores {
  const scores: LanguageScores = { de: 0, en: 0 };
  for (const m of text.toLowerCase().matchAll(WORD)) {
    const word = m[0].replace(/’/g, "'");
    if (MARKERS.de.has(word)) scores.de += 1;
    if (MARKERS.en.has(word)) scores.en += 1;
  }
  // Capped so one long German compound does not outvote a whole English sentence.
  scores.de += Math.min(3, (text.match(GERMAN_LETTERS) ?? []).length) * 0.75;
  return scores;
}

/** German or English; `fallback` (German by default: Moderato serves German-speaking pages) on a tie. */
export function detectLanguage(text: string, fallback: Lang = 'de'): Lang {
  const { de, en } = languageScores(text);
  if (de === en) return fallback;
  return de > en ? 'de' : 'en';
}
