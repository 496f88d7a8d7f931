import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { sendReminders } from '../../../lib/background/reminders';
import { recordSightings } from '../../../lib/db/comments-store';
import { saveSettings } from '../../../lib/db/settings-store';
import { defaultSettings } from '../../../lib/models/settings';
import { MINUTE } from '../../../lib/time/units';
import { freshDb } from '../db/test-db';
import { useMessageTemplates } from '../../../lib/i18n';
import { templates } from '../a11y/messages';
import { observed } from '../models/observed-comment';

type Created = { title: string; message: string };

async function remind(lang: 'de' | 'en', minutesAgo: number, lead: number): Promise<Created> {
  useMessageTemplates(templates(lang));
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(lang);
  const created: Created[] = [];
  vi.spyOn(browser.notifications, 'create').mockImplementation((async (id: string, o: Created) => {
    created.push(o);
    return id;
  }) as never);
  const db = freshDb();
  await saveSettings(db, { ...defaultSettings(), targetMinutes: 60, remindersEnabled: true, reminderLeadMinutes: lead, pages: [{ site: 'facebook', name: 'Bäckerei Sonnenschein', url: 'https://www.facebook.com/shop', pageId: '' }] });
  const now = Date.now();
  await recordSightings(db, [observed({ id: 'c1', postedAt: now - minutesAgo * MINUTE, text: 'Wo bleibt meine Bestellung?' })], now);
  expect(await sendReminders(db, now)).toBe(1);
  return created[0]!;
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  useMessageTemplates({});
  vi.restoreAllMocks();
});

describe('reminder notification text', () => {
  it('German: a comment 40 s before its target does not say "in 0 Min."', async () => {
    const { message } = await remind('de', 59 + 20 / 60, 1);
    expect(message, message).not.toMatch(/\b0 Min\./);
  });

  it('English: 9 min 50 s left is not told as "9 min" (the countdown rounds down)', async () => {
    const { message } = await remind('en', 50 + 10 / 60, 10);
    expect(message, message).toMatch(/\b10 min\b/);
  });

  it('says how long is left before the target, not that it was missed ("Target missed in …")', async () => {
    const en = await remind('en', 55, 10);
    expect(en.message, en.message).toMatch(/^5 min left before the response target: “\u2068Wo bleibt/);
    const de = await remind('de', 55, 10);
    expect(de.message, de.message).toMatch(/^Noch 5 Min\. bis zum Antwortziel: „\u2068Wo bleibt/);
  });
});
