import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checklist } from '../../../lib/comments/checklist';
import { longestWaiting } from '../../../lib/db/comments-store';
import { database } from '../../../lib/db/database';
import { readFirstRows } from '../../../lib/db/first-rows';
import { parseStoredSettings } from '../../../lib/db/settings-store';
import { lightComment, lightSettings, type LightComment } from '../../../lib/models/light-check';
import { businessClock } from '../../../lib/models/light-schedule';
import type { TrackedComment } from '../../../lib/models/comment';
import { DAY, MINUTE } from '../../../lib/time/units';
import { FIRST_ROWS, lightChecklist, paintFirstRows } from '../../../components/popup/first-paint';
import { mountPopup } from '../../../components/popup/mount-popup';
import { tracked } from '../comments/tracked';
import { freshDb } from '../db/test-db';
import { WATCHED_PAGES } from '../models/observed-comment';

const NOW = Date.UTC(2026, 2, 10, 14, 30); // a Tuesday
const HOSTILE = '<img src=x onerror="alert(1)"><script>alert(2)</script>\u202Egnp.exe';
const SETTINGS = { pages: WATCHED_PAGES, targetMinutes: 60, backlogDays: 30 };

/** Open comments of every waiting state, one backlog, one broken, one with hostile text. */
function store(): unknown[] {
  return [
    tracked('late', 3 * 60, NOW, { text: 'overdue one' }),
    tracked('soon', 50, NOW, { text: 'due soon', claimedBy: 'Mara', claimedAt: NOW }),
    tracked('fresh', 5, NOW, { text: HOSTILE, permalink: null }),
    { ...tracked('backlog', 40 * 24 * 60, NOW), firstSeenAt: NOW - MINUTE },
    { ...tracked('broken', 100, NOW), author: { name: 42, url: null } },
    { ...tracked('x1', 30, NOW), site: 'x', key: 'x:x1' },
  ];
}

afterEach(async () => {
  const db = database();
  await db.comments.clear();
  await db.settings.clear();
  document.body.replaceChildren();
});

describe('readFirstRows (plain IndexedDB)', () => {
  it('reads the same rows as longestWaiting, backlog skipped, also past the first batch', async () => {
    const db = freshDb();
    await db.settings.put({ id: 'settings', value: SETTINGS });
    // Backlog first in the index (oldest), then open ones: the first batch of `limit` is all backlog.
    const rows = [
      ...Array.from({ length: 5 }, (_, i) => ({ ...tracked(`b${i}`, 60 * DAY / MINUTE + i, NOW), firstSeenAt: NOW })),
      ...Array.from({ length: 8 }, (_, i) => tracked(`o${i}`, 100 - i, NOW)),
    ];
    await db.comments.bulkPut(rows as TrackedComment[]);
    for (const limit of [3, 5, 6, 20]) {
      const read = await readFirstRows(limit, db.name);
      expect(read?.settings).toEqual(SETTINGS);
      expect(read?.rows.map((r) => (r as TrackedComment).key)).toEqual((await longestWaiting(db, 30, limit)).map((c) => c.key));
    }
  });

  it('answers null without creating a database that does not exist', async () => {
    expect(await readFirstRows(10, 'moderato-never-created')).toBeNull();
    const names = (await indexedDB.databases()).map((d) => d.name);
    expect(names).not.toContain('moderato-never-created');
  });
});

describe('lightChecklist', () => {
  it('orders and colours as checklist() does, with and without business hours', () => {
    const comments = Array.from({ length: 60 }, (_, i) => tracked(`c${i}`, (i * 37) % 600, NOW, i % 7 === 0 ? { site: 'x', key: `x:c${i}` } : {}));
    // Same posting time for two: the tie is broken by key, as in checklist().
    comments.push(tracked('tie-b', 37, NOW), tracked('tie-a', 37, NOW));
    const sites = { siteTargetMinutes: { facebook: null, x: 10 } };
    for (const extra of [{}, { businessHoursSites: ['facebook'] }, { businessHoursSites: ['facebook', 'x'], targetMinutes: 20 }, sites, { ...sites, businessHoursSites: ['x'] }]) {
      const value = { ...SETTINGS, ...extra };
      const full = checklist(comments, parseStoredSettings(value), NOW).map((e) => [e.comment.key, e.state, e.waitedMs]);
      const settings = lightSettings(value);
      const clock = settings.businessHoursSites.length > 0 ? businessClock(settings.scheduleValue) : undefined;
      const light = lightChecklist(comments.map((c) => lightComment(c)!), settings, NOW, clock).map((e) => [e.comment.key, e.state, e.waitedMs]);
      expect(light).toEqual(full);
    }
  });
});

describe('paintFirstRows', () => {
  it('colours by business time where a site counts it, and refuses to guess without the clock', () => {
    // Tuesday 14:30 in Berlin; opening hours only in the morning: a comment from 13:00 has waited no business time.
    const value = { ...SETTINGS, businessHoursSites: ['facebook'], schedule: { timeZone: 'Europe/Berlin', weekly: { tue: [{ start: '08:00', end: '09:00' }] } } };
    const rows = [tracked('lunch', 90, NOW)];
    const app = document.createElement('div');
    expect(() => paintFirstRows(app, { settings: value, rows }, 'en', NOW)).toThrow();
    paintFirstRows(app, { settings: value, rows }, 'en', NOW, businessClock(value.schedule));
    expect(app.querySelector('.wait')!.className).toBe('wait on-time');
    const full = checklist(rows, parseStoredSettings(value), NOW);
    expect(full[0]!.state).toBe('on-time');
  });

  it('draws the longest-waiting rows with their state, as text only, and skips records that fail the check', () => {
    const app = document.createElement('div');
    const n = paintFirstRows(app, { settings: SETTINGS, rows: store() }, 'en', NOW);
    const items = [...app.querySelectorAll('ol.checklist > li')];
    expect(n).toBe(4);
    expect(items.map((li) => li.getAttribute('data-key'))).toEqual(['facebook:late', 'facebook:soon', 'x:x1', 'facebook:fresh']);
    expect(items.map((li) => li.querySelector('.wait')!.className)).toEqual(['wait overdue', 'wait due-soon', 'wait on-time', 'wait on-time']);
    const fresh = items[3]!;
    expect(fresh.querySelector('.excerpt')!.textContent).toBe(HOSTILE);
    expect(app.querySelectorAll('img, script')).toHaveLength(0);
    expect(fresh.querySelector('button.open')!.hasAttribute('disabled')).toBe(true);
    expect(items[1]!.querySelector('.claimed')).not.toBeNull();
    expect(app.querySelector('.setup')).toBeNull();
  });

  it('draws nothing when no row passes (the full app shows the empty state)', () => {
    const app = document.createElement('div');
    expect(paintFirstRows(app, { settings: SETTINGS, rows: [{ key: 'facebook:1' }] }, 'en', NOW)).toBe(0);
    expect(app.childNodes).toHaveLength(0);
  });

  it('draws no more rows than the first paint reads', () => {
    const app = document.createElement('div');
    const rows = Array.from({ length: FIRST_ROWS + 5 }, (_, i) => tracked(`r${i}`, 1000 - i, NOW));
    expect(paintFirstRows(app, { settings: SETTINGS, rows }, 'en', NOW)).toBe(FIRST_ROWS);
  });
});

describe('the full popup taking over the first paint', () => {
  it('adopts the painted rows (same nodes, no second copy) and keeps them once its own queries answer', async () => {
    // The health line asks about the tabs, which the fake browser only half implements: no tab to speak about.
    vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockResolvedValue(undefined as never);
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([]);
    const db = database();
    // More than the first paint draws: the full app adds the rest below the adopted rows.
    const rows = [...store(), ...Array.from({ length: 40 }, (_, i) => tracked(`more${i}`, 4 - i / 20, NOW))];
    await db.settings.put({ id: 'settings', value: SETTINGS });
    await db.comments.bulkPut(rows as TrackedComment[]);
    const app = document.body.appendChild(document.createElement('div'));
    const read = await readFirstRows(FIRST_ROWS);
    expect(read).not.toBeNull();
    paintFirstRows(app, read!, 'en', Date.now());
    const painted = [...app.querySelectorAll('ol.checklist > li')];
    // The broken record takes its place in the read (as in longestWaiting) but is not drawn.
    expect(painted).toHaveLength(FIRST_ROWS - 1);
    expect(app.querySelector('main')!.getAttribute('data-paint')).toBe('first');

    mountPopup(app, 'en', read);
    const after = [...app.querySelectorAll('ol.checklist > li')];
    expect(after).toHaveLength(painted.length);
    after.forEach((li, i) => expect(li).toBe(painted[i]));
    expect(app.querySelectorAll('main')).toHaveLength(1);
    expect(app.querySelector('main')!.hasAttribute('data-paint')).toBe(false);
    expect(app.querySelectorAll('img, script')).toHaveLength(0);

    // The live queries answer: the painted rows stay where they were, the rest follow, one of each.
    await expect.poll(() => app.querySelectorAll('ol.checklist > li').length).toBe(44);
    const now = [...app.querySelectorAll('ol.checklist > li')];
    painted.forEach((li, i) => expect(now[i]).toBe(li));
    const keys = now.map((li) => li.getAttribute('data-key'));
    expect(new Set(keys).size).toBe(44);
    render(null, app);
  });
});

// Keeps LightComment assignable where TrackedComment is expected (the first paint and the full app share rows).
export const _typecheck = (c: LightComment): Pick<TrackedComment, 'key'> => c;
