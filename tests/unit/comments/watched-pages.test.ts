import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { checklist, overdueCount } from '../../../lib/comments/checklist';
import { lightChecklist } from '../../../components/popup/first-paint';
import { lightComment, lightSettings } from '../../../lib/models/light-check';
import { dueForReminder } from '../../../lib/comments/reminders';
import { keepToolbarCount } from '../../../lib/background/toolbar-count';
import { sendReminders } from '../../../lib/background/reminders';
import { recordSightings } from '../../../lib/db/comments-store';
import { saveSettings } from '../../../lib/db/settings-store';
import { defaultSettings, type Settings } from '../../../lib/models/settings';
import { MINUTE } from '../../../lib/time/units';
import { tracked } from '../comments/tracked';
import { freshDb } from '../db/test-db';
import { observed } from '../models/observed-comment';

const NOW = Date.UTC(2026, 2, 10, 10);
// The team removed "Bäckerei Sonnenschein" (the page the helper's comments are on) and now watches another page only.
const settings: Settings = {
  ...defaultSettings(),
  targetMinutes: 60,
  pages: [{ site: 'facebook', name: 'Other Shop', url: 'https://www.facebook.com/othershop', pageId: '' }],
};

describe('comments of a page that is no longer configured', () => {
  beforeEach(() => fakeBrowser.reset());

  it('are not listed in the popup checklist, nor in its first paint', () => {
    const removed = tracked('gone', 180, NOW); // pageName 'Bäckerei Sonnenschein'
    expect(checklist([removed], settings, NOW).map((e) => e.comment.key)).toEqual([]);
    expect(lightChecklist([lightComment(removed)!], lightSettings(settings), NOW)).toEqual([]);
    // The same page under the settings' spelling of its name is still watched.
    const renamed = { ...settings, pages: [{ ...settings.pages[0]!, name: ' bäckerei SONNENSCHEIN ' }] };
    expect(checklist([removed], renamed, NOW).map((e) => e.comment.key)).toEqual([removed.key]);
    expect(lightChecklist([lightComment(removed)!], lightSettings(renamed), NOW).map((e) => e.comment.key)).toEqual([removed.key]);
  });

  it('are not counted as overdue (toolbar / popup header)', () => {
    expect(overdueCount([tracked('gone', 180, NOW)], settings, NOW)).toBe(0);
  });

  it('do not trigger reminders', () => {
    const s = { ...settings, remindersEnabled: true, reminderLeadMinutes: 10 };
    expect(dueForReminder([tracked('gone', 55, NOW)], s, NOW, new Set()).map((c) => c.key)).toEqual([]);
  });

  it('the toolbar badge drops them once the page is removed in the settings', async () => {
    const db = freshDb();
    const now = Date.now();
    await saveSettings(db, { ...defaultSettings(), targetMinutes: 60, pages: [{ site: 'facebook', name: 'Bäckerei Sonnenschein', url: 'https://www.facebook.com/sonnenschein', pageId: '' }] });
    await recordSightings(db, [observed({ id: 'late', postedAt: now - 3 * 60 * MINUTE })], now);
    void keepToolbarCount(db);
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('1'));
    await saveSettings(db, { ...defaultSettings(), targetMinutes: 60, pages: [] });
    await new Promise((r) => setTimeout(r, 200));
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('no notification is sent for them', async () => {
    const create = vi.spyOn(browser.notifications, 'create').mockImplementation((async (id: string) => id) as never);
    const db = freshDb();
    const now = Date.now();
    await saveSettings(db, { ...settings, remindersEnabled: true, reminderLeadMinutes: 10 });
    await recordSightings(db, [observed({ id: 'soon', postedAt: now - 55 * MINUTE })], now);
    await sendReminders(db, now);
    expect(create).not.toHaveBeenCalled();
  });
});
