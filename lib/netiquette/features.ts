import { BOUNDARY, type Skeleton } from './normalize';

/**
 * Hashed features of a skeleton, shared by training and inference so the shipped weights mean the
 * same thing in both. Working on the skeleton (not raw text) gives the classifier the same
 * de-obfuscation as the term layer for free: "V0ll1d10t" and "Vollidiot" share their n-grams.
 *
 * Features: character n-grams of length 2-5 (word boundaries included, so prefixes and suffixes
 * are distinct), word unigrams and word bigrams. Each is hashed (FNV-1a state, then a
 * multiplicative step whose top bits pick the bucket) into 2^bits buckets: the hashing trick keeps
 * the model a fixed, small size. `extractFeatures` (training) and `sumFeatures` (inference) must
 * stay in lock-step; a unit test checks they agree.
 */
export const CHAR_MIN = 2;
export const CHAR_MAX = 5;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const GOLDEN = 0x9e3779b1;
const WORD_SEED = 0x2545f491;
const BIGRAM_SEED = 0x68e31da4;
const B = BOUNDARY;

/** Upper bound of features for a skeleton of this length, for sizing buffers. */
export function maxFeatures(length: number): number {
  return length * (CHAR_MAX - CHAR_MIN + 1) + 2 * length + 8;
}

/** Writes bucket indices into `out` (sized by maxFeatures) and returns how many. */
export function extractFeatures(sk: Skeleton, bits: number, out: Int32Array): number {
  const codes = sk.codes;
  const len = sk.length;
  const shift = 32 - bits;
  let n = 0;
  for (let p = 0; p < len; p++) {
    let h = Math.imul(FNV_OFFSET ^ (codes[p] ?? 0), FNV_PRIME);
    const stop = p + CHAR_MAX < len ? p + CHAR_MAX : len;
    for (let q = p + 1; q < stop; q++) {
      h = Math.imul(h ^ (codes[q] ?? 0), FNV_PRIME);
      out[n++] = Math.imul(h ^ (q - p), GOLDEN) >>> shift;
    }
  }
  let prev = 0;
  let h = WORD_SEED;
  let inWord = false;
  for (let p = 1; p < len; p++) {
    const c = codes[p] ?? 0;
    if (c !== B) {
      inWord = true;
      h = Math.imul(h ^ c, FNV_PRIME);
      continue;
    }
    if (!inWord) continue;
    out[n++] = Math.imul(h, GOLDEN) >>> shift;
    if (prev !== 0) out[n++] = Math.imul(Math.imul(prev, FNV_PRIME) ^ h ^ BIGRAM_SEED, GOLDEN) >>> shift;
    prev = h | 1;
    h = WORD_SEED;
    inWord = false;
  }
  return n;
}

export interface FeatureSum {
  sum: number;
  count: number;
}

/**
 * The same features as extractFeatures, summed straight from the weight table (no buffer).
 * With `perWord`, also adds each feature's weight at the skeleton index of the word it belongs
 * to (n-grams at their first letter's word, boundary-led n-grams at the following word), so the
 * classifier can point at the words that drove its score.
 */
export function sumFeatures(sk: Skeleton, bits: number, weights: Int8Array, out: FeatureSum, perWord?: Float64Array): FeatureSum {
  const codes = sk.codes;
  const len = sk.length;
  const shift = 32 - bits;
  let sum = 0;
  let n = 0;
  let word = 1;
  for (let p = 0; p < len; p++) {
    const c0 = codes[p] ?? 0;
    if (c0 === B) word = p + 1;
    let h = Math.imul(FNV_OFFSET ^ c0, FNV_PRIME);
    const stop = p + CHAR_MAX < len ? p + CHAR_MAX : len;
    if (perWord) {
      for (let q = p + 1; q < stop; q++) {
        h = Math.imul(h ^ (codes[q] ?? 0), FNV_PRIME);
        const w = weights[Math.imul(h ^ (q - p), GOLDEN) >>> shift] ?? 0;
        sum += w;
        perWord[word] = (perWord[word] ?? 0) + w;
      }
    } else {
      for (let q = p + 1; q < stop; q++) {
        h = Math.imul(h ^ (codes[q] ?? 0), FNV_PRIME);
        sum += weights[Math.imul(h ^ (q - p), GOLDEN) >>> shift] ?? 0;
      }
    }
    n += stop - p - 1;
  }
  let prev = 0;
  let h = WORD_SEED;
  let start = -1;
  for (let p = 1; p < len; p++) {
    const c = codes[p] ?? 0;
    if (c !== B) {
      if (start < 0) start = p;
      h = Math.imul(h ^ c, FNV_PRIME);
      continue;
    }
    if (start < 0) continue;
    let w = weights[Math.imul(h, GOLDEN) >>> shift] ?? 0;
    n++;
    if (prev !== 0) {
      w += weights[Math.imul(Math.imul(prev, FNV_PRIME) ^ h ^ BIGRAM_SEED, GOLDEN) >>> shift] ?? 0;
      n++;
    }
    sum += w;
    if (perWord) perWord[start] = (perWord[start] ?? 0) + w;
    prev = h | 1;
    h = WORD_SEED;
    start = -1;
  }
  out.sum = sum;
  out.count = n;
  return out;
}
