import { extensionUrl, EXTENSION_DIR, launchWithExtension, type ExtensionBrowser } from '../../tests/e2e/support/browser';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { median } from './cpu-profile';

const SEED = readFileSync(new URL('./seed-store.js', import.meta.url), 'utf8').replace(/^\/\/.*\n/, '');

/** The floor: a blank extension page whose one checklist row is in its HTML. Written for the run only, never shipped. */
const FLOOR_PAGE = 'bench-floor.html';
const FLOOR_HTML = '<!doctype html><html><head><meta charset="utf-8"><title>floor</title></head><body><ol class="checklist"><li>row</li></ol></body></html>';

/**
 * Runs in the page before any of its own code (Playwright init script): notes when the first
 * `ol.checklist li` is inserted and the next animation frame after it, the one that paints it. Measured
 * inside the page, so neither the load event nor a round trip to Playwright is counted.
 */
const PROBE = `(() => {
  const m = { inserted: 0, painted: 0 };
  Object.defineProperty(window, '__firstRow', { value: m });
  const seen = () => {
    if (m.inserted || !document.querySelector('ol.checklist li')) return false;
    m.inserted = performance.now();
    requestAnimationFrame(() => { m.painted = performance.now(); });
    return true;
  };
  const observer = new MutationObserver(() => { if (seen()) observer.disconnect(); });
  observer.observe(document, { childList: true, subtree: true });
})();`;

export interface PageTiming {
  /** The first checklist row inserted, ms since navigation start. */
  insertedMs: number;
  /** The animation frame after it: the first render on screen, ms since navigation start. */
  paintedMs: number;
  /** The page's own navigation timing, for reference. */
  domInteractiveMs: number;
}

export interface PopupBenchResult {
  comments: number;
  notes: number;
  runs: number;
  /** From navigation start to the frame that paints the first checklist row, ms (median). */
  firstRenderMs: number;
  /** The same for the floor page (a hard-coded row in a blank extension page), ms (median). */
  floorMs: number;
  /** Median of the per-run differences popup − floor, ms. */
  overFloorMs: number;
  all: PageTiming[];
  floor: PageTiming[];
}

async function timeOpening(b: ExtensionBrowser, file: string): Promise<PageTiming> {
  const page = await b.context.newPage();
  try {
    await page.addInitScript(PROBE);
    await page.goto(extensionUrl(b, file));
    await page.waitForFunction(() => (window as unknown as { __firstRow?: { painted: number } }).__firstRow?.painted, null, { timeout: 30_000 });
    return await page.evaluate(() => {
      const m = (window as unknown as { __firstRow: { inserted: number; painted: number } }).__firstRow;
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return { insertedMs: m.inserted, paintedMs: m.painted, domInteractiveMs: nav?.domInteractive ?? 0 };
    });
  } finally {
    await page.close();
  }
}

/**
 * The popup's time to first render with a large store: 10,000 tracked comments (most of them open) and
 * 2,000 notes, written straight into the extension's IndexedDB, then the popup and the floor page opened
 * in turn several times.
 */
export async function popupBench(runs = 5, comments = 10_000, notes = 2_000): Promise<PopupBenchResult> {
  const floorFile = join(EXTENSION_DIR, FLOOR_PAGE);
  writeFileSync(floorFile, FLOOR_HTML);
  try {
    const b = await launchWithExtension();
    try {
      // Plain JS evaluated as text: tsx would add helpers that do not exist in the service worker.
      await b.worker.evaluate(`(${SEED})(${comments}, ${notes})`);
      const all: PageTiming[] = [];
      const floor: PageTiming[] = [];
      for (let run = 0; run < runs + 1; run++) {
        // The first opening of each warms the service worker and the disk cache: not counted.
        const f = await timeOpening(b, FLOOR_PAGE);
        const p = await timeOpening(b, 'popup.html');
        if (run > 0) {
          floor.push(f);
          all.push(p);
        }
      }
      return {
        comments,
        notes,
        runs,
        firstRenderMs: median(all.map((t) => t.paintedMs)),
        floorMs: median(floor.map((t) => t.paintedMs)),
        overFloorMs: median(all.map((t, i) => t.paintedMs - floor[i]!.paintedMs)),
        all,
        floor,
      };
    } finally {
      await b.close();
    }
  } finally {
    rmSync(floorFile, { force: true });
  }
}
