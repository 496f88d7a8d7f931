/**
 * How long X counts a post: its "weighted length", after twitter-text (v3 configuration), simplified.
 * X refuses (greys out its Reply button for) a post over X_POST_LIMIT of these.
 *
 * - The text is counted in Unicode NFC, code point by code point.
 * - A code point in 0–4351 (Latin, Greek, Cyrillic, Hebrew, Arabic, Indic scripts …), 8192–8205,
 *   8208–8223 or 8242–8247 (spaces, dashes, quotes, primes) weighs 1; every other one (CJK, emoji, …) 2.
 * - An emoji sequence (a pictograph with its variation selector, skin tone and zero-width joiners, a
 *   flag, a keycap) weighs 2 as a whole.
 * - A link weighs 23 whatever its length (X shortens it to t.co). Only links written with http(s)://
 *   or www. are recognised here; a bare "example.com" counts by its characters, which is less than 23,
 *   so the check can only ever be too lenient there, never warn wrongly.
 *
 * No DOM, no Intl.Segmenter: the content script counts in the host page on every keystroke.
 */
export const X_POST_LIMIT = 280;

/** A link as X sees one; punctuation at its end ("see https://x.com/help.") is not part of it. */
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"]+[^\s<>".,;:!?)\]}'»”’]/giu;

const PICTO = '\\p{Extended_Pictographic}(?:\\uFE0F|\\p{Emoji_Modifier})?';
/**
 * One emoji sequence: regional-indicator pairs (flags), keycaps, and pictographs joined by U+200D, each
 * with an optional variation selector or skin tone, and tag sequences (subdivision flags).
 */
const EMOJI = new RegExp(
  `[\\u{1F1E6}-\\u{1F1FF}]{2}|[0-9#*]\\uFE0F?\\u20E3|${PICTO}(?:\\u200D${PICTO})*[\\u{E0020}-\\u{E007F}]*`,
  'gu',
);

/** The weight of one code point outside links and emoji. */
function weight(cp: number): 1 | 2 {
  return cp <= 4351 || (cp >= 8192 && cp <= 8205) || (cp >= 8208 && cp <= 8223) || (cp >= 8242 && cp <= 8247) ? 1 : 2;
}

/** The weight of a run of plain text (no links, no emoji). */
function plain(text: string): number {
  let n = 0;
  for (const ch of text) n += weight(ch.codePointAt(0)!);
  return n;
}

/** The weight of text without links: emoji sequences 2 each, the rest by code point. */
function withoutLinks(text: string): number {
  let n = 0;
  let at = 0;
  for (const m of text.matchAll(EMOJI)) {
    const seq = m[0];
    n += plain(text.slice(at, m.index));
    // "©" and "®" are pictographs too, but written without U+FE0F they are plain Latin-1 for X.
    n += seq.length === 1 && !seq.includes('\uFE0F') ? weight(seq.codePointAt(0)!) : 2;
    at = m.index + seq.length;
  }
  return n + plain(text.slice(at));
}

/** X's weighted length of a post's text (see above). */
export function xWeightedLength(text: string): number {
  const normal = text.normalize('NFC');
  let n = 0;
  let at = 0;
  for (const m of normal.matchAll(URL)) {
    n += withoutLinks(normal.slice(at, m.index)) + 23;
    at = m.index + m[0].length;
  }
  return n + withoutLinks(normal.slice(at));
}

/** How many weighted characters the text is over X's limit; 0 when it fits. */
export function xCharactersOver(text: string): number {
  return Math.max(0, xWeightedLength(text) - X_POST_LIMIT);
}
