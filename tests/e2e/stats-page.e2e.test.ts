import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { inflateSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TrackedCommentSchema, type TrackedComment } from '../../lib/models/comment';
import { extensionUrl, launchWithExtension, openExtensionPage, seedSettings, storedRows, type ExtensionBrowser } from './support/browser';

/**
 * The statistics page on ~200 stored comments over 90 days. The expected figures are computed here
 * from what the generator meant each comment to be (its intended response time, whether it should be
 * left out), not by the extension's statistics code, and compared with what the page shows.
 */

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const TARGET = 60;
const SHOT = 'tests/e2e/screenshots/stats.png';

type Intent =
  | { kind: 'answered'; minutes: number; by: 'answer' | 'tick' }
  | { kind: 'overdue' }
  | { kind: 'pending' }
  | { kind: 'own' }
  | { kind: 'answer-time-unknown' }
  | { kind: 'history' };

interface Seeded {
  row: TrackedComment;
  intent: Intent;
}

const PAGES = [
  { site: 'facebook', name: 'Bäckerei Sonnenschein', url: 'https://www.facebook.com/baeckerei.sonnenschein', pageId: '' },
  { site: 'facebook', name: 'Sonnenschein Café', url: 'https://www.facebook.com/sonnenschein.cafe', pageId: '' },
  { site: 'x', name: 'sonnenschein_bkry', url: 'https://x.com/sonnenschein_bkry', pageId: '' },
] as const;

/** mulberry32: the same "random" data on every run. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function seedComments(now: number): Seeded[] {
  const rnd = prng(20260601);
  const normal = () => Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
  const out: Seeded[] = [];
  let n = 0;
  const make = (page: (typeof PAGES)[number], postedAt: number | null, firstSeenAt: number, over: Partial<TrackedComment>, intent: Intent) => {
    n += 1;
    const id = `${page.site === 'x' ? '19' : '1640'}${String(n).padStart(6, '0')}`;
    const base = {
      key: `${page.site}:${id}`, site: page.site, id, parentId: null,
      author: { name: `Kundin ${n}`, url: null }, text: `Kommentar Nummer ${n}`, permalink: null,
      pageName: page.name, postedAt, timeSource: postedAt === null ? 'first-seen' : 'exact',
      firstSeenAt, lastSeenAt: now - MIN, byOwner: false, answeredAt: null, handledAt: null, open: 1,
      ...over,
    } as TrackedComment;
    base.open = !base.byOwner && base.answeredAt === null && base.handledAt === null ? 1 : 0;
    out.push({ row: TrackedCommentSchema.parse(base), intent });
  };
  const pick = () => {
    const x = rnd();
    return x < 0.55 ? PAGES[0] : x < 0.75 ? PAGES[1] : PAGES[2];
  };

  for (let i = 0; i < 185; i++) {
    const page = pick();
    // Spread over 89 days, never in the last two hours (those are the explicit cases below).
    const postedAt = now - 2 * 60 * MIN - Math.floor(rnd() * 89 * DAY);
    const age = (now - postedAt) / DAY;
    const noPostingTime = i % 23 === 0;
    const firstSeenAt = postedAt + Math.floor(rnd() * 3 * MIN) + 1;
    const start = noPostingTime ? firstSeenAt : postedAt;
    const roll = rnd();
    if (roll < 0.08) {
      make(page, noPostingTime ? null : postedAt, firstSeenAt, {}, { kind: 'overdue' });
      continue;
    }
    // Response times heavy-tailed, and getting steadier: a 45-minute median three months ago, 20 now.
    const median = 20 + 25 * (age / 90);
    let minutes = Math.exp(Math.log(median) + 1.1 * normal());
    minutes = Math.min(minutes, 4 * 24 * 60);
    let ms = Math.max(30_000, Math.round(minutes * MIN));
    if (start + ms === firstSeenAt) ms += 1;
    const respondedAt = start + ms;
    const byTick = roll > 0.94;
    make(page, noPostingTime ? null : postedAt, firstSeenAt, byTick ? { handledAt: respondedAt } : { answeredAt: respondedAt },
      { kind: 'answered', minutes: ms / MIN, by: byTick ? 'tick' : 'answer' });
  }
  // Exactly at the target is already late.
  make(PAGES[0], now - 3 * DAY, now - 3 * DAY + MIN, { answeredAt: now - 3 * DAY + TARGET * MIN }, { kind: 'answered', minutes: TARGET, by: 'answer' });
  // Still within their target time.
  for (const ago of [5, 12, 25]) make(PAGES[ago === 12 ? 2 : 0], now - ago * MIN, now - ago * MIN + 20_000, {}, { kind: 'pending' });
  // Unanswered for hours.
  make(PAGES[1], now - 5 * 60 * MIN, now - 5 * 60 * MIN + MIN, {}, { kind: 'overdue' });
  // The company's own comments wait for nobody.
  for (let i = 0; i < 6; i++) make(PAGES[i % 3]!, now - (i * 9 + 1) * DAY, now - (i * 9 + 1) * DAY + MIN, { byOwner: true }, { kind: 'own' });
  // Already answered when first seen, at an unknown time: left out.
  for (const ago of [2, 40]) {
    const seen = now - ago * DAY;
    make(PAGES[0], seen - 3 * DAY, seen, { answeredAt: seen }, { kind: 'answer-time-unknown' });
  }
  // Older than the 30-day backlog limit when first seen, never answered: history, left out.
  make(PAGES[1], now - 80 * DAY, now - 10 * DAY, {}, { kind: 'history' });
  make(PAGES[2], now - 70 * DAY, now - 5 * DAY, {}, { kind: 'history' });
  return out;
}

// ---- the expected figures, computed independently ----

/** Type-7 quantile (spreadsheets' PERCENTILE.INC), written out here rather than imported. */
function percentile(values: number[], q: number): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const h = (s.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  return s[lo]! + (h - lo) * (s[hi]! - s[lo]!);
}

interface Expected {
  received: number;
  answered: number;
  median: number | null;
  p90: number | null;
  within: number;
  decided: number;
  share: number | null;
  overdue: number;
  pending: number;
}

function expectedFigures(seeded: Seeded[], zone: string, fromDay: string, toDay: string, keep: (r: TrackedComment) => boolean): Expected {
  const dayOf = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });
  const times: number[] = [];
  let received = 0;
  let within = 0;
  let missed = 0;
  let overdue = 0;
  let pending = 0;
  for (const { row, intent } of seeded) {
    if (intent.kind === 'own' || intent.kind === 'answer-time-unknown' || intent.kind === 'history' || !keep(row)) continue;
    const day = dayOf.format(row.postedAt ?? row.firstSeenAt);
    if (day < fromDay || day > toDay) continue;
    received++;
    if (intent.kind === 'answered') {
      times.push(intent.minutes);
      if (intent.minutes < TARGET) within++;
      else missed++;
    } else if (intent.kind === 'overdue') {
      missed++;
      overdue++;
    } else pending++;
  }
  const decided = within + missed;
  return {
    received, answered: times.length, median: percentile(times, 0.5), p90: percentile(times, 0.9),
    within, decided, share: decided ? within / decided : null, overdue, pending,
  };
}

const addDays = (key: string, days: number): string => new Date(Date.parse(`${key}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

async function shown(page: Page) {
  const value = async (name: string) => {
    const v = await page.locator(`.figure[data-figure="${name}"]`).getAttribute('data-value');
    return v === '' || v === null ? null : Number(v);
  };
  const main = page.locator('main.stats');
  return {
    fromDay: (await main.getAttribute('data-from'))!,
    toDay: (await main.getAttribute('data-to'))!,
    answered: await value('answered'),
    median: await value('median'),
    p90: await value('p90'),
    share: await value('within'),
    overdue: await value('overdue'),
    answeredText: await page.locator('.figure[data-figure="answered"] .value').textContent(),
    shareText: await page.locator('.figure[data-figure="within"] .value').textContent(),
    withinHint: await page.locator('.figure[data-figure="within"] .hint').textContent(),
  };
}

async function expectFigures(page: Page, exp: Expected, locale = 'en') {
  const s = await shown(page);
  expect(s.answered).toBe(exp.answered);
  expect(s.answeredText).toBe(locale === 'en' ? `${exp.answered} of ${exp.received}` : `${exp.answered} von ${exp.received}`);
  expect(s.median).toBeCloseTo(exp.median!, 6);
  expect(s.p90).toBeCloseTo(exp.p90!, 6);
  expect(s.share).toBeCloseTo(exp.share!, 9);
  expect(s.shareText).toBe(new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(exp.share!));
  expect(s.withinHint).toContain(`${exp.within} of ${exp.decided}`);
  expect(s.overdue).toBe(exp.overdue);
}

// ---- a minimal PNG reader, so the screenshot check looks at what was painted ----

function decodePng(png: Buffer): { width: number; height: number; rgba: Uint8Array } {
  let pos = 8;
  let width = 0;
  let height = 0;
  let colourType = 0;
  const idat: Buffer[] = [];
  while (pos < png.length) {
    const len = png.readUInt32BE(pos);
    const type = png.toString('ascii', pos + 4, pos + 8);
    const data = png.subarray(pos + 8, pos + 8 + len);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      if (data[8] !== 8 || data[12] !== 0) throw new Error('only 8-bit, non-interlaced PNGs');
      colourType = data[9]!;
    } else if (type === 'IDAT') idat.push(data);
    pos += 12 + len;
  }
  const bpp = colourType === 6 ? 4 : colourType === 2 ? 3 : 0;
  if (!bpp) throw new Error(`unexpected PNG colour type ${colourType}`);
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * bpp;
  const out = new Uint8Array(width * height * 4);
  const prev = new Uint8Array(stride);
  const cur = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x]!;
      const a = x >= bpp ? cur[x - bpp]! : 0;
      const b = prev[x]!;
      const c = x >= bpp ? prev[x - bpp]! : 0;
      let r = v;
      if (filter === 1) r = v + a;
      else if (filter === 2) r = v + b;
      else if (filter === 3) r = v + ((a + b) >> 1);
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        r = v + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
      }
      cur[x] = r & 0xff;
    }
    for (let x = 0; x < width; x++) {
      const o = (y * width + x) * 4;
      out[o] = cur[x * bpp]!;
      out[o + 1] = cur[x * bpp + 1]!;
      out[o + 2] = cur[x * bpp + 2]!;
      out[o + 3] = bpp === 4 ? cur[x * bpp + 3]! : 255;
    }
    prev.set(cur);
  }
  return { width, height, rgba: out };
}

const hex = (h: string): [number, number, number] => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];

/** Pixels within `tolerance` of a colour (anti-aliasing shifts edges a little), and distinct colours overall. */
function paint(img: { rgba: Uint8Array }, colours: string[], tolerance = 40): { near: number[]; distinct: number } {
  const targets = colours.map(hex);
  const near = targets.map(() => 0);
  const seen = new Set<number>();
  for (let i = 0; i < img.rgba.length; i += 4) {
    const [r, g, b] = [img.rgba[i]!, img.rgba[i + 1]!, img.rgba[i + 2]!];
    seen.add((r << 16) | (g << 8) | b);
    targets.forEach(([tr, tg, tb], k) => {
      if (Math.abs(r - tr) + Math.abs(g - tg) + Math.abs(b - tb) <= tolerance) near[k]! += 1;
    });
  }
  return { near, distinct: seen.size };
}

async function chartPixels(page: Page, chart: string, colours: string[]) {
  const png = await page.locator(`figure[data-chart="${chart}"] .chart canvas`).screenshot();
  return paint(decodePng(png), colours);
}

/** The band colour (blue at 22 % over white) as it lands on the page. */
const BAND_ON_WHITE = '#cbd9fb';

async function seedRows(b: ExtensionBrowser, rows: TrackedComment[]): Promise<void> {
  // One transaction for all rows; the store exists once settings were seeded through the helper.
  await b.worker.evaluate(async (values) => {
    const db = await new Promise<IDBDatabase>((res, rej) => {
      const req = indexedDB.open('moderato');
      req.onsuccess = () => res(req.result);
      req.onerror = () => rej(req.error);
    });
    await new Promise<void>((res, rej) => {
      const tx = db.transaction('comments', 'readwrite');
      for (const v of values) tx.objectStore('comments').put(v);
      tx.oncomplete = () => res();
      tx.onerror = () => rej(tx.error);
    });
    db.close();
  }, rows);
}

const SETTINGS = { pages: PAGES.map((p) => ({ ...p })), targetMinutes: TARGET, backlogDays: 30 };

describe('statistics page (English)', () => {
  let b: ExtensionBrowser;
  let page: Page;
  let seeded: Seeded[];
  let zone: string;
  const all = () => true;

  beforeAll(async () => {
    b = await launchWithExtension();
    await seedSettings(b, SETTINGS);
    seeded = seedComments(Date.now());
    await seedRows(b, seeded.map((s) => s.row));
    expect((await storedRows(b, 'comments')).length).toBe(seeded.length);
    page = await b.context.newPage();
    await page.goto(extensionUrl(b, 'stats.html'));
    await page.locator('.figure[data-figure="median"]').waitFor();
    zone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  });
  afterAll(async () => {
    await b?.close();
  });

  it('shows the last 30 days, today included, with figures matching the stored comments', async () => {
    expect(seeded.length).toBeGreaterThanOrEqual(195);
    const s = await shown(page);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(Date.now());
    expect(s.toDay).toBe(today);
    expect(s.fromDay).toBe(addDays(today, -29));
    const exp = expectedFigures(seeded, zone, s.fromDay, s.toDay, all);
    expect(exp.answered).toBeGreaterThan(40);
    await expectFigures(page, exp);
    await expect.poll(() => page.locator('.figure[data-figure="overdue"] .hint').textContent()).toBe(`${exp.pending} more still within their target time`);
    // The left-out comments are said, not silently dropped.
    expect(await page.locator('[data-left-out="answer-time-unknown"]').textContent()).toContain('Left out: 2 comments');
    expect(await page.locator('[data-left-out="history"]').textContent()).toContain('Left out: 2 unanswered comments');
    expect(await page.locator('.period').textContent()).toContain('Target: first answer within 1 hr.');
  });

  it('draws the three charts (screenshot check) and keeps a readable table for each', async () => {
    await page.setViewportSize({ width: 1100, height: 900 });
    const times = await chartPixels(page, 'times', ['#2563eb', '#ea7a0c', '#b91c1c']);
    expect(times.distinct).toBeGreaterThan(20);
    expect(times.near[0]).toBeGreaterThan(150); // median line and points
    expect(times.near[1]).toBeGreaterThan(150); // p90
    expect(times.near[2]).toBeGreaterThan(100); // dashed target line across the plot
    const share = await chartPixels(page, 'share', ['#15803d', '#f1a7a0']);
    expect(share.near[0]).toBeGreaterThan(1500); // within-target part of the bars
    expect(share.near[1]).toBeGreaterThan(300); // the missed part above it
    const spread = await chartPixels(page, 'spread', ['#2563eb', BAND_ON_WHITE]);
    expect(spread.near[0]).toBeGreaterThan(150);
    expect(spread.near[1]).toBeGreaterThan(1500); // the IQR band
    // Every chart has a caption and its numbers as a table.
    for (const chart of ['times', 'share', 'spread']) {
      const fig = page.locator(`figure[data-chart="${chart}"]`);
      expect((await fig.locator('figcaption h2').textContent())!.length).toBeGreaterThan(5);
      expect(await fig.locator('.chart').getAttribute('role')).toBe('img');
      await fig.locator('details summary').click();
      expect(await fig.locator('table.numbers tbody tr').count()).toBeGreaterThan(3);
    }
    // A table row says what the chart shows: the day with the most comments, by hand.
    const s = await shown(page);
    const dayOf = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });
    const answeredByDay = new Map<string, number[]>();
    for (const { row, intent } of seeded) {
      if (intent.kind !== 'answered') continue;
      const day = dayOf.format(row.postedAt ?? row.firstSeenAt);
      if (day < s.fromDay || day > s.toDay) continue;
      answeredByDay.set(day, [...(answeredByDay.get(day) ?? []), intent.minutes]);
    }
    const [busiest, mins] = [...answeredByDay].sort((a, c) => c[1].length - a[1].length || (a[0] < c[0] ? -1 : 1))[0]!;
    const cells = await page.locator(`table[data-table="times"] tr[data-day="${busiest}"] td`).allTextContents();
    expect(cells[1]).toBe(String(mins.length));
    const med = percentile(mins, 0.5)!;
    expect(cells[2]).toBe(med < 60 ? `${new Intl.NumberFormat('en', { maximumFractionDigits: 1 }).format(med)} min` : cells[2]);
    mkdirSync(dirname(SHOT), { recursive: true });
    for (const chart of ['times', 'share', 'spread']) await page.locator(`figure[data-chart="${chart}"] details`).evaluate((d) => ((d as HTMLDetailsElement).open = false));
    writeFileSync(SHOT, await page.screenshot({ fullPage: true }));
  });

  it('switches to 90 days and to one page or site, with the charts kept and only their data changed', async () => {
    const canvases = await Promise.all(['times', 'share', 'spread'].map((c) => page.locator(`figure[data-chart="${c}"] .chart canvas`).elementHandle()));
    const before = await chartPixels(page, 'share', ['#15803d']);

    await page.locator('input[name="window"][value="90"]').check();
    await expect.poll(() => page.locator('main.stats').getAttribute('data-window')).toBe('90');
    let s = await shown(page);
    expect(s.fromDay).toBe(addDays(s.toDay, -89));
    const exp90 = expectedFigures(seeded, zone, s.fromDay, s.toDay, all);
    expect(exp90.answered).toBeGreaterThan(expectedFigures(seeded, zone, addDays(s.toDay, -29), s.toDay, all).answered);
    await expectFigures(page, exp90);
    // Older weeks were slower: the 90-day median is above the 30-day one.
    expect(exp90.median!).toBeGreaterThan(expectedFigures(seeded, zone, addDays(s.toDay, -29), s.toDay, all).median!);
    const after = await chartPixels(page, 'share', ['#15803d']);
    expect(after.near[0]).not.toBe(before.near[0]); // narrower bars, more of them: redrawn with the new data

    await page.locator('select[name="scope"]').selectOption({ label: 'Facebook · \u2068Sonnenschein Café\u2069' });
    await expect.poll(async () => (await shown(page)).answered).toBe(expectedFigures(seeded, zone, s.fromDay, s.toDay, (r) => r.pageName === 'Sonnenschein Café').answered);
    await expectFigures(page, expectedFigures(seeded, zone, s.fromDay, s.toDay, (r) => r.pageName === 'Sonnenschein Café'));

    await page.locator('select[name="scope"]').selectOption({ label: 'X, all pages' });
    const expX = expectedFigures(seeded, zone, s.fromDay, s.toDay, (r) => r.site === 'x');
    await expect.poll(async () => (await shown(page)).answered).toBe(expX.answered);
    await expectFigures(page, expX);

    await page.locator('input[name="window"][value="30"]').check();
    s = await shown(page);
    await expect.poll(async () => (await shown(page)).answered).toBe(expectedFigures(seeded, zone, addDays(s.toDay, -29), s.toDay, (r) => r.site === 'x').answered);

    // The same three canvases throughout: the charts were updated, not rebuilt.
    for (const c of canvases) expect(await c!.evaluate((el) => el.isConnected)).toBe(true);
    expect(await page.locator('.chart canvas').count()).toBe(3);
    await page.locator('select[name="scope"]').selectOption('all');
  });

  it('follows a tick made in the popup at once, without rebuilding the charts', async () => {
    await expect.poll(() => page.locator('main.stats').getAttribute('data-window')).toBe('30');
    const canvas = await page.locator('figure[data-chart="times"] .chart canvas').elementHandle();
    const pendingKey = seeded.find((s) => s.intent.kind === 'pending')!.row.key;
    const popup = await openExtensionPage(b, 'popup.html');
    await popup.locator(`li[data-key="${pendingKey}"] input.tick`).click();
    await expect.poll(async () => (await storedRows<TrackedComment>(b, 'comments')).find((r) => r.key === pendingKey)?.handledAt ?? null).not.toBeNull();
    const handledAt = (await storedRows<TrackedComment>(b, 'comments')).find((r) => r.key === pendingKey)!.handledAt!;
    await popup.close();

    const row = seeded.find((x) => x.row.key === pendingKey)!;
    const updated = seeded.map((x) => (x.row.key === pendingKey
      ? { row: { ...x.row, handledAt }, intent: { kind: 'answered', minutes: (handledAt - x.row.postedAt!) / MIN, by: 'tick' } as Intent }
      : x));
    const s = await shown(page);
    const exp = expectedFigures(updated, zone, s.fromDay, s.toDay, all);
    expect(exp.answered).toBe(expectedFigures(seeded, zone, s.fromDay, s.toDay, all).answered + 1);
    await expect.poll(async () => (await shown(page)).answered, { timeout: 10_000 }).toBe(exp.answered);
    await expectFigures(page, exp);
    expect(row.intent.kind).toBe('pending');
    expect(await canvas!.evaluate((el) => el.isConnected)).toBe(true);
  });
});

describe('statistics page (German)', () => {
  let b: ExtensionBrowser;
  beforeAll(async () => {
    b = await launchWithExtension({ uiLanguage: 'de' });
    await seedSettings(b, SETTINGS);
  });
  afterAll(async () => {
    await b?.close();
  });

  it('says there is nothing yet, then shows German figures and charts once comments are stored', async () => {
    const page = await b.context.newPage();
    await page.goto(extensionUrl(b, 'stats.html'));
    await expect.poll(() => page.locator('p.empty').textContent()).toContain('Noch keine Antwortzeiten');
    expect(await page.locator('canvas').count()).toBe(0);

    const seeded = seedComments(Date.now());
    await seedRows(b, seeded.map((s) => s.row));
    await page.reload();
    await page.locator('.figure[data-figure="median"]').waitFor();
    expect(await page.title()).toBe('Antwortzeiten · Moderato');
    expect(await page.locator('figure[data-chart="spread"] figcaption h2').textContent()).toBe('Streuung der Antwortzeiten pro Woche');
    const zone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    const s = await shown(page);
    const exp = expectedFigures(seeded, zone, s.fromDay, s.toDay, () => true);
    expect(s.answeredText).toBe(`${exp.answered} von ${exp.received}`);
    expect(s.shareText).toBe(new Intl.NumberFormat('de', { style: 'percent', maximumFractionDigits: 0 }).format(exp.share!));
    // German decimals and units in the median ("23,4 Min.").
    const medianText = await page.locator('.figure[data-figure="median"] .value').textContent();
    expect(medianText).toBe(new Intl.NumberFormat('de', { style: 'unit', unit: exp.median! < 60 ? 'minute' : 'hour', unitDisplay: 'short', maximumFractionDigits: 1 }).format(exp.median! < 60 ? exp.median! : exp.median! / 60));
    const times = await chartPixels(page, 'times', ['#2563eb']);
    expect(times.near[0]).toBeGreaterThan(150);
    await page.close();
  });
});
