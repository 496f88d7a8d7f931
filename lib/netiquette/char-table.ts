import { resolveConfusablesTransformer, resolveLeetSpeakTransformer } from 'obscenity';

/**
 * One lookup per UTF-16 unit tells the normaliser everything it needs about a character, so the hot
 * loop never calls toLowerCase, normalize or a Map. The table is derived once from obscenity's
 * confusable and leetspeak transformers (so we inherit their curated mappings) plus German letters,
 * which obscenity would flatten wrongly (it maps "ß" to "B" and "ä" to "a"), and filled in from
 * compatibility decomposition (NFKC) and the layout of the mathematical alphabets where obscenity
 * knows a style of "fancy text" only in part.
 *
 * Entry layout (16 bits):
 *   bits 0-4   first letter code (1 = a … 26 = z)
 *   bits 5-9   second letter code for ligature-like letters (ä → a e, ß → s s), else 0
 *   bits 10-12 class (see CLS_*)
 *   bit 13     upper-case letter (for shouting)
 *   bit 14     ASCII digit
 *   bit 15     lower-case letter
 */
export const CLS_SEP = 0;
export const CLS_LETTER = 1;
/** A digit that reads as a letter in leetspeak (0 → o, 3 → e …). */
export const CLS_LEET_DIGIT = 2;
/** "$" and "@": letters inside words, but "@" opens a mention at a word start. */
export const CLS_LEET_SYM = 3;
/** "(", "|", "/", "!": letters only between letters, otherwise punctuation. */
export const CLS_LEET_INNER = 4;
/** Characters people insert to break words up ("A.r.s.c.h", "Idi-ot"); dropped inside words. */
export const CLS_JOINER = 5;
/** "*" masking ("sh*t", "A****loch"). */
export const CLS_WILD = 6;
/** Invisible characters (zero-width, soft hyphen, combining marks): ignored entirely. */
export const CLS_SKIP = 7;

export const F_UPPER = 1 << 13;
export const F_DIGIT = 1 << 14;
export const F_LOWER = 1 << 15;

const code = (ch: string): number => ch.charCodeAt(0) - 96;
const entry = (cls: number, l1 = 0, l2 = 0, flags = 0): number => l1 | (l2 << 5) | (cls << 10) | flags;

const GERMAN: Record<string, string> = {
  ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', ẞ: 'ss', Ä: 'ae', Ö: 'oe', Ü: 'ue', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe',
};

const INVISIBLE = [0x00ad, 0x034f, 0x061c, 0x115f, 0x1160, 0x17b4, 0x17b5, 0x180e, 0x3164, 0xfeff, 0xffa0];
const INVISIBLE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0300, 0x036f], // combining diacritics: "ï" written as i + U+0308
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x2064],
  [0x206a, 0x206f],
  [0xfe00, 0xfe0f], // variation selectors
  [0xfe20, 0xfe2f],
];

/** Astral blocks where obscenity's confusables live (mathematical alphanumerics, enclosed letters …). */
const ASTRAL_BLOCKS: ReadonlyArray<readonly [number, number]> = [
  [0x10200, 0x104ff],
  [0x1d400, 0x1d7ff],
  [0x1f100, 0x1f1ff],
  [0x1f700, 0x1f7ff],
];

/**
 * "Fancy text" generators map A-Z a-z onto the Mathematical Alphanumeric Symbols: 13 alphabets of
 * 52 letters side by side from U+1D400, then digits in five styles from U+1D7CE. Reading them by
 * position covers every style, and also the unassigned holes (U+1D455 where italic "h" would be)
 * that naive generators emit instead of the Letterlike Symbols the standard puts there.
 */
const MATH_LETTERS: readonly [number, number] = [0x1d400, 0x1d6a3];
const MATH_DIGITS: readonly [number, number] = [0x1d7ce, 0x1d7ff];
/** Negative circled and negative squared capitals ("🅐", "🅰"): no compatibility decomposition. */
const NEGATIVE_LETTERS: readonly number[] = [0x1f150, 0x1f170];

/**
 * Letters shaped like an "i" without its dot. obscenity reads them as "l"; as the dotless, Greek
 * and Cyrillic i they are, "Idιοt" and "Іdіot" are "idiot" (a Latin capital I already reads as i).
 */
const I_LIKE: readonly number[] = [0x0131, 0x0269, 0x026a, 0x0399, 0x03b9, 0x0406, 0x0456, 0x1fbe];

/** Ligatures whose compatibility form is two letters ("ﬁ" → f i); both fit one entry. */
const LIGATURES: readonly [number, number] = [0xfb00, 0xfb06];

/**
 * The BMP ranges where a compatibility decomposition yields one Latin letter (checked over the
 * whole BMP once; sweeping all of it on every page load cost 50 ms of NFKC calls), plus the ligatures.
 */
const COMPATIBILITY_LETTERS: ReadonlyArray<readonly [number, number]> = [
  [0x00aa, 0x00ba], [0x017f, 0x017f], [0x02b0, 0x02e3], [0x1d2c, 0x1dbb], [0x2071, 0x209c], [0x2102, 0x217f],
  [0x24b6, 0x24e9], [0x2c7c, 0x2c7d], [0xa7f1, 0xa7f4], [0xff21, 0xff5a], LIGATURES,
];

export interface CharTable {
  readonly bmp: Uint16Array;
  readonly astral: ReadonlyMap<number, number>;
}

let cached: CharTable | undefined;

/** Built lazily on first use (a few milliseconds), never at import, so loading the module stays free. */
export function charTable(): CharTable {
  cached ??= buildCharTable();
  return cached;
}

function letterEntryFor(target: number, upper: boolean): number {
  let t = target;
  if (t >= 65 && t <= 90) t += 32;
  if (t >= 97 && t <= 122) return entry(CLS_LETTER, t - 96, 0, upper ? F_UPPER : F_LOWER);
  return -1;
}

/** Ranges where upper/lower case is worth knowing for shouting; elsewhere letters count as uncased. */
const CASED_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x00c0, 0x052f], // Latin-1 … Cyrillic supplement
  [0x1e00, 0x1fff], // Latin extended additional, Greek extended
  [0xff21, 0xff5a], // fullwidth Latin
];

/** Symbols obscenity reads as letters ("€" as e, "©" as c) but which in comments are just symbols. */
const NOT_LETTERS: ReadonlyArray<readonly [number, number]> = [
  [0x00a2, 0x00a9],
  [0x00ae, 0x00b0],
  [0x20a0, 0x20cf],
  [0x2100, 0x214f],
];

function buildCharTable(): CharTable {
  const bmp = new Uint16Array(65536); // 0 = separator
  const confusables = resolveConfusablesTransformer().transform;
  const leet = resolveLeetSpeakTransformer().transform;

  for (let cp = 0; cp < 128; cp++) {
    let e: number;
    if (cp >= 65 && cp <= 90) e = entry(CLS_LETTER, cp - 64, 0, F_UPPER);
    else if (cp >= 97 && cp <= 122) e = entry(CLS_LETTER, cp - 96, 0, F_LOWER);
    else if (cp >= 48 && cp <= 57) {
      const l = leet(cp) ?? cp;
      e = l >= 97 && l <= 122 ? entry(CLS_LEET_DIGIT, l - 96, 0, F_DIGIT) : entry(CLS_SEP, 0, 0, F_DIGIT);
    } else if (cp === 36 || cp === 64) e = entry(CLS_LEET_SYM, (leet(cp) ?? 97) - 96);
    else if (cp === 40 || cp === 124 || cp === 47 || cp === 33) e = entry(CLS_LEET_INNER, (leet(cp) ?? 105) - 96);
    else if (cp === 46 || cp === 45 || cp === 95 || cp === 39 || cp === 96) e = entry(CLS_JOINER);
    else if (cp === 42) e = entry(CLS_WILD);
    else e = entry(CLS_SEP);
    bmp[cp] = e;
  }

  // Look-alikes first (cheap map probes), then accents, then case; later steps only fill gaps.
  for (let cp = 128; cp < 65536; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const mapped = confusables(cp);
    if (mapped === undefined || mapped === cp) continue;
    if (mapped >= 48 && mapped <= 57) {
      const l = leet(mapped) ?? mapped;
      if (l >= 97 && l <= 122) bmp[cp] = entry(CLS_LEET_DIGIT, l - 96);
    } else {
      const e = letterEntryFor(mapped, mapped >= 65 && mapped <= 90);
      if (e >= 0) bmp[cp] = e;
    }
  }
  for (const [a, b] of NOT_LETTERS) for (let cp = a; cp <= b; cp++) bmp[cp] = entry(CLS_SEP);
  for (const [a, b] of [[0xc0, 0x24f], [0x1e00, 0x1eff]] as Array<[number, number]>) {
    for (let cp = a; cp <= b; cp++) {
      if (bmp[cp] !== 0 || cp === 0xd7 || cp === 0xf7) continue;
      // Accented Latin letters fold to their base letter ("é" → e) via canonical decomposition.
      const ch = String.fromCharCode(cp);
      const e = letterEntryFor(ch.normalize('NFD').charCodeAt(0), ch !== ch.toLowerCase());
      if (e >= 0) bmp[cp] = e;
    }
  }
  for (const cp of I_LIKE) bmp[cp] = letterEntryFor(105, String.fromCharCode(cp) !== String.fromCharCode(cp).toLowerCase());
  // What neither list knows, compatibility decomposition often does: script and Fraktur capitals
  // among the Letterlike Symbols ("ℌ", "ℎ"), small roman numerals, superscript and circled letters.
  for (const [a, b] of COMPATIBILITY_LETTERS) {
    for (let cp = a; cp <= b; cp++) {
      if (bmp[cp] !== 0) continue;
      const nf = String.fromCharCode(cp).normalize('NFKC');
      if (nf.length === 1) {
        const e = letterEntryFor(nf.charCodeAt(0), nf >= 'A' && nf <= 'Z');
        if (e >= 0) bmp[cp] = e;
      } else if (nf.length === 2 && cp >= LIGATURES[0] && cp <= LIGATURES[1] && /^[a-z]{2}$/.test(nf)) {
        bmp[cp] = entry(CLS_LETTER, code(nf[0] ?? 'a'), code(nf[1] ?? 'a'), F_LOWER);
      }
    }
  }
  for (const [a, b] of CASED_RANGES) {
    for (let cp = a; cp <= b; cp++) {
      const ch = String.fromCharCode(cp);
      const lo = ch.toLowerCase();
      const up = ch.toUpperCase();
      if (lo === up) continue;
      const flag = ch !== lo ? F_UPPER : F_LOWER;
      bmp[cp] = ((bmp[cp] ?? 0) & ~(F_UPPER | F_LOWER)) | flag;
    }
  }
  for (const [ch, pair] of Object.entries(GERMAN)) {
    const cp = ch.charCodeAt(0);
    bmp[cp] = entry(CLS_LETTER, code(pair[0] ?? 'a'), code(pair[1] ?? 'e'), ch !== ch.toLowerCase() ? F_UPPER : F_LOWER);
  }
  for (const cp of INVISIBLE) bmp[cp] = entry(CLS_SKIP);
  for (const [a, b] of INVISIBLE_RANGES) for (let cp = a; cp <= b; cp++) bmp[cp] = entry(CLS_SKIP);
  for (const cp of [0x2019, 0x2018, 0x00b7, 0x2022, 0x2010, 0x2011]) bmp[cp] = entry(CLS_JOINER);

  const astral = new Map<number, number>();
  for (const [a, b] of ASTRAL_BLOCKS) {
    for (let cp = a; cp <= b; cp++) {
      const e = astralEntry(cp, bmp, confusables, leet);
      if (e > 0) astral.set(cp, e);
    }
  }
  return { bmp, astral };
}

function astralEntry(
  cp: number,
  bmp: Uint16Array,
  confusables: (c: number) => number | undefined,
  leet: (c: number) => number | undefined,
): number {
  if (cp >= MATH_LETTERS[0] && cp <= MATH_LETTERS[1]) {
    const k = (cp - MATH_LETTERS[0]) % 52;
    return k < 26 ? entry(CLS_LETTER, k + 1, 0, F_UPPER) : entry(CLS_LETTER, k - 25, 0, F_LOWER);
  }
  if (cp >= MATH_DIGITS[0] && cp <= MATH_DIGITS[1]) {
    const l = leet(48 + ((cp - MATH_DIGITS[0]) % 10)) ?? 0;
    return l >= 97 && l <= 122 ? entry(CLS_LEET_DIGIT, l - 96) : 0;
  }
  for (const base of NEGATIVE_LETTERS) if (cp >= base && cp < base + 26) return entry(CLS_LETTER, cp - base + 1, 0, F_UPPER);
  const mapped = confusables(cp);
  if (mapped !== undefined && mapped !== cp) {
    const e = letterEntryFor(mapped, mapped >= 65 && mapped <= 90);
    if (e >= 0) return e;
  }
  // Mathematical Greek, squared and parenthesised letters: their compatibility form, read as the
  // table reads it ("𝛊" → "ι" → i).
  const nf = String.fromCodePoint(cp).normalize('NFKC');
  if (nf.length !== 1) return 0;
  const e = bmp[nf.charCodeAt(0)] ?? 0;
  return ((e >> 10) & 7) === CLS_LETTER ? e : 0;
}
