/**
 * Trains the netiquette classifier and writes lib/netiquette/model/{classifier,metrics}.json.
 *
 *   npm run train:netiquette            (data from /work/shared/data/offensive, or $NETIQUETTE_DATA)
 *
 * Deterministic: fixed seed, fixed stratified split, fixed epoch order, no timestamps in the output,
 * so a re-run reproduces both files byte for byte. The validation split (15 % per language and
 * label) is never used for fitting; the decision threshold comes from 5-fold cross-validation
 * inside the training portion (the lowest threshold with out-of-fold precision >= 0.8).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Classifier, type ClassifierModel } from '../lib/netiquette/classifier';
import { parseGermEval, parseOlid, type LabeledPost } from '../lib/netiquette/corpus';
import { NetiquetteDetector } from '../lib/netiquette/detector';
import { extractFeatures, maxFeatures } from '../lib/netiquette/features';
import { buildSkeleton, Skeleton } from '../lib/netiquette/normalize';
import { plainWordList } from '../lib/netiquette/term-matcher';

const DATA_DIR = process.env.NETIQUETTE_DATA ?? '/work/shared/data/offensive';
const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'lib', 'netiquette', 'model');

const SEED = 20180901;
// Hyper-parameters picked by out-of-fold F1 on the training portion (2^16 buckets scored within
// 0.001 F1 of 2^17 and 2^18 at half the size; L2 3e-3 beat 0 … 3e-2; more epochs did not help).
// N-grams were later confined to words (see features.ts) for inference speed; that choice was
// checked on this validation split (F1 0.633 vs 0.623 with cross-word n-grams), so the split is
// not entirely untouched by model selection.
const VALIDATION_FRACTION = 0.15;
const BITS = 16;
const EPOCHS = 6;
const LEARNING_RATE = 0.15;
const L2 = 3e-3;
const FOLDS = 5;
const PRECISION_TARGET = 0.8;

/** mulberry32: tiny, fast, and the same sequence on every platform. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const tmp = items[i] as T;
    items[i] = items[j] as T;
    items[j] = tmp;
  }
  return items;
}

interface Doc {
  post: LabeledPost;
  /** Distinct buckets and how often each occurs, scaled by 1/sqrt(total) as inference does. */
  buckets: Int32Array;
  values: Float64Array;
}

function featurize(posts: LabeledPost[]): Doc[] {
  const sk = new Skeleton();
  let buf = new Int32Array(4096);
  return posts.map((post) => {
    buildSkeleton(post.text, sk);
    if (buf.length < maxFeatures(sk.length)) buf = new Int32Array(maxFeatures(sk.length) * 2);
    const n = extractFeatures(sk, BITS, buf);
    const counts = new Map<number, number>();
    for (let i = 0; i < n; i++) counts.set(buf[i] ?? 0, (counts.get(buf[i] ?? 0) ?? 0) + 1);
    const keys = [...counts.keys()].sort((a, b) => a - b);
    const norm = n > 0 ? 1 / Math.sqrt(n) : 0;
    return {
      post,
      buckets: Int32Array.from(keys),
      values: Float64Array.from(keys, (k) => (counts.get(k) ?? 0) * norm),
    };
  });
}

interface Weights {
  w: Float64Array;
  bias: number;
}

/** Logistic regression with AdaGrad and lazy L2, visiting documents in a seeded order. */
function train(docs: Doc[], seed: number): Weights {
  const size = 1 << BITS;
  const w = new Float64Array(size);
  const g2 = new Float64Array(size);
  let bias = 0;
  let bias2 = 0;
  const random = rng(seed);
  const order = docs.map((_, i) => i);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    shuffle(order, random);
    for (const i of order) {
      const d = docs[i];
      if (!d) continue;
      let z = bias;
      for (let k = 0; k < d.buckets.length; k++) z += (w[d.buckets[k] ?? 0] ?? 0) * (d.values[k] ?? 0);
      const p = 1 / (1 + Math.exp(-z));
      const g = p - (d.post.offensive ? 1 : 0);
      bias2 += g * g;
      bias -= (LEARNING_RATE * g) / (Math.sqrt(bias2) + 1e-8);
      for (let k = 0; k < d.buckets.length; k++) {
        const f = d.buckets[k] ?? 0;
        const wf = w[f] ?? 0;
        const grad = g * (d.values[k] ?? 0) + L2 * wf;
        const acc = (g2[f] ?? 0) + grad * grad;
        g2[f] = acc;
        w[f] = wf - (LEARNING_RATE * grad) / (Math.sqrt(acc) + 1e-8);
      }
    }
  }
  return { w, bias };
}

function probability(model: Weights, d: Doc): number {
  let z = model.bias;
  for (let k = 0; k < d.buckets.length; k++) z += (model.w[d.buckets[k] ?? 0] ?? 0) * (d.values[k] ?? 0);
  return 1 / (1 + Math.exp(-z));
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

interface Scores extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

const round = (x: number): number => Math.round(x * 10000) / 10000;

function scores(c: Counts): Scores {
  const precision = c.tp + c.fp > 0 ? c.tp / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn > 0 ? c.tp / (c.tp + c.fn) : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { ...c, precision: round(precision), recall: round(recall), f1: round(f1) };
}

function evaluate(posts: LabeledPost[], predict: (p: LabeledPost) => boolean): Record<'de' | 'en' | 'all', Scores> {
  const counts = { de: { tp: 0, fp: 0, fn: 0, tn: 0 }, en: { tp: 0, fp: 0, fn: 0, tn: 0 }, all: { tp: 0, fp: 0, fn: 0, tn: 0 } };
  for (const p of posts) {
    const yhat = predict(p);
    const key = p.offensive ? (yhat ? 'tp' : 'fn') : yhat ? 'fp' : 'tn';
    counts[p.lang][key]++;
    counts.all[key]++;
  }
  return { de: scores(counts.de), en: scores(counts.en), all: scores(counts.all) };
}

function countAt(probs: readonly number[], labels: readonly boolean[], t: number): Counts {
  const c = { tp: 0, fp: 0, fn: 0, tn: 0 };
  probs.forEach((p, i) => {
    const y = labels[i] ?? false;
    const yhat = p >= t;
    if (y && yhat) c.tp++;
    else if (!y && yhat) c.fp++;
    else if (y) c.fn++;
    else c.tn++;
  });
  return c;
}

const GRID = Array.from({ length: 71 }, (_, i) => Math.round((0.2 + i * 0.01) * 100) / 100);

/** Threshold maximising F1 of out-of-fold predictions (steps of 0.01). */
function f1Threshold(probs: number[], labels: boolean[]): number {
  let best = 0.5;
  let bestF1 = -1;
  for (const t of GRID) {
    const f1 = scores(countAt(probs, labels, t)).f1;
    if (f1 > bestF1) {
      bestF1 = f1;
      best = t;
    }
  }
  return best;
}

/**
 * The lowest threshold whose out-of-fold precision reaches PRECISION_TARGET. A flag costs a
 * moderator's attention and an unfounded one costs trust, and real pages have far fewer abusive
 * comments than these corpora (a third), so precision matters more than the F1 optimum.
 */
function precisionThreshold(probs: number[], labels: boolean[]): number {
  for (const t of GRID) if (scores(countAt(probs, labels, t)).precision >= PRECISION_TARGET) return t;
  return f1Threshold(probs, labels);
}

function quantize(model: Weights, threshold: number): ClassifierModel {
  let maxAbs = 0;
  for (const x of model.w) maxAbs = Math.max(maxAbs, Math.abs(x));
  const scale = maxAbs / 127 || 1;
  const bytes = new Uint8Array(model.w.length);
  for (let i = 0; i < model.w.length; i++) bytes[i] = Math.max(-127, Math.min(127, Math.round((model.w[i] ?? 0) / scale))) & 0xff;
  return {
    format: 'moderato-netiquette-lr/2',
    bits: BITS,
    bias: Number(model.bias.toPrecision(8)),
    scale: Number(scale.toPrecision(8)),
    threshold,
    weights: Buffer.from(bytes).toString('base64'),
  };
}

function main(): void {
  const started = performance.now();
  const de = parseGermEval(readFileSync(join(DATA_DIR, 'germeval2018.training.txt'), 'utf8'));
  const en = parseOlid(readFileSync(join(DATA_DIR, 'olid-training-v1.0.tsv'), 'utf8'));
  const posts = [...de, ...en];

  // Stratified split: per language and label, seeded shuffle, the first 15 % go to validation.
  const random = rng(SEED);
  const trainPosts: LabeledPost[] = [];
  const validPosts: LabeledPost[] = [];
  for (const lang of ['de', 'en'] as const) {
    for (const offensive of [true, false]) {
      const group = shuffle(posts.filter((p) => p.lang === lang && p.offensive === offensive), random);
      const cut = Math.round(group.length * VALIDATION_FRACTION);
      validPosts.push(...group.slice(0, cut));
      trainPosts.push(...group.slice(cut));
    }
  }
  const trainDocs = featurize(trainPosts);

  // Threshold from 5-fold cross-validation on the training portion only.
  const foldOf = shuffle(trainDocs.map((_, i) => i % FOLDS), rng(SEED + 1));
  const oofProbs = new Array<number>(trainDocs.length).fill(0);
  for (let fold = 0; fold < FOLDS; fold++) {
    const fit = trainDocs.filter((_, i) => foldOf[i] !== fold);
    const m = train(fit, SEED + 10 + fold);
    trainDocs.forEach((d, i) => {
      if (foldOf[i] === fold) oofProbs[i] = probability(m, d);
    });
  }
  const oofLabels = trainDocs.map((d) => d.post.offensive);
  const threshold = precisionThreshold(oofProbs, oofLabels);
  const thresholdF1 = f1Threshold(oofProbs, oofLabels);

  const model = quantize(train(trainDocs, SEED + 2), threshold);
  const modelJson = `${JSON.stringify(model)}\n`;
  writeFileSync(join(OUT_DIR, 'classifier.json'), modelJson);

  // Evaluate what ships: the quantised model through the same code paths the extension runs.
  const sk = new Skeleton();
  const classifier = new Classifier(model);
  const words = new Set(plainWordList());
  const termsOnly = new NetiquetteDetector({ classifier: null });
  const full = new NetiquetteDetector({ classifier: model });
  const validation = {
    classifier: evaluate(validPosts, (p) => classifier.score(buildSkeleton(p.text, sk)) >= threshold),
    classifierAtF1Threshold: evaluate(validPosts, (p) => classifier.score(buildSkeleton(p.text, sk)) >= thresholdF1),
    wordList: evaluate(validPosts, (p) => p.text.toLowerCase().split(/[^\p{L}]+/u).some((t) => words.has(t))),
    termLayer: evaluate(validPosts, (p) => termsOnly.detect(p.text).offensive),
    detector: evaluate(validPosts, (p) => full.detect(p.text).offensive),
  };

  const count = (list: LabeledPost[], lang: 'de' | 'en', offensive: boolean): number =>
    list.filter((p) => p.lang === lang && p.offensive === offensive).length;
  const metrics = {
    generatedBy: 'npm run train:netiquette (scripts/train-netiquette.ts)',
    data: {
      germeval2018: { posts: de.length, offensive: de.filter((p) => p.offensive).length },
      olid: { posts: en.length, offensive: en.filter((p) => p.offensive).length },
    },
    split: {
      seed: SEED,
      validationFraction: VALIDATION_FRACTION,
      stratifiedBy: ['language', 'label'],
      train: { de: { offensive: count(trainPosts, 'de', true), other: count(trainPosts, 'de', false) }, en: { offensive: count(trainPosts, 'en', true), other: count(trainPosts, 'en', false) } },
      validation: { de: { offensive: count(validPosts, 'de', true), other: count(validPosts, 'de', false) }, en: { offensive: count(validPosts, 'en', true), other: count(validPosts, 'en', false) } },
    },
    model: {
      kind: 'logistic regression, hashed features (in-word char 2-5-grams and word 1-2-grams of the normalised skeleton)',
      hashBits: BITS,
      epochs: EPOCHS,
      learningRate: LEARNING_RATE,
      l2: L2,
      threshold,
      thresholdChosenBy: `${FOLDS}-fold cross-validation on the training portion: lowest threshold with out-of-fold precision >= ${PRECISION_TARGET}`,
      thresholdMaxF1: thresholdF1,
      assetBytes: Buffer.byteLength(modelJson),
    },
    positiveClass: 'offensive (GermEval OFFENSE, OLID OFF)',
    validation,
    notes: {
      classifier: 'the classifier alone at the shipped threshold',
      classifierAtF1Threshold: 'the classifier alone at the out-of-fold F1-optimal threshold (for comparison; not shipped)',
      wordList: 'plain word list: every single-word term of the built-in lists, matched as whole lower-case tokens, no normalisation',
      termLayer: 'the normalising term matcher alone (insult, profanity, threat, hate), no classifier',
      detector: 'the shipped detector: term layer or classifier',
    },
  };
  writeFileSync(join(OUT_DIR, 'metrics.json'), `${JSON.stringify(metrics, null, 2)}\n`);

  const pct = (x: number): string => (x * 100).toFixed(1).padStart(5);
  console.log(`Validation split (${validPosts.length} posts, ${(VALIDATION_FRACTION * 100).toFixed(0)} % stratified per language and label)`);
  console.log('                        |      German (GermEval)    |      English (OLID)       |         combined');
  console.log('                        |    P      R      F1       |    P      R      F1       |    P      R      F1');
  for (const [name, m] of Object.entries(validation)) {
    const row = (['de', 'en', 'all'] as const).map((k) => `${pct(m[k].precision)}  ${pct(m[k].recall)}  ${pct(m[k].f1)}    `).join(' | ');
    console.log(`${name.padEnd(23)} | ${row}`);
  }
  console.log(`threshold ${threshold} (CV, precision >= ${PRECISION_TARGET}; F1-optimal would be ${thresholdF1}), model ${(Buffer.byteLength(modelJson) / 1024).toFixed(1)} KB, ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

main();
