/**
 * Netiquette detector throughput, one Node thread.
 *
 *   npx tsx scripts/bench-netiquette.ts [--runs 7] [--obscenity]
 *   import { benchNetiquette } from './bench-netiquette';   // scripts/bench.ts
 *
 * Corpus: real comments in both languages, GermEval 2018 (German) and OLID (English) interleaved,
 * from $NETIQUETTE_DATA or /work/shared/data/offensive; without them, a built-in mix of everyday
 * German and English page comments. Each run detects every comment once; the figure is the median
 * of the runs (best run alongside, since a shared machine only ever makes runs slower).
 * With --obscenity it also times obscenity's own RegExpMatcher (English preset) on the same lines,
 * the reference point for the detector's own single-pass matcher.
 */
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanCorpusText } from '../lib/netiquette/corpus';
import { createDetector } from '../lib/netiquette/detect';
import type { NetiquetteDetector } from '../lib/netiquette/detector';

export const TARGET_COMMENTS_PER_SECOND = 100_000;
/** The lead's per-comment budget for the whole content script (badge included), in ms. */
export const CONTENT_SCRIPT_BUDGET_MS = 0.1;

const DATA_DIR = process.env.NETIQUETTE_DATA ?? '/work/shared/data/offensive';

const FALLBACK: readonly string[] = [
  'Wann kommt endlich mein Paket? Ich warte seit zwei Wochen!',
  'Vielen Dank für die schnelle Hilfe, alles bestens.',
  'Hat die Filiale am Samstag auch nachmittags offen?',
  'Ihr seid echt ein Drecksladen, nie wieder!',
  'Where is my refund? This is the third time I ask.',
  'Great service, the replacement arrived today. Thanks!',
  'You are a bunch of idiots, fix your app already.',
  'Ruf mich an unter 0171 1234567, dann klären wir das.',
  'Verdiene 5000€ pro Monat von zu Hause! Schreib mir auf WhatsApp',
  'DAS IST JA WOHL DAS LETZTE HIER!!!',
  'Kann ich auch per PayPal bezahlen oder nur auf Rechnung?',
  'Do you ship to Austria and Switzerland as well?',
];

export interface NetiquetteBenchResult {
  corpus: 'germeval+olid' | 'built-in';
  comments: number;
  averageChars: number;
  runs: number;
  /** Median over the runs, full detector (lists, patterns, classifier). */
  commentsPerSecond: number;
  bestCommentsPerSecond: number;
  perRunCommentsPerSecond: number[];
  /** Median time per comment in microseconds. */
  microsPerComment: number;
  /** The same without the classifier, to show its share. */
  listsOnlyCommentsPerSecond: number;
  /** Building a detector (term automaton; the first one also compiles the lists), in ms. */
  setupMs: { first: number; again: number };
  offensiveShare: number;
  target: number;
  meetsTarget: boolean;
  /** The detector's time per comment as a share of CONTENT_SCRIPT_BUDGET_MS, or of the measured figure when given. */
  shareOfContentScript: { basisMs: number; share: number; measured: boolean };
  /** The machine's 1-minute load average and core count during the runs: a busy machine only makes runs slower. */
  machine: { loadAverage: number; cores: number };
  /** From lib/netiquette/model/metrics.json: validation P/R/F1 per approach (combined languages). */
  validation: Record<string, { precision: number; recall: number; f1: number }> | null;
}

export interface BenchOptions {
  runs?: number;
  /** The content script's measured time per comment (ms), e.g. from the Chromium bench. */
  contentScriptMsPerComment?: number;
}

function loadCorpus(): { lines: string[]; corpus: NetiquetteBenchResult['corpus'] } {
  const de = join(DATA_DIR, 'germeval2018.training.txt');
  const en = join(DATA_DIR, 'olid-training-v1.0.tsv');
  if (!existsSync(de) || !existsSync(en)) {
    const lines: string[] = [];
    while (lines.length < 12_000) lines.push(...FALLBACK);
    return { lines, corpus: 'built-in' };
  }
  const german = readFileSync(de, 'utf8').split('\n').map((l) => l.split('\t')[0] ?? '');
  const english = readFileSync(en, 'utf8').split('\n').slice(1).map((l) => l.split('\t')[1] ?? '');
  // Interleaved, so both languages are spread over the run; corpus placeholders become plain text.
  const lines: string[] = [];
  for (let i = 0; i < Math.max(german.length, english.length); i++) {
    const a = german[i];
    const b = english[i];
    if (a) lines.push(cleanCorpusText(a));
    if (b) lines.push(cleanCorpusText(b));
  }
  return { lines: lines.filter((l) => l.length > 0), corpus: 'germeval+olid' };
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
}

/** Comments per second of each run (after one warm-up run for the JIT and lazy tables). */
function rates(detector: NetiquetteDetector, lines: readonly string[], runs: number): { perRun: number[]; offensive: number } {
  let offensive = 0;
  for (const l of lines) detector.detect(l);
  const perRun: number[] = [];
  for (let r = 0; r < runs; r++) {
    let n = 0;
    const t0 = performance.now();
    for (const l of lines) if (detector.detect(l).offensive) n++;
    perRun.push((lines.length / (performance.now() - t0)) * 1000);
    offensive = n;
  }
  return { perRun, offensive };
}

function readValidation(): NetiquetteBenchResult['validation'] {
  try {
    const path = fileURLToPath(new URL('../lib/netiquette/model/metrics.json', import.meta.url));
    const m = JSON.parse(readFileSync(path, 'utf8')) as {
      validation: Record<string, { all: { precision: number; recall: number; f1: number } }>;
    };
    const out: NonNullable<NetiquetteBenchResult['validation']> = {};
    for (const [k, v] of Object.entries(m.validation)) out[k] = { precision: v.all.precision, recall: v.all.recall, f1: v.all.f1 };
    return out;
  } catch {
    return null;
  }
}

export async function benchNetiquette(options: BenchOptions = {}): Promise<NetiquetteBenchResult> {
  const runs = Math.max(1, options.runs ?? 7);
  const { lines, corpus } = loadCorpus();
  const averageChars = lines.reduce((n, l) => n + l.length, 0) / lines.length;

  let t0 = performance.now();
  const detector = createDetector();
  detector.detect('warm up');
  const first = performance.now() - t0;
  t0 = performance.now();
  createDetector({ ruleSet: { blockedTerms: ['Beispielbegriff'] } });
  const again = performance.now() - t0;

  const full = rates(detector, lines, runs);
  const listsOnly = rates(createDetector({ classifier: null }), lines, runs);
  const commentsPerSecond = median(full.perRun);
  const microsPerComment = 1e6 / commentsPerSecond;
  const basisMs = options.contentScriptMsPerComment ?? CONTENT_SCRIPT_BUDGET_MS;
  // Yield once so a caller's event loop (progress output, timers) is not starved by the bench.
  await new Promise((resolve) => setTimeout(resolve, 0));
  return {
    corpus,
    comments: lines.length,
    averageChars: Math.round(averageChars),
    runs,
    commentsPerSecond: Math.round(commentsPerSecond),
    bestCommentsPerSecond: Math.round(Math.max(...full.perRun)),
    perRunCommentsPerSecond: full.perRun.map(Math.round),
    microsPerComment: Math.round(microsPerComment * 100) / 100,
    listsOnlyCommentsPerSecond: Math.round(median(listsOnly.perRun)),
    setupMs: { first: Math.round(first), again: Math.round(again * 10) / 10 },
    offensiveShare: Math.round((full.offensive / lines.length) * 1000) / 1000,
    target: TARGET_COMMENTS_PER_SECOND,
    meetsTarget: commentsPerSecond >= TARGET_COMMENTS_PER_SECOND,
    shareOfContentScript: {
      basisMs,
      share: Math.round((microsPerComment / 1000 / basisMs) * 1000) / 1000,
      measured: options.contentScriptMsPerComment !== undefined,
    },
    machine: { loadAverage: Math.round((loadavg()[0] ?? 0) * 100) / 100, cores: availableParallelism() },
    validation: readValidation(),
  };
}

async function obscenityReference(lines: readonly string[], runs: number): Promise<number> {
  const { RegExpMatcher, englishDataset, englishRecommendedTransformers } = await import('obscenity');
  const matcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
  for (const l of lines) matcher.hasMatch(l);
  const perRun: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    for (const l of lines) matcher.hasMatch(l);
    perRun.push((lines.length / (performance.now() - t0)) * 1000);
  }
  return median(perRun);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const runsArg = args.indexOf('--runs');
  const runs = runsArg >= 0 ? Math.max(1, Number(args[runsArg + 1]) || 7) : 7;
  const basisArg = args.indexOf('--basis');
  const r = await benchNetiquette({ runs, ...(basisArg >= 0 ? { contentScriptMsPerComment: Number(args[basisArg + 1]) } : {}) });
  if (args.includes('--json')) {
    console.log(JSON.stringify(r));
    return;
  }
  const n = (x: number): string => Math.round(x).toLocaleString('en-US');
  console.log(`Netiquette detector, one Node thread: ${n(r.comments)} comments (${r.corpus}, ${r.averageChars} characters on average), ${r.runs} runs`);
  console.log(`  full detector        ${n(r.commentsPerSecond)} comments/s median (best ${n(r.bestCommentsPerSecond)}), ${r.microsPerComment} µs/comment  ${r.meetsTarget ? 'ok' : 'MISSED'} (target ≥ ${n(r.target)})`);
  console.log(`  runs                 ${r.perRunCommentsPerSecond.map(n).join(', ')}`);
  console.log(`  without classifier   ${n(r.listsOnlyCommentsPerSecond)} comments/s median`);
  console.log(`  detector setup       first ${r.setupMs.first} ms (compiles the lists), then ${r.setupMs.again} ms per settings change`);
  console.log(`  share of the content script's per-comment budget (${r.shareOfContentScript.basisMs} ms): ${(r.shareOfContentScript.share * 100).toFixed(1)} %`);
  console.log(`  offensive share of this corpus: ${(r.offensiveShare * 100).toFixed(1)} %`);
  console.log(`  machine: load average ${r.machine.loadAverage} on ${r.machine.cores} cores`);
  if (r.validation) {
    console.log('  validation split (metrics.json, both languages):');
    for (const [k, v] of Object.entries(r.validation)) {
      console.log(`    ${k.padEnd(24)} P ${(v.precision * 100).toFixed(1)}  R ${(v.recall * 100).toFixed(1)}  F1 ${(v.f1 * 100).toFixed(1)}`);
    }
  }
  if (args.includes('--obscenity')) {
    const { lines } = loadCorpus();
    console.log(`  obscenity RegExpMatcher.hasMatch (English preset only): ${n(await obscenityReference(lines, runs))} comments/s median`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
