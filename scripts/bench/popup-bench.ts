import { extensionUrl, launchWithExtension } from '../../tests/e2e/support/browser';
import { readFileSync } from 'node:fs';
import { median } from './cpu-profile';

const SEED = readFileSync(new URL('./seed-store.js', import.meta.url), 'utf8').replace(/^\/\/.*\n/, '');

export interface PopupBenchResult {
  comments: number;
  notes: number;
  runs: number;
  /** From navigation start to the first checklist row on screen, ms (median). */
  firstRenderMs: number;
  all: number[];
}

/**
 * The popup's time to first render with a large store: 10,000 tracked comments (most of them open) and
 * 2,000 notes, written straight into the extension's IndexedDB, then the popup opened several times.
 */
export async function popupBench(runs = 5, comments = 10_000, notes = 2_000): Promise<PopupBenchResult> {
  const b = await launchWithExtension();
  try {
    // Plain JS evaluated as text: tsx would add helpers that do not exist in the service worker.
    await b.worker.evaluate(`(${SEED})(${comments}, ${notes})`);

    const all: number[] = [];
    for (let run = 0; run < runs + 1; run++) {
      const page = await b.context.newPage();
      await page.goto(extensionUrl(b, 'popup.html'));
      const at = await page.waitForFunction(() => (document.querySelector('ol.checklist li') ? performance.now() : 0), null, { polling: 'raf', timeout: 30_000 });
      // The first opening warms the service worker and the disk cache: not counted.
      if (run > 0) all.push((await at.jsonValue()) as number);
      await page.close();
    }
    return { comments, notes, runs, firstRenderMs: median(all), all };
  } finally {
    await b.close();
  }
}
