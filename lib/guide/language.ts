import type { Lang } from './model';
import { STOPWORDS } from './stopwords';

/**
 * Cheap German-vs-English detection for short social media comments: count function
 * words of each language plus a few greeting, thanks and support words. Words both languages use
 * in everyday comments ("in", "so", "was", "will", "Hi") count for neither. Umlauts and ß only
 * break a tie: an English comment names Düsseldorf or Köln as often as a German one does.
 */

const AMBIGUOUS: ReadonlySet<string> = new Set([
  'in', 'so', 'was', 'will', 'die', 'also', 'war', 'an', 'am', 'hat', 'bin', 'um', 'man', 'super',
  // German comments open with "Hi" and "Hey" as often as English ones do.
  'hi', 'hey',
]);

/** Words that are not function words but are everywhere in support comments. */
const EXTRA: Record<Lang, readonly string[]> = {
  de: [
    'hallo', 'danke', 'dank', 'gibt', 'bleibt', 'kommt', 'wann', 'wo', 'wie', 'warum', 'wieso', 'geht', 'gut', 'leider', 'schon', 'heute',
    'mein', 'meine', 'bestellung', 'bestellt', 'paket', 'lieferung', 'geld', 'zurück', 'bekommen', 'toll', 'geöffnet', 'offen',
    'öffnungszeiten', 'rechnung',
  ],
  en: [
    'hello', 'thanks', 'thank', 'where', 'when', 'why', 'how', 'get', 'got', 'want', 'order', 'ordered', 'parcel', 'delivery', 'money', 'back',
    'still', 'great', 'love', 'today', 'yet', 'already', 'open', 'opening', 'hours', 'invoice',
  ],
};

const MARKERS: Record<Lang, ReadonlySet<string>> = {
  de: new Set([...STOPWORDS.de, ...EXTRA.de].filter((w) => !AMBIGUOUS.has(w))),
  en: new Set([...STOPWORDS.en, ...EXTRA.en].filter((w) => !AMBIGUOUS.has(w))),
};

const WORD = /[\p{L}]+(?:['’][\p{L}]+)*/gu;
const GERMAN_LETTERS = /[äöüß]/iu;

/** Says nothing about the language on its own, whatever else it may say ("Hi", "so", "in"). */
export const isAmbiguousWord = (word: string): boolean => AMBIGUOUS.has(word);

export const hasGermanLetters = (text: string): boolean => GERMAN_LETTERS.test(text);

export interface LanguageScores {
  de: number;
  en: number;
}

/** How many marker words of each language the text has. */
export function languageScores(text: string): LanguageScores {
  const scores: LanguageScores = { de: 0, en: 0 };
  for (const m of text.toLowerCase().matchAll(WORD)) {
    const word = m[0].replace(/’/g, "'");
    if (MARKERS.de.has(word)) scores.de += 1;
    if (MARKERS.en.has(word)) scores.en += 1;
  }
  return scores;
}

/**
 * German or English by marker words; on a tie umlauts or ß say German, else `fallback` (German by
 * default: Moderato serves German-speaking pages).
 */
export function detectLanguage(text: string, fallback: Lang = 'de'): Lang {
  const { de, en } = languageScores(text);
  if (de !== en) return de > en ? 'de' : 'en';
  return hasGermanLetters(text) ? 'de' : fallback;
}
