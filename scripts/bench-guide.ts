/**
 * Response-guide benchmark: ranking one comment against a 500-template guide (target ≤ 0.2 ms) and
 * importing such a guide from its file text. The guide is generated from the starter guide: 100
 * topics built on the 13 starter topics, each with extra invented vocabulary and compounds so the
 * index is as large as a real team's, and 500 templates (3 German, 2 English per topic).
 * Every run builds a fresh suggester and plays a session: the starter guide's 130 example questions
 * first (empty caches), then each of them again with a typo in its longest word – new comments in
 * mostly familiar words, the headline figure – then all of them once more (warm caches). Medians of
 * the runs are reported, with a fixed reference loop to show how fast the machine was at the time.
 *
 *   npx tsx scripts/bench-guide.ts        (also called by `npm run bench` through benchGuide())
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { exportGuide, parseGuideFile } from '../lib/guide/guide-file';
import { planImport } from '../lib/guide/import-plan';
import { GuideSchema, LANGS, type Guide, type Lang, type TemplateInput, type TopicInput } from '../lib/guide/model';
import { createSuggester, type Suggester } from '../lib/guide/rank';
import { starterGuide } from '../lib/guide/starter-guide';

export const RANK_TARGET_MS = 0.2;
const TOPICS = 100;
const TEMPLATES_PER_TOPIC: Record<Lang, number> = { de: 3, en: 2 };

export interface GuideBenchResult {
  topics: number;
  templates: number;
  comments: number;
  runs: number;
  /**
   * The headline: mean time per comment for comments the session has not ranked before, after 130
   * others (each with a fresh typo, so the typo path is in it). Median over runs.
   */
  rankMsPerComment: number;
  /** The session's first 130 comments, all caches empty. */
  rankMsPerCommentCold: number;
  /** Comments ranked before (all caches warm). */
  rankMsPerCommentRepeat: number;
  /** 95th percentile of single-comment times behind the headline figure. */
  rankP95Ms: number;
  /** Building the search index for the whole guide. */
  buildMs: number;
  /** parseGuideFile (JSON + zod) plus planImport (merge into the starter guide). */
  importMs: number;
  importParseMs: number;
  importPlanMs: number;
  exportMs: number;
  fileChars: number;
  rankTargetMs: number;
  meetsRankTarget: boolean;
  /**
   * A fixed CPU-bound loop (1e7 square roots), timed alongside: about 8–10 ms on a current laptop.
   * Tells how loaded or slow the machine was, so the figures above can be read fairly.
   */
  referenceLoopMs: number;
}

/** Deterministic, so every run and every machine benchmarks the same guide. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'lo', 'mer', 'sten', 'ri', 'fa', 'bun', 'tel', 'dor', 'vis', 'an', 'gu', 'pre', 'mo', 'lix', 'ter', 'sa', 'wen', 'hol', 'ber'];

function pseudoWord(rand: () => number): string {
  const n = 2 + Math.floor(rand() * 3);
  let w = '';
  for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
  return w;
}

const pick = <T>(list: readonly T[], rand: () => number): T => list[Math.floor(rand() * list.length)] as T;

export function generateGuide(templateTotal = 500, seed = 7): Guide {
  const rand = mulberry32(seed);
  const base = starterGuide().topics;
  const allKeywords: Record<Lang, string[]> = { de: base.flatMap((t) => t.keywords.de), en: base.flatMap((t) => t.keywords.en) };
  const perTopic = TEMPLATES_PER_TOPIC.de + TEMPLATES_PER_TOPIC.en;
  const topicCount = Math.max(1, Math.ceil(templateTotal / perTopic));
  let remaining = templateTotal;
  const topics: TopicInput[] = [];
  for (let k = 0; k < topicCount; k++) {
    const src = base[k % base.length]!;
    const id = `${src.id}-${k}`;
    const keywords = Object.fromEntries(
      LANGS.map((lang) => [
        lang,
        [
          ...src.keywords[lang],
          ...Array.from({ length: 15 }, () => pseudoWord(rand)),
          ...Array.from({ length: 5 }, () => `${pick(allKeywords[lang], rand).split(' ')[0]}${pick(allKeywords[lang], rand).split(' ')[0]!.toLowerCase()}`),
        ],
      ]),
    ) as Record<Lang, string[]>;
    const templates: TemplateInput[] = [];
    for (const lang of LANGS) {
      const srcTemplates = src.templates.filter((t) => t.lang === lang);
      for (let i = 0; i < TEMPLATES_PER_TOPIC[lang] && remaining > 0; i++, remaining--) {
        const from = srcTemplates[i % srcTemplates.length]!;
        const extra = Array.from({ length: 8 }, () => pseudoWord(rand)).join(' ');
        templates.push({ id: `${id}.${lang}.${i}`, lang, title: `${from.title} ${k}`, body: `${from.body}\n${extra}.`, position: i, useCount: Math.floor(rand() * 20) });
      }
    }
    topics.push({
      id,
      position: k,
      title: { de: `${src.title.de} ${k}`, en: `${src.title.en} ${k}` },
      description: src.description,
      keywords,
      examples: src.examples,
      templates,
      updatedAt: 1_700_000_000_000 + k,
    });
  }
  return GuideSchema.parse({ topics });
}

/**
 * The starter guide's example questions (`first`), and each again with two letters of its longest
 * word swapped (`later`): new comments in words the session has mostly seen, plus a typo.
 */
export function benchComments(): { first: string[]; later: string[] } {
  const first = starterGuide().topics.flatMap((t) => [...t.examples.de, ...t.examples.en]);
  const later = first.map((text) => {
    const longest = text.split(/\s+/).reduce((a, b) => (b.length > a.length ? b : a), '');
    if (longest.length < 5) return text;
    const i = Math.floor(longest.length / 2);
    const typo = longest.slice(0, i - 1) + longest.charAt(i) + longest.charAt(i - 1) + longest.slice(i + 1);
    return text.replace(longest, typo);
  });
  return { first, later };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const quantile = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};
function referenceLoop(): number {
  const t0 = performance.now();
  let sum = 0;
  for (let i = 0; i < 1e7; i++) sum += Math.sqrt(i);
  const ms = performance.now() - t0;
  return sum < 0 ? -1 : ms;
}

const time = (f: () => void): number => {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
};

export async function benchGuide(options: { runs?: number; templates?: number } = {}): Promise<GuideBenchResult> {
  const runs = options.runs ?? Number(process.env.BENCH_RUNS ?? 7);
  const guide = generateGuide(options.templates ?? 500);
  const { first, later } = benchComments();
  const all = [...first, ...later];
  const templates = guide.topics.reduce((n, t) => n + t.templates.length, 0);

  // One untimed round so the JIT has seen every code path before the clock runs.
  const warm = createSuggester(guide);
  for (const c of all) warm.suggest(c);

  const build: number[] = [];
  const coldRuns: number[] = [];
  const steadyRuns: number[] = [];
  const repeatRuns: number[] = [];
  const p95s: number[] = [];
  const perComment = (suggester: Suggester, comments: string[], single?: number[]): number => {
    let total = 0;
    for (const c of comments) {
      const ms = time(() => suggester.suggest(c));
      single?.push(ms);
      total += ms;
    }
    return total / comments.length;
  };
  for (let r = 0; r < runs; r++) {
    const suggester = createSuggester(guide);
    build.push(time(() => suggester.prepare()));
    coldRuns.push(perComment(suggester, first));
    const single: number[] = [];
    steadyRuns.push(perComment(suggester, later, single));
    p95s.push(quantile(single, 0.95));
    repeatRuns.push(perComment(suggester, all));
  }

  const existing = starterGuide();
  let text = '';
  const exportTimes: number[] = [];
  const parseTimes: number[] = [];
  const planTimes: number[] = [];
  for (let r = 0; r < runs; r++) {
    exportTimes.push(time(() => (text = exportGuide(guide))));
    const t0 = performance.now();
    const parsed = parseGuideFile(text);
    parseTimes.push(performance.now() - t0);
    if (!parsed.ok) throw new Error(`generated guide does not import: ${parsed.errors[0]?.message_en}`);
    const incoming = parsed.guide;
    planTimes.push(time(() => planImport(existing, incoming, 'merge')));
  }
  const reference: number[] = [];
  for (let r = 0; r < runs; r++) reference.push(referenceLoop());
  const rankMs = median(steadyRuns);
  const importParseMs = median(parseTimes);
  const importPlanMs = median(planTimes);
  return {
    topics: guide.topics.length,
    templates,
    comments: all.length,
    runs,
    rankMsPerComment: rankMs,
    rankMsPerCommentCold: median(coldRuns),
    rankMsPerCommentRepeat: median(repeatRuns),
    rankP95Ms: median(p95s),
    buildMs: median(build),
    importMs: importParseMs + importPlanMs,
    importParseMs,
    importPlanMs,
    exportMs: median(exportTimes),
    fileChars: text.length,
    rankTargetMs: RANK_TARGET_MS,
    meetsRankTarget: rankMs <= RANK_TARGET_MS,
    referenceLoopMs: median(reference),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = await benchGuide();
  const f = (n: number, d = 3) => n.toFixed(d);
  const rows = [
    ['rank a new comment (mean)', `${f(r.rankMsPerComment)} ms`, `≤ ${r.rankTargetMs} ms ${r.meetsRankTarget ? 'ok' : 'MISSED'}`],
    ['rank a new comment (p95)', `${f(r.rankP95Ms)} ms`, ''],
    ['rank the first comments (empty caches)', `${f(r.rankMsPerCommentCold)} ms`, ''],
    ['rank a comment again (warm caches)', `${f(r.rankMsPerCommentRepeat)} ms`, ''],
    ['build index', `${f(r.buildMs, 1)} ms`, ''],
    ['import: parse + validate file', `${f(r.importParseMs, 1)} ms`, ''],
    ['import: merge plan', `${f(r.importPlanMs, 1)} ms`, ''],
    ['import total', `${f(r.importMs, 1)} ms`, ''],
    ['export', `${f(r.exportMs, 1)} ms`, ''],
    ['machine reference loop (laptop ≈ 8–10 ms)', `${f(r.referenceLoopMs, 1)} ms`, ''],
  ];
  process.stdout.write(`Response guide: ${r.templates} templates in ${r.topics} topics, ${r.comments} comments, ${r.runs} runs (medians), file ${(r.fileChars / 1024).toFixed(0)} KB\n`);
  for (const [label, value, target] of rows) process.stdout.write(`  ${label!.padEnd(42)} ${value!.padStart(10)}  ${target}\n`);
  process.stdout.write(`${JSON.stringify(r)}\n`);
}
