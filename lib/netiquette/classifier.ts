import { sumFeatures, WordCache, type FeatureSum, type WordMask } from './features';
import { BOUNDARY, type Skeleton } from './normalize';

/**
 * Logistic regression over hashed skeleton features (see features.ts), trained by
 * scripts/train-netiquette.ts on GermEval 2018 and OLID. Weights ship as int8 in base64, decoded
 * lazily on the first score, so importing this module costs a JSON string and nothing else.
 */
export interface ClassifierModel {
  format: 'moderato-netiquette-lr/2';
  bits: number;
  bias: number;
  /** Weight of one int8 step. */
  scale: number;
  /** Score at or above which a comment counts as abusive. */
  threshold: number;
  /** int8 weights, base64. */
  weights: string;
}

export interface Explanation {
  score: number;
  /** Original-text span of the word that pushed the score up most. */
  start: number;
  end: number;
  /** Words scored (masked ones excluded). */
  words: number;
}

function decodeBase64(b64: string): Int8Array {
  const bin = atob(b64);
  const out = new Int8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = (bin.charCodeAt(i) << 24) >> 24;
  return out;
}

/**
 * Decoded weights and word caches per model: a settings change builds a new detector, which then
 * neither decodes the weights again nor starts with a cold cache.
 */
const decoded = new WeakMap<ClassifierModel, Int8Array>();
const caches = new WeakMap<ClassifierModel, WordCache>();

export class Classifier {
  readonly threshold: number;
  private weights: Int8Array | undefined;
  private readonly bits: number;
  private readonly acc: FeatureSum = { sum: 0, count: 0, topWord: -1, words: 0 };
  private readonly cache: WordCache;

  constructor(private readonly model: ClassifierModel) {
    if (model.format !== 'moderato-netiquette-lr/2') throw new Error(`Unknown classifier format ${String(model.format)}`);
    this.threshold = model.threshold;
    this.bits = model.bits;
    const cache = caches.get(model) ?? new WordCache();
    caches.set(model, cache);
    this.cache = cache;
  }

  private table(): Int8Array {
    if (!this.weights) {
      const shared = decoded.get(this.model);
      this.weights = shared ?? decodeBase64(this.model.weights);
      if (!shared) decoded.set(this.model, this.weights);
    }
    return this.weights;
  }

  private probability(sum: number, count: number): number {
    if (count === 0) return 0;
    const z = this.model.bias + (this.model.scale * sum) / Math.sqrt(count);
    return 1 / (1 + Math.exp(-z));
  }

  /** Probability (0..1) that the comment is abusive. Comments without words score 0. */
  score(sk: Skeleton): number {
    if (sk.length <= 2) return 0;
    const r = sumFeatures(sk, this.bits, this.table(), this.cache, this.acc);
    return this.probability(r.sum, r.count);
  }

  /** The score plus the word that contributed most, for highlighting a classifier flag. */
  explain(sk: Skeleton, mask?: WordMask): Explanation {
    if (sk.length <= 2) return { score: 0, start: 0, end: 0, words: 0 };
    const r = sumFeatures(sk, this.bits, this.table(), this.cache, this.acc, mask);
    const score = this.probability(r.sum, r.count);
    const best = r.topWord;
    if (best < 0) return { score, start: sk.from[1] ?? 0, end: sk.endOf(sk.length - 2), words: r.words };
    let e = best;
    while (e + 1 < sk.length && sk.codes[e + 1] !== BOUNDARY) e++;
    return { score, start: sk.from[best] ?? 0, end: sk.endOf(e), words: r.words };
  }
}
