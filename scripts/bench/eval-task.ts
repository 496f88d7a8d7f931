/**
 * The tasks in which the host page evaluates the content script: parsing and compiling the bundle and
 * running its top level, one task the page cannot split per script (the loader, then the overlay module).
 * The CPU profile behind the arrival bench does not see them (compiling is not sampled as the script's
 * own frames), so they are read from a Chromium trace.
 * Only the `toplevel` and `v8` categories are recorded: the timeline categories capture a stack for every
 * timer and listener the script installs, which makes V8 collect source positions the page never pays for.
 *   MODERATO_OUT=<build dir> npx tsx scripts/bench/eval-task.ts [facebook|x] [runs]   (BREAKDOWN=1: V8's parse and compile events inside it)
 */
import { fileURLToPath } from 'node:url';
import { launchWithExtension, seedSettings, type ExtensionBrowser } from '../../tests/e2e/support/browser';
import { startFixtureServer, type FixtureServer } from '../../tests/e2e/support/fixture-server';
import { arrivalDocument } from './arrival-page';
import { median } from './cpu-profile';
import { facebookScenario } from './facebook-scenario';
import type { Scenario } from './scenario';
import { xScenario } from './x-scenario';
import { startTrace, type TraceEvent } from './trace';

export interface EvalTaskResult {
  /** Median length of the longest task evaluating the loader or the overlay module, ms. */
  taskMs: number;
  /** Median of V8's compiling of the extension's scripts on the page's main thread, ms. */
  compileMs: number;
  /** Median of the module's parse on a background thread, ms: not the page's time. */
  offThreadParseMs: number;
  /** Median task on a later visit in the same browser (code cache warm), ms. */
  laterTaskMs: number;
  perRun: number[];
  /** With BREAKDOWN: median ms per event name inside the task. */
  inside?: Record<string, number>;
}

/** A script's evaluation in a trace: compiling, running its top level, the code cache. */
const EVALUATION = new Set(['v8.compile', 'v8.compileModule', 'v8.parseOnBackground', 'v8.run', 'v8.evaluateModule', 'v8.produceCache', 'v8.produceModuleCache']);

/**
 * The extension's own evaluation events. The module's evaluation (v8.evaluateModule) names no address,
 * only the extension's isolated world. Not v8.callFunction: the overlay's callbacks are its work after
 * evaluation, whose tasks render-cost.ts measures.
 */
const isExtensionScript = (e: TraceEvent): boolean => {
  if (!EVALUATION.has(e.name)) return false;
  const args = JSON.stringify(e.args ?? {});
  return args.includes('chrome-extension://') || args.includes('"worldName":"Moderato"');
};
const COMPILES = new Set(['v8.compile', 'v8.compileModule']);

/**
 * One page load under a trace. The content script is a loader that imports the overlay module
 * (lib/overlay/load-overlay.ts): the page pays for the loader's task and for the module's own task(s), each
 * in the renderer's main thread; the module's parse runs on a background thread. The longest main-thread task
 * with any of the extension's script events in it is the figure, with the compiling done inside such tasks.
 */
async function traceVisit(b: ExtensionBrowser, url: string, s: Scenario, categories: string): Promise<{ task: number; compile: number; offThreadParse: number; inside: Map<string, number> }> {
  const page = await b.context.newPage();
  const stopTrace = await startTrace(page, categories);
  await page.goto(url);
  await page.waitForFunction('window.__arrival && window.__arrival.done === true', null, { timeout: 20_000 });
  await page.waitForTimeout(300);
  const events = await stopTrace();
  await page.close();
  const ours = events.filter(isExtensionScript);
  const loader = ours.find((e) => e.name === 'v8.run' && JSON.stringify(e.args ?? {}).includes(`/${s.contentScript}`));
  if (!loader) throw new Error(`no run of ${s.contentScript} in the trace`);
  const onMain = (e: TraceEvent) => e.pid === loader.pid && e.tid === loader.tid;
  const tasks = events.filter((e) => e.name.endsWith('RunTask') && onMain(e)
    && ours.some((o) => onMain(o) && o.ts >= e.ts && o.ts + o.dur <= e.ts + e.dur));
  if (!tasks.length) throw new Error('no task around the extension\'s scripts in the trace');
  // Nested RunTask events: the innermost around each script event is the task that ran it.
  const innermost = tasks.filter((t) => !tasks.some((u) => u !== t && u.ts >= t.ts && u.ts + u.dur <= t.ts + t.dur));
  const task = innermost.sort((a, c) => c.dur - a.dur)[0]!;
  const compile = ours.filter((e) => onMain(e) && COMPILES.has(e.name)).reduce((sum, e) => sum + e.dur / 1000, 0);
  // In the page's renderer only: the trace also holds the service worker's own compiling, in another process.
  const offThreadParse = ours.filter((e) => e.name === 'v8.parseOnBackground' && e.pid === loader.pid && !onMain(e)).reduce((sum, e) => sum + e.dur / 1000, 0);
  const inside = new Map<string, number>();
  for (const e of events) {
    if (e.ph !== 'X' || e === task || !onMain(e) || e.ts < task.ts || e.ts + e.dur > task.ts + task.dur) continue;
    inside.set(e.name, (inside.get(e.name) ?? 0) + e.dur / 1000);
  }
  return { task: task.dur / 1000, compile, offThreadParse, inside };
}

/**
 * Each run is a fresh browser (no code cache from an earlier page), as on a moderator's first visit with a
 * new profile; a second page in the same browser is a later visit, which Chromium serves from its code cache.
 */
export async function evalTaskBench(server: FixtureServer, make: (run: number) => Scenario, runs: number, categories = 'toplevel,v8'): Promise<EvalTaskResult> {
  const s = make(0);
  const body = arrivalDocument({ shell: s.shell, batches: s.batches.slice(0, 1), intervalMs: 50 });
  server.setHandler(({ path }) => (path === s.path ? { body } : null));
  const first: Awaited<ReturnType<typeof traceVisit>>[] = [];
  const later: number[] = [];
  for (let run = 0; run < runs; run++) {
    const b = await launchWithExtension();
    try {
      await seedSettings(b, { pages: [s.settingsPage], targetMinutes: 60 });
      first.push(await traceVisit(b, server.url(s.host, s.path), s, categories));
      later.push((await traceVisit(b, server.url(s.host, s.path), s, categories)).task);
    } finally {
      await b.close();
    }
  }
  const inside = first.map((v) => v.inside);
  const all = [...new Set(inside.flatMap((m) => [...m.keys()]))];
  return {
    taskMs: median(first.map((v) => v.task)),
    compileMs: median(first.map((v) => v.compile)),
    offThreadParseMs: median(first.map((v) => v.offThreadParse)),
    laterTaskMs: median(later),
    perRun: first.map((v) => v.task),
    ...(process.env.BREAKDOWN ? { inside: Object.fromEntries(all.map((n) => [n, Number(median(inside.map((m) => m.get(n) ?? 0)).toFixed(1))])) } : {}),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const server = await startFixtureServer(() => null);
  try {
    const r = await evalTaskBench(server, process.argv[2] === 'x' ? xScenario : facebookScenario, Number(process.argv[3] ?? 5),
      process.env.BREAKDOWN ? 'toplevel,v8,disabled-by-default-v8.compile' : undefined);
    console.log(JSON.stringify({ ...r, perRun: r.perRun.map((t) => Number(t.toFixed(1))) }));
  } finally {
    await server.close();
  }
}
