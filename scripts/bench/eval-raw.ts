/**
 * The content script's top level as the page pays for it, with no debugger attached: the loader's and the
 * overlay module's, each a task of its own (lib/overlay/load-overlay.ts), the longer of the two per visit.
 * Playwright's CDP session and a trace both change what V8 does (the trace of eval-task.ts showed the same ~30 ms on a later visit,
 * when Chromium's code cache should make it cheap), so this runs Chromium as a plain process: a copy of the
 * built extension whose content scripts note performance.now() on their first and last line, and a page that
 * reports the difference to the fixture server and then loads itself again. The first load in a fresh profile
 * is a moderator's first visit; the loads after it are later visits. Compiling happens before the first line
 * and is not included (eval-task.ts reads it from the trace).
 *   MODERATO_OUT=<build dir> npx tsx scripts/bench/eval-raw.ts [facebook|x] [runs]
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXTENSION_DIR } from '../../tests/e2e/support/browser';
import { plainChromium } from './plain-chromium';
import { startFixtureServer, type FixtureServer } from '../../tests/e2e/support/fixture-server';
import { median } from './cpu-profile';
import { facebookScenario } from './facebook-scenario';
import type { Scenario } from './scenario';
import { xScenario } from './x-scenario';

const LATER_VISITS = 5;

export interface EvalRawResult {
  /** Median top-level run on the first visit in a fresh profile, ms. */
  firstMs: number;
  /** Median over the later visits of every run, ms. */
  laterMs: number;
  perRunFirst: number[];
}

/**
 * A copy of the build whose content scripts (the loaders) and overlay modules time their own top level.
 * The two run in separate tasks; a visit reports the longer of the two.
 */
function instrumentedCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'moderato-eval-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  for (const name of ['facebook', 'x']) {
    for (const [folder, attr] of [['content-scripts', 'data-moderato-eval'], ['content-modules', 'data-moderato-eval-module']] as const) {
      const file = join(dir, folder, `${name}.js`);
      const code = readFileSync(file, 'utf8');
      // A module may have statements after its export list: the last line still runs at the end of its top level.
      writeFileSync(file, `var __moderatoT0=performance.now();${code}\n;document.documentElement.setAttribute('${attr}',String(performance.now()-__moderatoT0));\n`);
    }
  }
  return dir;
}

/** Reports the script's time, then loads the page again until the later visits are done. */
const REPORTER = `<script>(function poll() {
  const a = document.documentElement.getAttribute('data-moderato-eval');
  const b = document.documentElement.getAttribute('data-moderato-eval-module');
  if (!a || !b) return setTimeout(poll, 20);
  const v = Math.max(Number(a), Number(b));
  const k = Number(new URLSearchParams(location.search).get('k') || 0);
  fetch('/__eval?k=' + k + '&ms=' + v).then(() => { if (k < ${LATER_VISITS}) setTimeout(() => { location.search = '?k=' + (k + 1); }, 100); });
})();</script>`;

export async function evalRawBench(server: FixtureServer, make: (run: number) => Scenario, runs: number): Promise<EvalRawResult> {
  const s = make(0);
  const body = s.shell.replace('</body>', `${REPORTER}</body>`);
  let reports: { k: number; ms: number }[] = [];
  server.setHandler(({ path, query }) => {
    if (path === '/__eval') {
      reports.push({ k: Number(query.get('k')), ms: Number(query.get('ms')) });
      return { body: 'ok' };
    }
    return path === s.path ? { body } : null;
  });
  const ext = instrumentedCopy();
  const first: number[] = [];
  const later: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const profile = mkdtempSync(join(tmpdir(), 'moderato-raw-'));
      reports = [];
      // The page is an own page only by its host, which is all the top level depends on.
      const browser = plainChromium(ext, profile, [server.url(s.host, s.path)]);
      try {
        const deadline = Date.now() + 30_000;
        while (reports.length <= LATER_VISITS && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
        if (reports.length <= LATER_VISITS) throw new Error(`eval-raw: ${reports.length} of ${LATER_VISITS + 1} visits reported`);
      } finally {
        await browser.stop();
        rmSync(profile, { recursive: true, force: true });
      }
      for (const r of reports) (r.k === 0 ? first : later).push(r.ms);
    }
  } finally {
    rmSync(ext, { recursive: true, force: true });
  }
  return { firstMs: median(first), laterMs: median(later), perRunFirst: first };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const server = await startFixtureServer(() => null);
  try {
    const r = await evalRawBench(server, process.argv[2] === 'x' ? xScenario : facebookScenario, Number(process.argv[3] ?? 5));
    console.log(JSON.stringify({ ...r, perRunFirst: r.perRunFirst.map((t) => Number(t.toFixed(1))) }));
  } finally {
    await server.close();
  }
}
