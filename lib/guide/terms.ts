import { stemmer as stemGerman } from '@orama/stemmers/german';
import { stemmer as stemEnglish } from '@orama/stemmers/english';
import type { Lang } from './model';
import { isStopword } from './stopwords';

/**
 * Words → index terms. The index holds Snowball stems, which unite inflections ("Lieferungen" /
 * "Lieferung"); surface forms are kept beside it for typos (query-terms.ts), because a typo usually
 * breaks the stem ("Lieferunng" stems to itself).
 */

const STEMMERS: Record<Lang, (word: string) => string> = { de: stemGerman, en: stemEnglish };

/** A word, or one emoji: "👍" and "😡" say as much about a comment as a word, and topics may list them. */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*|\p{Extended_Pictographic}/gu;
const PICTOGRAPH = /^\p{Extended_Pictographic}$/u;

/** Lowercased words and emoji, apostrophes unified; hyphenated words split (Sendungs-Nummer → two words). */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const m of text.normalize('NFC').toLowerCase().matchAll(WORD)) out.push(m[0].replace(/’/g, "'"));
  return out;
}

export const isEmoji = (word: string): boolean => PICTOGRAPH.test(word);

/**
 * One-letter words carry no topic; an emoji does. Beyond 40 letters a "word" is a link or noise,
 * not even a German compound ("Rechtsschutzversicherungsgesellschaften" has 39), and typo and
 * compound handling would cost time in proportion to its length squared.
 */
export const MAX_WORD_LENGTH = 40;
export const isTooShort = (word: string): boolean => word.length < 2 && !isEmoji(word);
export const isIndexable = (word: string): boolean => !isTooShort(word) && word.length <= MAX_WORD_LENGTH;

/** The Snowball German stemmer folds umlauts too; folding the surface form keeps both in one alphabet. */
export const foldUmlauts = (word: string): string =>
  word.replace(/[äöüß]/g, (c) => (c === 'ä' ? 'a' : c === 'ö' ? 'o' : c === 'ü' ? 'u' : 'ss'));

const SEPARABLE = '(?:zurück|wieder|heraus|durch|nach|rein|raus|weg|auf|aus|ein|mit|vor|los|her|hin|ab|an|zu|um)';
/** ge-participles, also inside separable verbs (zurückgeschickt, angekommen). */
const PARTICIPLE = new RegExp(`^(${SEPARABLE}?)ge([a-zäöüß]{3,}?)(et|t|en)$`);

/**
 * Snowball leaves participles alone ("geliefert", "zurückgeschickt"); rebuilding the
 * infinitive lets them meet "liefern" and "zurückschicken" in the index.
 */
function germanWordForms(word: string): string[] {
  const m = word.length >= 7 ? PARTICIPLE.exec(word) : null;
  if (!m) return [word];
  const prefix = m[1] ?? '';
  const rest = m[2] ?? '';
  const forms = [word, `${prefix}${rest}en`];
  if (/[el]$|er$/.test(rest)) forms.push(`${prefix}${rest}n`);
  return forms;
}

/**
 * Infinitives behind inflected German verb forms, which Snowball leaves alone ("führt", "kostete",
 * "bietet" stay as they are while the guide says "führen", "kosten", "anbieten"). Only tried for
 * words the guide does not know, so a noun ending in -t ("Arbeit") is not bent out of shape.
 */
export function germanVerbLemmas(word: string): string[] {
  if (word.length < 4) return [];
  const m = /^(.{2,}?)(?:test|tet|ten|te|est|et|st|t)$/.exec(word);
  if (!m) return [];
  const base = m[1] ?? '';
  const out = new Set([`${base}en`]);
  if (/e[lr]$/.test(base)) out.add(`${base}n`);
  return [...out].filter((w) => w !== word);
}

/** Snowball costs microseconds per call and comments and replies repeat their words all the time. */
const STEM_CACHE_SIZE = 20_000;
const stemCache: Record<Lang, Map<string, string>> = { de: new Map(), en: new Map() };

export function stem(lang: Lang, word: string): string {
  const cache = stemCache[lang];
  let stemmed = cache.get(word);
  if (stemmed === undefined) {
    stemmed = STEMMERS[lang](word);
    if (cache.size >= STEM_CACHE_SIZE) cache.clear();
    cache.set(word, stemmed);
  }
  return stemmed;
}

/**
 * Index terms for one word: its Snowball stems (several for a rebuilt participle). Not a stopword
 * check: callers decide. An emoji is its own term.
 */
export function stemsForWord(lang: Lang, word: string): string[] {
  if (isEmoji(word)) return [word];
  const forms = lang === 'de' ? germanWordForms(word) : [word];
  const out = new Set<string>();
  for (const form of forms) {
    const stemmed = stem(lang, form);
    out.add(stemmed.length >= 2 ? stemmed : form);
  }
  return [...out];
}

/** The word as written, umlauts folded in German like the stems: what typos are measured against. */
export const surfaceOf = (lang: Lang, word: string): string => (lang === 'de' ? foldUmlauts(word) : word);

/** Content words of a text: stopwords, one-letter words and overlong strings dropped. */
export function contentWords(lang: Lang, text: string): string[] {
  return words(text).filter((w) => isIndexable(w) && !isStopword(lang, w));
}
