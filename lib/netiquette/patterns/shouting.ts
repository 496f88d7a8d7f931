import { charTable, F_LOWER, F_UPPER } from '../char-table';
import type { PatternHit } from './types';

/**
 * Shouting: a comment written mostly in capitals, a run of capitalised words inside an otherwise
 * normal comment, or rows of exclamation marks. Counts come from the normaliser's pass, so the
 * common case (few capitals, no "!!!") costs nothing here.
 */
const MIN_CASED = 10;
const CAPS_RATIO = 0.7;
const MIN_RUN_LETTERS = 12;

/** 0 uncased, 1 lower case, 2 capital: from the normaliser's character table, no string calls. */
function caseAt(text: string, i: number): number {
  const e = charTable().bmp[text.charCodeAt(i)] ?? 0;
  return (e & F_UPPER) !== 0 ? 2 : (e & F_LOWER) !== 0 ? 1 : 0;
}

export interface ShoutingHints {
  cased: number;
  upper: number;
  /** Letters in the longest row of all-capital words (see Skeleton.capsRun). */
  capsRun: number;
  exclamations: number;
}

export function findShouting(text: string, hints: ShoutingHints, out: PatternHit[]): void {
  if (hints.cased >= MIN_CASED && hints.upper / hints.cased >= CAPS_RATIO) {
    let a = 0;
    while (a < text.length && caseAt(text, a) === 0) a++;
    let b = text.length;
    while (b > a && caseAt(text, b - 1) === 0) b--;
    const ratio = hints.upper / hints.cased;
    out.push({
      rule: 'shouting',
      start: a,
      end: b,
      confidence: Math.round(Math.min(0.95, 0.55 + (ratio - CAPS_RATIO) * 1.3) * 100) / 100,
      code: 'caps',
      params: { ratio: Math.round(ratio * 100) / 100 },
    });
  } else if (hints.capsRun >= MIN_RUN_LETTERS) {
    findCapsRuns(text, out);
  }
  if (hints.exclamations >= 3) findExclamationRows(text, out);
}

/** Consecutive all-capital words (two letters or more each) adding up to MIN_RUN_LETTERS letters. */
function findCapsRuns(text: string, out: PatternHit[]): void {
  let runStart = -1;
  let runEnd = -1;
  let runLetters = 0;
  let i = 0;
  const flush = (): void => {
    if (runLetters >= MIN_RUN_LETTERS) {
      out.push({ rule: 'shouting', start: runStart, end: runEnd, confidence: 0.6, code: 'caps', params: { ratio: 1, run: true } });
    }
    runStart = -1;
    runLetters = 0;
  };
  while (i < text.length) {
    const k = caseAt(text, i);
    if (k === 0) {
      i++;
      continue;
    }
    let j = i;
    let upper = 0;
    let lower = 0;
    for (; j < text.length; j++) {
      const kj = caseAt(text, j);
      if (kj === 0) break;
      if (kj === 2) upper++;
      else lower++;
    }
    if (lower === 0 && upper >= 2) {
      if (runStart < 0) runStart = i;
      runEnd = j;
      runLetters += upper;
    } else if (lower > 0) {
      flush();
    }
    i = j;
  }
  flush();
}

/** "!!!", "!!!11", "?!?!!": three or more exclamation marks in one row. */
function findExclamationRows(text: string, out: PatternHit[]): void {
  let i = text.indexOf('!');
  while (i >= 0) {
    let j = i;
    let bangs = 0;
    while (j < text.length) {
      const c = text.charCodeAt(j);
      if (c === 33) bangs++;
      else if (!(c === 63 || (c === 49 && bangs > 0) || c === 0xfe0f)) break;
      j++;
    }
    if (bangs >= 3) {
      out.push({
        rule: 'shouting',
        start: i,
        end: j,
        confidence: Math.round(Math.min(0.9, 0.45 + 0.1 * (bangs - 3)) * 100) / 100,
        code: 'exclamations',
        params: { count: bangs },
      });
    }
    i = text.indexOf('!', j);
  }
}
