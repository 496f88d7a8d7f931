import type { Page } from 'playwright-core';
import { launchWithExtension, seedSettings, type ExtensionBrowser } from '../../tests/e2e/support/browser';
import type { FixtureServer } from '../../tests/e2e/support/fixture-server';
import { arrivalDocument, FLOOR_SCRIPT } from './arrival-page';
import { attribute, median, type CpuProfile } from './cpu-profile';
import type { Scenario } from './scenario';

export interface ArrivalResult {
  scenario: string;
  runs: number;
  extensionMs: number;
  floorMs: number;
  ratio: number;
  perCommentMs: number;
  longestTaskMs: number;
  /** The page's own 50 ms timer: lateness against its ideal schedule, summed over the run (worst tick). */
  timerLateMs: { bare: number; floor: number; extension: number };
  /** The page's own 50 ms timer: the most one tick fired late after the one before. */
  tickDelayMs: { bare: number; floor: number; extension: number };
  badges: number;
  comments: number;
}

type Mode = 'bare' | 'floor' | 'extension';

interface Measured { totalMs: number; longestMs: number; late: number; delay: number }

async function measure(page: Page, url: string, matches: (u: string) => boolean, badges: number): Promise<Measured> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __arrival?: { done: boolean } }).__arrival?.done === true, null, { timeout: 60_000 });
  // The extension's work all falls inside the profile: every comment has its badge before the clock stops.
  if (badges) await page.waitForFunction((n) => document.querySelectorAll('moderato-badge').length >= n, badges, { timeout: 60_000, polling: 100 });
  // Let trailing work (the last batch's badges, storage round trips) finish inside the profile.
  await page.waitForTimeout(1500);
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  const { late, delay } = await page.evaluate(() => {
    const a = (window as unknown as { __arrival: { lateness: number[]; delays: number[] } }).__arrival;
    return { late: Math.max(...a.lateness), delay: Math.max(...a.delays) };
  });
  await cdp.detach();
  const { totalMs, longestMs } = attribute(profile, matches);
  return { totalMs, longestMs, late, delay };
}

/**
 * Runs the arrival page `runs` times in each mode and reports medians. Each mode gets its own
 * browser so the extension's presence cannot colour the bare and floor runs.
 */
export async function arrivalBench(server: FixtureServer, make: (run: number) => Scenario, runs: number): Promise<ArrivalResult> {
  const first = make(0);
  const results: Record<Mode, Measured[]> = { bare: [], floor: [], extension: [] };
  let badges = 0;
  let comments = 0;
  const served = new Map<string, string>();
  server.setHandler(({ path }) => {
    if (path === '/__bench/floor.js') return { type: 'text/javascript', body: FLOOR_SCRIPT.replace('%SELECTOR%', JSON.stringify(first.itemSelector)) };
    const body = served.get(path);
    return body ? { body } : null;
  });

  for (const mode of ['bare', 'floor', 'extension'] as Mode[]) {
    let b: ExtensionBrowser | null = null;
    b = await launchWithExtension();
    if (mode === 'extension') await seedSettings(b, { pages: [first.settingsPage], targetMinutes: 60 });
    else await seedSettings(b, { pages: [] });
    for (let run = 0; run < runs; run++) {
      const s = make(run + (mode === 'extension' ? 100 : 0));
      const path = `${s.path}`;
      served.set(path, arrivalDocument({ shell: s.shell, batches: s.batches, intervalMs: 50, extraScript: mode === 'floor' ? '/__bench/floor.js' : undefined }));
      const page = await b.context.newPage();
      const matches = mode === 'floor' ? (u: string) => u.endsWith('/__bench/floor.js') : (u: string) => u.startsWith('chrome-extension://');
      results[mode].push(await measure(page, server.url(s.host, path), matches, mode === 'extension' ? s.expectedBadges : 0));
      if (mode === 'extension' && run === runs - 1) {
        badges = await page.locator('moderato-badge').count();
        comments = await page.locator(s.itemSelector).count();
      }
      await page.close();
    }
    await b.close();
  }
  const ext = median(results.extension.map((r) => r.totalMs));
  const floor = median(results.floor.map((r) => r.totalMs));
  return {
    scenario: first.name,
    runs,
    extensionMs: ext,
    floorMs: floor,
    ratio: ext / Math.max(floor, 0.001),
    perCommentMs: ext / 1000,
    longestTaskMs: median(results.extension.map((r) => r.longestMs)),
    timerLateMs: {
      bare: median(results.bare.map((r) => r.late)),
      floor: median(results.floor.map((r) => r.late)),
      extension: median(results.extension.map((r) => r.late)),
    },
    tickDelayMs: {
      bare: median(results.bare.map((r) => r.delay)),
      floor: median(results.floor.map((r) => r.delay)),
      extension: median(results.extension.map((r) => r.delay)),
    },
    badges,
    comments,
  };
}
