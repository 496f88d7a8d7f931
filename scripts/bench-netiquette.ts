/**
 * Detector throughput on a mix of real comments (GermEval + OLID lines), one Node thread.
 *
 *   npx tsx scripts/bench-netiquette.ts [--runs 7] [--obscenity]
 *
 * Prints comments/second per run and the median. With --obscenity it also times obscenity's own
 * RegExpMatcher (English preset only) on the same lines, the reference point for why the detector
 * uses its own single-pass matcher.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RegExpMatcher, englishDataset, englishRecommendedTransformers } from 'obscenity';
import { cleanCorpusText } from '../lib/netiquette/corpus';
import { countOffensive, createDetector } from '../lib/netiquette/detect';

const DATA_DIR = process.env.NETIQUETTE_DATA ?? '/work/shared/data/offensive';
const args = process.argv.slice(2);
const runsArg = args.indexOf('--runs');
const RUNS = runsArg >= 0 ? Math.max(1, Number(args[runsArg + 1]) || 7) : 7;
const WITH_OBSCENITY = args.includes('--obscenity');

function loadLines(): string[] {
  const de = readFileSync(join(DATA_DIR, 'germeval2018.training.txt'), 'utf8')
    .split('\n')
    .map((l) => l.split('\t')[0] ?? '');
  const en = readFileSync(join(DATA_DIR, 'olid-training-v1.0.tsv'), 'utf8')
    .split('\n')
    .slice(1)
    .map((l) => l.split('\t')[1] ?? '');
  // Interleave so both languages are spread over the run; corpus placeholders become plain text.
  const out: string[] = [];
  for (let i = 0; i < Math.max(de.length, en.length); i++) {
    const a = de[i];
    const b = en[i];
    if (a) out.push(cleanCorpusText(a));
    if (b) out.push(cleanCorpusText(b));
  }
  return out.filter((l) => l.length > 0);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
}

function measure(name: string, lines: string[], run: () => number): number {
  run(); // warm-up: JIT and lazily built tables
  const rates: number[] = [];
  let found = 0;
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    found = run();
    const ms = performance.now() - t0;
    rates.push((lines.length / ms) * 1000);
  }
  const med = median(rates);
  console.log(`${name}: ${rates.map((r) => Math.round(r).toLocaleString('en-US')).join(', ')} comments/s`);
  console.log(`${name}: median ${Math.round(med).toLocaleString('en-US')} comments/s (${found} of ${lines.length} flagged)`);
  return med;
}

const lines = loadLines();
const avg = lines.reduce((n, l) => n + l.length, 0) / lines.length;
console.log(`${lines.length} comments, average ${avg.toFixed(0)} characters, ${RUNS} runs`);

const t0 = performance.now();
const detector = createDetector();
detector.detect('warm up');
console.log(`detector setup ${(performance.now() - t0).toFixed(0)} ms (once per page)`);

measure('detector', lines, () => countOffensive(lines, detector));
const lists = createDetector({ classifier: null });
measure('detector without classifier', lines, () => countOffensive(lines, lists));

if (WITH_OBSCENITY) {
  const matcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
  measure('obscenity RegExpMatcher.hasMatch (English preset)', lines, () => {
    let n = 0;
    for (const l of lines) if (matcher.hasMatch(l)) n++;
    return n;
  });
}
