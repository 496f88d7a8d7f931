import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { keepToolbarCount } from '../../../lib/background/toolbar-count';
import { markHandled, recordSightings } from '../../../lib/db/comments-store';
import { saveSettings } from '../../../lib/db/settings-store';
import { defaultSettings } from '../../../lib/models/settings';
import { MINUTE } from '../../../lib/time/units';
import { freshDb } from '../db/test-db';
import { observed } from '../models/observed-comment';
import { WATCHED_PAGES } from '../models/observed-comment';

const badgeText = () => fakeBrowser.action.getBadgeText({});

describe('keepToolbarCount', () => {
  beforeEach(() => fakeBrowser.reset());

  it('shows the number of overdue comments and follows storage changes', async () => {
    const db = freshDb();
    await saveSettings(db, { ...defaultSettings(), pages: WATCHED_PAGES.slice(0, 1), targetMinutes: 60 });
    keepToolbarCount(db);
    await vi.waitFor(async () => expect(await badgeText()).toBe(''));

    const now = Date.now();
    await recordSightings(db, [
      observed({ id: 'late', postedAt: now - 3 * 60 * MINUTE }),
      observed({ id: 'later', postedAt: now - 2 * 60 * MINUTE }),
      observed({ id: 'fresh', postedAt: now - 5 * MINUTE }),
    ], now);
    await vi.waitFor(async () => expect(await badgeText()).toBe('2'));

    await markHandled(db, 'facebook:late', now);
    await vi.waitFor(async () => expect(await badgeText()).toBe('1'));
  });

  it('recounts on its minute alarm, since time alone makes comments overdue', async () => {
    const db = freshDb();
    await saveSettings(db, { ...defaultSettings(), pages: WATCHED_PAGES.slice(0, 1) });
    await keepToolbarCount(db);
    expect(await fakeBrowser.alarms.get('moderato-tick')).toMatchObject({ periodInMinutes: 1 });
    const now = Date.now();
    // 59 minutes old against the default 60-minute target: not yet overdue.
    await recordSightings(db, [observed({ id: 'edge', postedAt: now - 59 * MINUTE })], now);
    await vi.waitFor(async () => expect(await badgeText()).toBe(''));
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(now + 2 * MINUTE);
      await fakeBrowser.alarms.onAlarm.trigger({ name: 'moderato-tick', scheduledTime: Date.now(), periodInMinutes: 1 });
      await vi.waitFor(async () => expect(await badgeText()).toBe('1'));
    } finally {
      vi.useRealTimers();
    }
  });

  it('leaves the running minute alarm where it is when the service worker starts again', async () => {
    const db = freshDb();
    const create = vi.spyOn(fakeBrowser.alarms, 'create');
    const start = Date.now();
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(start);
      await keepToolbarCount(db);
      const first = await fakeBrowser.alarms.get('moderato-tick');
      expect(first).toMatchObject({ periodInMinutes: 1 });
      // A content-script message wakes the worker 40 s later: the tick due in 20 s must stay due.
      vi.setSystemTime(start + 40_000);
      await keepToolbarCount(db);
      expect(create).toHaveBeenCalledTimes(1);
      expect((await fakeBrowser.alarms.get('moderato-tick'))?.scheduledTime).toBe(first!.scheduledTime);
    } finally {
      vi.useRealTimers();
      create.mockRestore();
    }
  });
});
