/**
 * The popup's first render with a large store, in Chromium run as a plain process: no Playwright, no debugger.
 * popup-bench.ts measures the same through Playwright, and there even a blank extension page with its one
 * row in the HTML (the floor) takes about as long as the popup; this tells what opening the popup costs
 * when nothing is attached.
 *
 * A copy of the build gets three pages for the run (never shipped): bench-seed.html writes 10,000
 * comments and 2,000 notes into the extension's IndexedDB once the extension has created it, then the
 * tab alternates between bench-floor.html (a blank page whose row is in its HTML) and bench-popup.html
 * (popup.html as built, with the probe first in its head). The probe notes when the first checklist row
 * is inserted and the animation frame after it, reports both to the fixture server and opens the next page.
 * The first round warms the service worker and the disk cache and is not counted.
 *   MODERATO_OUT=<build dir> npx tsx scripts/bench/popup-raw.ts [runs]
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXTENSION_DIR } from '../../tests/e2e/support/browser';
import { plainChromium } from './plain-chromium';
import { startFixtureServer } from '../../tests/e2e/support/fixture-server';
import { median } from './cpu-profile';

const SEED = readFileSync(new URL('./seed-store.js', import.meta.url), 'utf8').replace(/^\/\/.*\n/, '');

export interface PopupRawResult {
  runs: number;
  /** Navigation start to the frame after the first checklist row, ms (medians). */
  popupMs: number;
  floorMs: number;
  overFloorMs: number;
  popup: number[];
  floor: number[];
}

/** Chromium's id for an unpacked extension: the first 128 bits of the SHA-256 of its path, as letters a–p. */
function unpackedId(dir: string): string {
  return [...createHash('sha256').update(dir).digest('hex').slice(0, 32)].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

function probe(reportUrl: string, runs: number): string {
  return `(() => {
  const page = location.pathname.includes('floor') ? 'floor' : 'popup';
  const k = Number(new URLSearchParams(location.search).get('k') || 0);
  let inserted = 0;
  const next = () => {
    if (page === 'floor') location.href = 'bench-popup.html?k=' + k;
    else if (k < ${runs}) location.href = 'bench-floor.html?k=' + (k + 1);
  };
  const seen = () => {
    if (inserted || !document.querySelector('ol.checklist li')) return false;
    inserted = performance.now();
    requestAnimationFrame(() => {
      const painted = performance.now();
      fetch('${reportUrl}?page=' + page + '&k=' + k + '&inserted=' + inserted + '&painted=' + painted, { mode: 'no-cors' })
        .catch(() => undefined).finally(() => setTimeout(next, 50));
    });
    return true;
  };
  const observer = new MutationObserver(() => { if (seen()) observer.disconnect(); });
  observer.observe(document, { childList: true, subtree: true });
})();`;
}

export async function popupRawBench(runs = 7, comments = 10_000, notes = 2_000): Promise<PopupRawResult> {
  const reports: { page: string; k: number; painted: number }[] = [];
  let seeded = false;
  const server = await startFixtureServer(({ path, query }) => {
    if (path === '/__popup') reports.push({ page: query.get('page')!, k: Number(query.get('k')), painted: Number(query.get('painted')) });
    else if (path === '/__seeded') seeded = true;
    else return null;
    return { body: 'ok' };
  });
  const ext = mkdtempSync(join(tmpdir(), 'moderato-popup-'));
  const profile = mkdtempSync(join(tmpdir(), 'moderato-popup-profile-'));
  try {
    cpSync(EXTENSION_DIR, ext, { recursive: true });
    const report = `${server.url('www.facebook.com', '/__popup')}`;
    writeFileSync(join(ext, 'bench-probe.js'), probe(report, runs));
    const popupHtml = readFileSync(join(ext, 'popup.html'), 'utf8');
    writeFileSync(join(ext, 'bench-popup.html'), popupHtml.replace('<head>', '<head><script src="/bench-probe.js"></script>'));
    writeFileSync(join(ext, 'bench-floor.html'), '<!doctype html><html><head><meta charset="utf-8"><script src="/bench-probe.js"></script><title>floor</title></head><body><ol class="checklist"><li>row</li></ol></body></html>');
    // The extension creates its database when it starts; the seed waits for it rather than create a bare one.
    writeFileSync(join(ext, 'bench-seed.js'), `(async () => {
  for (let i = 0; i < 100; i++) {
    const dbs = await indexedDB.databases();
    if (dbs.some((d) => d.name === 'moderato' && d.version > 1)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  await (${SEED})(${comments}, ${notes});
  await fetch('${server.url('www.facebook.com', '/__seeded')}', { mode: 'no-cors' }).catch(() => undefined);
  location.href = 'bench-floor.html?k=0';
})();`);
    writeFileSync(join(ext, 'bench-seed.html'), '<!doctype html><html><head><meta charset="utf-8"><script src="/bench-seed.js"></script></head><body></body></html>');
    const browser = plainChromium(ext, profile, [
      '--window-size=1100,900',
      // Only to open the first page: Chromium does not open an extension's page given on the command line.
      // The tab is made through the HTTP endpoint; no debugger ever attaches to it.
      '--remote-debugging-port=0', 'about:blank',
    ]);
    try {
      const portFile = join(profile, 'DevToolsActivePort');
      for (let i = 0; i < 100 && !existsSync(portFile); i++) await new Promise((r) => setTimeout(r, 100));
      const port = readFileSync(portFile, 'utf8').split('\n')[0];
      // The extension's service worker must be up before its page opens; it creates the database.
      await new Promise((r) => setTimeout(r, 1000));
      const opened = await fetch(`http://127.0.0.1:${port}/json/new?chrome-extension://${unpackedId(ext)}/bench-seed.html`, { method: 'PUT' });
      if (!opened.ok) throw new Error(`popup-raw: could not open the seed page (${opened.status})`);
      const deadline = Date.now() + 120_000;
      while (reports.filter((r) => r.page === 'popup').length <= runs && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      if (!seeded) throw new Error('popup-raw: the store was not seeded');
      if (reports.filter((r) => r.page === 'popup').length <= runs) throw new Error(`popup-raw: ${reports.length} of ${2 * (runs + 1)} pages reported`);
    } finally {
      await browser.stop();
    }
  } finally {
    await server.close();
    rmSync(ext, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
  const counted = (page: string) => reports.filter((r) => r.page === page && r.k > 0).sort((a, b) => a.k - b.k);
  const popup = counted('popup');
  const floor = counted('floor');
  return {
    runs,
    popupMs: median(popup.map((r) => r.painted)),
    floorMs: median(floor.map((r) => r.painted)),
    overFloorMs: median(popup.map((r, i) => r.painted - (floor[i]?.painted ?? 0))),
    popup: popup.map((r) => r.painted),
    floor: floor.map((r) => r.painted),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const r = await popupRawBench(Number(process.argv[2] ?? 7));
  const f = (n: number) => n.toFixed(1);
  console.log(`popup ${f(r.popupMs)} ms (all ${r.popup.map(f).join(' ')}); floor ${f(r.floorMs)} ms (all ${r.floor.map(f).join(' ')}); popup − floor ${f(r.overFloorMs)} ms`);
}
