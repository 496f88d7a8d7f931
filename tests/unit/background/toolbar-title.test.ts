import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { keepToolbarCount } from '../../../lib/background/toolbar-count';
import { markHandled, recordSightings } from '../../../lib/db/comments-store';
import { saveSettings } from '../../../lib/db/settings-store';
import { defaultSettings } from '../../../lib/models/settings';
import { MINUTE } from '../../../lib/time/units';
import { freshDb } from '../db/test-db';
import { observed } from '../models/observed-comment';
import { useMessageTemplates } from '../../../lib/i18n';
import { templates } from '../a11y/messages';

describe('toolbar count', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    useMessageTemplates(templates('de'));
  });
  afterEach(() => useMessageTemplates({}));

  it('says in words what the red number means (tooltip / accessible name), not only "2" in red', async () => {
    const titles: string[] = [];
    const texts: string[] = [];
    const a = fakeBrowser.action as unknown as Record<string, unknown>;
    a.setTitle = async (d: { title: string }) => void titles.push(d.title);
    a.setBadgeText = async (d: { text: string }) => void texts.push(d.text);
    a.setBadgeBackgroundColor = async () => undefined;
    const db = freshDb();
    await saveSettings(db, { ...defaultSettings(), targetMinutes: 60, pages: [{ site: 'facebook', name: 'Bäckerei Sonnenschein', url: 'https://www.facebook.com/shop', pageId: '' }] });
    const now = Date.now();
    await recordSightings(db, [observed({ id: 'late', postedAt: now - 3 * 60 * MINUTE }), observed({ id: 'later', postedAt: now - 2 * 60 * MINUTE })], now);
    await keepToolbarCount(db);
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'moderato-tick', scheduledTime: Date.now(), periodInMinutes: 1 });
    await vi.waitFor(() => expect(texts).toContain('2'));
    await vi.waitFor(() => expect(titles.at(-1)).toBe('Moderato: 2 Kommentare überfällig'));
    await markHandled(db, 'facebook:late', now);
    await vi.waitFor(() => expect(titles.at(-1)).toBe('Moderato: 1 Kommentar überfällig'));
    await markHandled(db, 'facebook:later', now);
    await vi.waitFor(() => expect(titles.at(-1)).toBe('Moderato'));
  });
});
