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
import { observed } from '../models/observed-comment';
import { WATCHED_PAGES } from '../models/observed-comment';

type Created = { title: string; message: string };

describe('sendReminders', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // The English texts, with the marks where $1 and $2 go (see lib/i18n.ts).
    useMessageTemplates({ reminderTitle: '\ue001 is about to wait too long', reminderBody: 'Misses the target in \ue001: “\ue002”' });
  });
  afterEach(() => useMessageTemplates({}));

  it('keeps a name or text with a direction override from turning the notification around', async () => {
    const created: Created[] = [];
    vi.spyOn(browser.notifications, 'create').mockImplementation((async (_id: string, options: Created) => {
      created.push(options);
      return _id;
    }) as never);
    const db = freshDb();
    await saveSettings(db, { ...defaultSettings(), pages: WATCHED_PAGES.slice(0, 1), targetMinutes: 60, remindersEnabled: true, reminderLeadMinutes: 10 });
    const now = Date.now();
    const text = `\u202Eevil reversed text ${'😀'.repeat(130)}`;
    await recordSightings(db, [observed({ id: 'soon', postedAt: now - 55 * MINUTE, author: { name: 'Mallory\u202E', url: null }, text })], now);

    expect(await sendReminders(db, now)).toBe(1);
    expect(created).toHaveLength(1);
    const [{ title, message }] = created as [Created];
    expect(title).toContain('\u2068Mallory\u202E\u2069');
    // The excerpt is isolated too, and cut between emoji, never inside one.
    const inner = message.slice(message.indexOf('\u2068') + 1, message.lastIndexOf('\u2069'));
    expect(inner.startsWith('\u202Eevil reversed text')).toBe(true);
    expect(Array.from(inner)).toHaveLength(120);
    expect(inner).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});
