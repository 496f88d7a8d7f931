import {
  charTable,
  CLS_JOINER,
  CLS_LEET_DIGIT,
  CLS_LEET_INNER,
  CLS_LEET_SYM,
  CLS_LETTER,
  CLS_SEP,
  CLS_SKIP,
  CLS_WILD,
  F_DIGIT,
  F_LOWER,
  F_UPPER,
} from './char-table';

/**
 * The skeleton: a comment reduced to what a term list can match against, in one linear pass.
 * Codes: 0 word boundary, 1-26 letters a-z, 27 a masking "*". Letters are lower-cased, look-alikes
 * and leetspeak resolved, umlauts spelt out (ä → ae), stretched letters collapsed, inserted dots,
 * hyphens and invisible characters dropped (except a full stop that ends a sentence, "an.Alles"),
 * and spaced-out single letters ("f u c k") joined.
 * Every skeleton character remembers where in the original it starts, and every boundary where
 * the word before it ended, so matches map back to offsets in the text the user sees. There is
 * always a boundary at both ends, which spares the matcher all bounds checks.
 */
export const BOUNDARY = 0;
export const WILD = 27;
export const ALPHABET = 28;

/**
 * How many repeats of a letter survive. Same thresholds as obscenity's English preset so its
 * patterns (written for that collapsing, e.g. "bas[s]tard") keep meaning what they meant; doubled
 * b/e/o/l/s/g stay because they separate words ("ass" from "as", "voll" from "vol").
 */
const KEEP = new Uint8Array(ALPHABET).fill(1);
for (const ch of 'beolsg') KEEP[ch.charCodeAt(0) - 96] = 2;

/** True for the letters whose doubles survive (b, e, o, l, s, g): the term compiler adds stretched variants for them. */
export function keepsDouble(code: number): boolean {
  return (KEEP[code] ?? 1) > 1;
}

/** Longest gap (in UTF-16 units) between spaced-out single letters that still joins them. */
const MAX_SPACED_GAP = 3;

export class Skeleton {
  codes = new Uint8Array(256);
  /** Letters: original start offset. Boundaries: original end offset of the word before. */
  from = new Int32Array(256);
  length = 0;
  /** Cased letters and how many of them are capitals (for shouting). */
  cased = 0;
  upper = 0;
  /**
   * Letters in the longest row of all-capital words (two letters or more each), so shouting
   * inside an otherwise normal comment is known without a second pass over the text.
   */
  capsRun = 0;
  digits = 0;
  ats = 0;
  /**
   * "@" that could end an e-mail's local part: after a letter, digit or one of ". _ % + -", or
   * anywhere inside a link. Without one, the e-mail search has nothing to find.
   */
  emailAts = 0;
  /** "(", "[", "{" and "<", which an address written "(at)" needs: spares four indexOf scans. */
  brackets = 0;
  exclamations = 0;
  /** Masking "*" kept inside words; enables the matcher's wildcard path. */
  wilds = 0;
  /** Spans of http(s):// and www. links, skipped by the term layer, counted by spam. */
  urlStarts: number[] = [];
  urlEnds: number[] = [];

  ensure(capacity: number): void {
    if (this.codes.length >= capacity) return;
    let n = this.codes.length;
    while (n < capacity) n *= 2;
    this.codes = new Uint8Array(n);
    this.from = new Int32Array(n);
  }

  /** Original end offset (exclusive) of the skeleton character at i. */
  endOf(i: number): number {
    return this.from[i + 1] ?? this.from[i] ?? 0;
  }

  /** The skeleton letters between two indices as a string ("" for boundaries becomes " "). */
  slice(start: number, endInclusive: number): string {
    let s = '';
    for (let i = start; i <= endInclusive; i++) {
      const c = this.codes[i] ?? 0;
      s += c === BOUNDARY ? ' ' : c === WILD ? '*' : String.fromCharCode(96 + c);
    }
    return s;
  }
}

// Characters are read as `String.prototype.charCodeAt.call(text, i)`, not `text.charCodeAt(i)`.
// Comments reach the detector as every kind of V8 string (one- or two-byte, sliced, internalized
// literals while the lists compile): more string maps than the inline cache of a `text.charCodeAt`
// site holds, so every character paid a megamorphic property lookup and a call to the builtin.
// Reached through the global, the method is a constant TurboFan inlines for any string, which made
// the whole detector about 15 % faster.

function isSpace(c: number): boolean {
  return c <= 32 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x3000;
}

/** A character that may precede "@" in an e-mail address (personal-data.ts's isLocalChar). */
function isLocalChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45
  );
}

function lower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** "http://", "https://" or "www." at i, case-insensitively, without building strings. */
function isUrlAt(text: string, i: number): boolean {
  const at = String.prototype.charCodeAt;
  const c0 = lower(at.call(text, i));
  if (c0 === 119) return lower(at.call(text, i + 1)) === 119 && lower(at.call(text, i + 2)) === 119 && at.call(text, i + 3) === 46;
  if (c0 !== 104) return false;
  if (lower(at.call(text, i + 1)) !== 116 || lower(at.call(text, i + 2)) !== 116 || lower(at.call(text, i + 3)) !== 112) return false;
  let j = i + 4;
  if (lower(at.call(text, j)) === 115) j++;
  return at.call(text, j) === 58 && at.call(text, j + 1) === 47 && at.call(text, j + 2) === 47;
}

// Classification helpers are module functions rather than closures: buildSkeleton runs once per
// comment at 100k comments a second, and closures would be allocated on every call.
let T: Uint16Array = new Uint16Array(0);
let A: ReadonlyMap<number, number> = new Map();

/** Table entry of the unit at j, resolving surrogate pairs; 0 (separator) past the end. */
function entryAt(text: string, n: number, j: number): number {
  if (j >= n) return 0;
  const c = String.prototype.charCodeAt.call(text, j);
  if (c < 0xd800 || c > 0xdfff) return T[c] ?? 0;
  if (c > 0xdbff) return 0;
  const d = String.prototype.charCodeAt.call(text, j + 1);
  if (d < 0xdc00 || d > 0xdfff) return 0;
  return A.get((c - 0xd800) * 0x400 + d - 0xdc00 + 0x10000) ?? 0;
}

function unitsAt(text: string, n: number, j: number): number {
  const c = String.prototype.charCodeAt.call(text, j);
  return c >= 0xd800 && c <= 0xdbff && j + 1 < n ? 2 : 1;
}

/** Class of the next meaningful unit from j, looking past a few joiners and invisibles. */
function nextClass(text: string, n: number, j: number): number {
  for (let k = 0; k < 4 && j < n; k++) {
    const cls = (entryAt(text, n, j) >> 10) & 7;
    if (cls !== CLS_JOINER && cls !== CLS_SKIP) return cls;
    j += unitsAt(text, n, j);
  }
  return CLS_SEP;
}

/**
 * A "." at i that ends a sentence typed without the space after it ("kam heute an.Alles super"):
 * two lower-case letters before it, a capital and a lower-case letter after it. Read as a joiner
 * there, it glued the sentences into terms ("an.Alles" into "anal"). Disguises keep their dots:
 * they split a word into single letters ("A.r.s.c.h") or keep one case ("ARSCH.LOCH").
 */
function endsSentence(text: string, n: number, i: number): boolean {
  if (i < 2 || i + 2 >= n) return false;
  return (
    letterCased(entryAt(text, n, i - 2), 0) &&
    letterCased(entryAt(text, n, i - 1), F_LOWER) &&
    letterCased(entryAt(text, n, i + 1), F_UPPER) &&
    letterCased(entryAt(text, n, i + 2), F_LOWER)
  );
}

/** A letter entry, of the given case when `flag` is F_UPPER or F_LOWER. */
function letterCased(e: number, flag: number): boolean {
  return ((e >> 10) & 7) === CLS_LETTER && (e & flag) === flag;
}

/** True when leet characters starting at j lead into a real letter ("4rsch", "$h1t"). */
function leetLeadsIntoLetter(text: string, n: number, j: number): boolean {
  for (let k = 0; k < 6 && j < n; k++) {
    const cls = (entryAt(text, n, j) >> 10) & 7;
    if (cls === CLS_LETTER) return true;
    if (cls !== CLS_LEET_DIGIT && cls !== CLS_LEET_SYM && cls !== CLS_SKIP) return false;
    j += unitsAt(text, n, j);
  }
  return false;
}

const ACT_NONE = 0;
const ACT_EMIT = 1;
const ACT_END = 2;

/**
 * Fills `sk` from `text`. Reuses the skeleton's buffers, so a detector allocates nothing per
 * comment in the common case. The loop classifies each unit into an action and applies it in one
 * place with local state only: this function is the hot path of the whole detector.
 */
export function buildSkeleton(text: string, sk: Skeleton): Skeleton {
  const table = charTable();
  T = table.bmp;
  A = table.astral;
  const bmp = T;
  const n = text.length;
  sk.ensure(2 * n + 4);
  const codes = sk.codes;
  const from = sk.from;
  sk.exclamations = 0;
  sk.wilds = 0;
  sk.ats = 0;
  sk.emailAts = 0;
  sk.brackets = 0;
  if (sk.urlStarts.length !== 0) {
    sk.urlStarts.length = 0;
    sk.urlEnds.length = 0;
  }
  codes[0] = BOUNDARY;
  from[0] = 0;
  let len = 1;
  let lastEnd = 0;
  let cased = 0;
  let upper = 0;
  // A token here is a maximal row of cased letters; rows of capital tokens make a caps run.
  let tokUpper = 0;
  let tokLower = 0;
  let capsRun = 0;
  let capsRunMax = 0;
  let digits = 0;
  let inWord = false;
  let wordLen = 0;
  let wordStart = 0;
  let lastCode = -1;
  let run = 0;
  let prevSingle = false;
  let prevWordEnd = -100;

  let i = 0;
  while (i <= n) {
    // Fast path for the commonest case, a run of ASCII letters: the same effect as the general path
    // below, without the table lookup and the action dispatch. Word starts on "h"/"w" take the
    // general path, which looks for links. The inner loop keeps the rest of the run to the few
    // values a letter changes, which the compiler then holds in registers.
    if (i < n) {
      let c = String.prototype.charCodeAt.call(text, i);
      let lc = c | 32;
      if (lc >= 97 && lc <= 122 && (inWord || (lc !== 104 && lc !== 119))) {
        if (!inWord) {
          inWord = true;
          wordLen = 0;
          wordStart = i;
          lastCode = -1;
        }
        do {
          cased++;
          if (c === lc) tokLower++;
          else {
            upper++;
            tokUpper++;
          }
          const code = lc - 96;
          if (code !== lastCode) {
            lastCode = code;
            run = 1;
            codes[len] = code;
            from[len] = i;
            len++;
            wordLen++;
          } else if (++run <= (KEEP[code] ?? 1)) {
            codes[len] = code;
            from[len] = i;
            len++;
            wordLen++;
          }
          i++;
          if (i === n) break;
          c = String.prototype.charCodeAt.call(text, i);
          lc = c | 32;
        } while (lc >= 97 && lc <= 122);
        lastEnd = i;
        continue;
      }
    }
    let action = ACT_END;
    let emitCodes = 0;
    let w = 1;
    let c = 0;
    if (i < n) {
      c = String.prototype.charCodeAt.call(text, i);
      let e: number;
      if (c < 0xd800 || c > 0xdfff) e = bmp[c] ?? 0;
      else {
        e = entryAt(text, n, i);
        w = unitsAt(text, n, i);
      }
      if ((e & (F_UPPER | F_LOWER)) !== 0) {
        cased++;
        if ((e & F_UPPER) !== 0) {
          upper++;
          tokUpper++;
        } else tokLower++;
      } else if (tokUpper + tokLower > 0) {
        if (tokLower > 0) capsRun = 0;
        else if (tokUpper >= 2) {
          capsRun += tokUpper;
          if (capsRun > capsRunMax) capsRunMax = capsRun;
        }
        tokUpper = 0;
        tokLower = 0;
      }
      if ((e & F_DIGIT) !== 0) digits++;
      const cls = (e >> 10) & 7;
      if (cls === CLS_LETTER) {
        if (!inWord && (c === 104 || c === 72 || c === 119 || c === 87) && isUrlAt(text, i)) {
          let j = i;
          for (;;) {
            if (j >= n) break;
            const cj = String.prototype.charCodeAt.call(text, j);
            if (isSpace(cj)) break;
            if (cj === 64) sk.emailAts++;
            else if ((cj | 32) === 123 || cj === 40 || cj === 60) sk.brackets++;
            j++;
          }
          sk.urlStarts.push(i);
          sk.urlEnds.push(j);
          i = j;
          continue;
        }
        action = ACT_EMIT;
        emitCodes = e & 0x3ff;
      } else if (cls === CLS_SEP) {
        action = inWord ? ACT_END : ACT_NONE;
        if ((c | 32) === 123 || c === 60) sk.brackets++; // "[", "{", "<"
      } else if (cls === CLS_LEET_DIGIT) {
        if (inWord ? nextClass(text, n, i + w) !== CLS_SEP : leetLeadsIntoLetter(text, n, i + w)) {
          action = ACT_EMIT;
          emitCodes = e & 31;
        }
      } else if (cls === CLS_LEET_SYM) {
        if (c === 64) {
          sk.ats++;
          if (i > 0 && isLocalChar(String.prototype.charCodeAt.call(text, i - 1))) sk.emailAts++;
          if (!inWord) {
            // A mention: user names are not the commenter's words.
            let j = i + 1;
            while (j < n) {
              const ej = entryAt(text, n, j);
              const underscore = String.prototype.charCodeAt.call(text, j) === 95;
              if (((ej >> 10) & 7) === CLS_LETTER || (ej & F_DIGIT) !== 0 || underscore) j += unitsAt(text, n, j);
              else break;
            }
            i = j;
            continue;
          }
        }
        if (inWord || leetLeadsIntoLetter(text, n, i + w)) {
          action = ACT_EMIT;
          emitCodes = e & 31;
        } else action = ACT_NONE;
      } else if (cls === CLS_LEET_INNER) {
        if (c === 33) sk.exclamations++;
        else if (c === 40) sk.brackets++;
        if (inWord && nextClass(text, n, i + w) === CLS_LETTER) {
          action = ACT_EMIT;
          emitCodes = e & 31;
        }
      } else if (cls === CLS_JOINER) {
        action = ACT_NONE;
        if (inWord) {
          const nc = nextClass(text, n, i + w);
          if (nc !== CLS_LETTER && nc !== CLS_LEET_DIGIT && nc !== CLS_LEET_SYM && nc !== CLS_WILD) action = ACT_END;
          else if (c === 46 && endsSentence(text, n, i)) action = ACT_END;
        }
      } else if (cls === CLS_WILD) {
        if (inWord) {
          const nc = nextClass(text, n, i + w);
          if (nc === CLS_LETTER || nc === CLS_WILD) {
            action = ACT_EMIT;
            emitCodes = WILD;
            sk.wilds++;
          }
        }
      } else {
        action = ACT_NONE; // invisible
      }
    }

    if (action === ACT_EMIT) {
      for (let k = emitCodes; k !== 0; k >>= 5) {
        const code = k & 31 || WILD;
        if (!inWord) {
          inWord = true;
          wordLen = 0;
          wordStart = i;
          lastCode = -1;
        }
        if (code === lastCode) {
          run++;
          if (run > (KEEP[code] ?? 1)) {
            lastEnd = i + w;
            if (code === WILD) break;
            continue;
          }
        } else {
          lastCode = code;
          run = 1;
        }
        codes[len] = code;
        from[len] = i;
        lastEnd = i + w;
        len++;
        wordLen++;
        if (code === WILD) break;
      }
    } else if (action === ACT_END && inWord) {
      inWord = false;
      if (wordLen === 1 && prevSingle && wordStart - prevWordEnd <= MAX_SPACED_GAP) {
        // "f u c k": fold this letter onto the previous single letters by dropping the boundary.
        codes[len - 2] = codes[len - 1] ?? 0;
        from[len - 2] = from[len - 1] ?? 0;
        len--;
      } else {
        prevSingle = wordLen === 1;
      }
      prevWordEnd = lastEnd;
      codes[len] = BOUNDARY;
      from[len] = lastEnd;
      len++;
    }
    i += w;
  }
  if (tokLower === 0 && tokUpper >= 2 && capsRun + tokUpper > capsRunMax) capsRunMax = capsRun + tokUpper;
  sk.length = len;
  sk.cased = cased;
  sk.upper = upper;
  sk.capsRun = capsRunMax;
  sk.digits = digits;
  return sk;
}

const scratch = new Skeleton();

/** The skeleton of a term as a plain string: used to compile term lists with the same rules as text. */
export function skeletonString(text: string): string {
  buildSkeleton(text, scratch);
  return scratch.slice(1, scratch.length - 2).trim();
}
