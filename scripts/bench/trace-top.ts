/**
 * What the page's main thread does in its longest tasks during one arrival run, from a Chromium trace
 * (the CPU profile behind `npm run bench` sees only JavaScript; a late timer tick is often rendering).
 * Prints the page timer's worst tick delays and, for the ten longest tasks, the trace events inside them
 * (PrePaint, Layout, UpdateLayoutTree, IntersectionObserver work, script by file).
 * Usage: npm run build && npx tsx scripts/bench/trace-top.ts [facebook|x]   (BARE=1: the extension on, no page set up)
 */
import { launchWithExtension, seedSettings } from '../../tests/e2e/support/browser';
import { startFixtureServer } from '../../tests/e2e/support/fixture-server';
import { arrivalDocument } from './arrival-page';
import { facebookScenario } from './facebook-scenario';
import { xScenario } from './x-scenario';
import { mainThread, startTrace } from './trace';

const s = (process.argv[2] === 'x' ? xScenario : facebookScenario)(5);
const server = await startFixtureServer(({ path }) => (path === s.path ? { body: arrivalDocument({ shell: s.shell, batches: s.batches, intervalMs: 50 }) } : null));
const b = await launchWithExtension();
await seedSettings(b, { pages: process.env.BARE ? [] : [s.settingsPage], targetMinutes: 60 });
const page = await b.context.newPage();
const stopTrace = await startTrace(page, 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute');
await page.goto(server.url(s.host, s.path));
await page.waitForFunction('window.__arrival && window.__arrival.done === true', null, { timeout: 60_000 });
await page.waitForTimeout(1500);
const delays = (await page.evaluate('window.__arrival.delays')) as number[];
const events = await stopTrace();
await b.close();
await server.close();

// The renderer's main thread is the one that ran the page's script.
const main = mainThread(events, 'FunctionCall');
console.log('worst tick delays (ms):', [...delays].sort((a, b) => b - a).slice(0, 5).map((d) => d.toFixed(0)).join(' '));
for (const task of main.filter((e) => e.name === 'RunTask').sort((a, b) => b.dur - a.dur).slice(0, 10)) {
  const inside = new Map<string, number>();
  for (const e of main) {
    if (e === task || e.ts < task.ts || e.ts + e.dur > task.ts + task.dur) continue;
    const url = e.args?.data?.url ? ` ${e.args.data.url.split('/').pop()!.slice(0, 30)}` : '';
    const key = `${e.name}${url}${e.args?.data?.type ? ` ${e.args.data.type}` : ''}`;
    inside.set(key, (inside.get(key) ?? 0) + e.dur / 1000);
  }
  console.log(`task ${(task.dur / 1000).toFixed(1)} ms:`, [...inside].sort((a, b) => b[1] - a[1]).slice(0, 7).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(' | '));
}
