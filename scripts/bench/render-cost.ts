/**
 * What the page's rendering costs in one arrival run, from a Chromium trace: the main thread's summed
 * style, layout, pre-paint and paint time, its longest task and the page timer's worst tick. For A/B work
 * on the badges' rendering cost (the CPU profile behind `npm run bench` sees only script), alternate builds:
 *   MODERATO_OUT=<build dir> npx tsx scripts/bench/render-cost.ts [facebook|x] [runs]   (BARE=1: no page set up)
 * Prints the medians over the runs as one JSON line.
 */
import { launchWithExtension, seedSettings } from '../../tests/e2e/support/browser';
import { startFixtureServer } from '../../tests/e2e/support/fixture-server';
import { arrivalDocument } from './arrival-page';
import { median } from './cpu-profile';
import { facebookScenario } from './facebook-scenario';
import { xScenario } from './x-scenario';
import type { Scenario } from './scenario';
import { fileURLToPath } from 'node:url';
import { mainThread, startTrace, type TraceEvent } from './trace';

/** Trace events of a script's evaluation: the content script (a classic script) and the module it imports. */
const EVALUATION = new Set(['EvaluateScript', 'v8.compile', 'v8.evaluateModule', 'v8.compileModule']);

const PHASES = ['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'IntersectionObserverController::computeIntersections'] as const;

/**
 * Medians over `runs` arrival runs, each in a fresh browser: the page timer's worst tick and summed lateness,
 * ms per rendering phase, the longest task, and the extension's script per task (`extLongestTask`; without
 * the task that evaluates the content script: `extLongestBesidesEvaluation`).
 */
export async function renderCost(make: (run: number) => Scenario, runs: number, bare = false, top = false): Promise<Record<string, number>> {
  const results: Record<string, number>[] = [];
  for (let run = 0; run < runs; run++) {
    const s = make(run);
    const server = await startFixtureServer(({ path }) => (path === s.path ? { body: arrivalDocument({ shell: s.shell, batches: s.batches, intervalMs: 50 }) } : null));
    const b = await launchWithExtension();
    try {
      await seedSettings(b, { pages: bare ? [] : [s.settingsPage], targetMinutes: 60 });
      const page = await b.context.newPage();
      const stopTrace = await startTrace(page, 'devtools.timeline,disabled-by-default-devtools.timeline');
      await page.goto(server.url(s.host, s.path));
      await page.waitForFunction('window.__arrival && window.__arrival.done === true', null, { timeout: 60_000 });
      await page.waitForTimeout(1500);
      const { delays, lateness } = (await page.evaluate('({ delays: window.__arrival.delays, lateness: window.__arrival.lateness })')) as { delays: number[]; lateness: number[] };
      // The renderer's main thread is the one with the most layout work.
      const main = mainThread(await stopTrace(), 'Layout');
      const r: Record<string, number> = { worstTick: Math.max(...delays), summedLate: Math.max(...lateness) };
      for (const p of PHASES) r[p] = main.filter((e) => e.name === p).reduce((n, e) => n + e.dur / 1000, 0);
      const tasks = main.filter((e) => e.name === 'RunTask').map((e) => e.dur / 1000);
      r.longestTask = Math.max(...tasks);
      // The extension's share of each task: its outermost script events (calls, evaluation) inside it.
      const ours = main.filter((e) => (e.name === 'FunctionCall' || EVALUATION.has(e.name)) && e.args?.data?.url?.startsWith('chrome-extension://'))
        .sort((a, b) => a.ts - b.ts);
      const outer: TraceEvent[] = [];
      for (const e of ours) {
        const last = outer.at(-1);
        if (!last || e.ts >= last.ts + last.dur) outer.push(e);
      }
      const runTasks = main.filter((e) => e.name === 'RunTask').sort((a, b) => a.ts - b.ts);
      const perTask = new Map<TraceEvent, number>();
      let t = 0;
      for (const e of outer) {
        while (t < runTasks.length && runTasks[t]!.ts + runTasks[t]!.dur < e.ts) t++;
        const task = runTasks[t];
        const key = task && task.ts <= e.ts ? task : e;
        perTask.set(key, (perTask.get(key) ?? 0) + e.dur / 1000);
      }
      r.extScript = outer.reduce((n, e) => n + e.dur / 1000, 0);
      r.extLongestTask = Math.max(0, ...perTask.values());
      // The loader's evaluation and the overlay module's (eval-task.ts has rows of their own for them).
      const evaluations = outer.filter((e) => EVALUATION.has(e.name));
      const evaluationTasks = new Set([...perTask.keys()].filter((k) => evaluations.some((e) => k.ts <= e.ts && e.ts <= k.ts + k.dur)));
      r.extLongestBesidesEvaluation = Math.max(0, ...[...perTask.entries()].filter(([k]) => !evaluationTasks.has(k)).map(([, ms]) => ms));
      r.extTasksOver16 = [...perTask.values()].filter((d) => d > 16).length;
      if (top) {
        for (const [task, ms] of [...perTask.entries()].sort((a, b) => b[1] - a[1]).slice(0, 4)) {
          const inside = main.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur && e.dur > 500)
            .map((e) => `${e.name}${e.args?.data?.url ? ' ' + e.args.data.url.split('/').pop() : ''}${e.args?.data?.functionName ? ' ' + e.args.data.functionName : ''} ${(e.dur / 1000).toFixed(1)}`);
          console.error(`${ms.toFixed(1)} ms of ours in a ${(task.dur / 1000).toFixed(1)} ms task at ${((task.ts - main[0]!.ts) / 1000).toFixed(0)}: ${inside.slice(0, 12).join(' | ')}`);
        }
      }
      r.tasksOver50 = tasks.filter((d) => d > 50).length;
      r.frames = main.filter((e) => e.name === 'PrePaint').length;
      results.push(r);
    } finally {
      await b.close();
      await server.close();
    }
  }
  const out: Record<string, number> = {};
  for (const k of Object.keys(results[0] ?? {})) out[k] = median(results.map((r) => r[k]!));
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = await renderCost(process.argv[2] === 'x' ? xScenario : facebookScenario, Number(process.argv[3] ?? 3), !!process.env.BARE, !!process.env.TOP);
  console.log(JSON.stringify(Object.fromEntries(Object.entries(out).map(([k, v]) => [k, v.toFixed(1)]))));
}
