import { browser } from 'wxt/browser';
import { z } from '../models/zod';
import { dueForReminder, leftToTargetMs } from '../comments/reminders';
import { openComments } from '../db/comments-store';
import type { ModeratoDatabase } from '../db/database';
import { loadSettings } from '../db/settings-store';
import { t } from '../i18n';
import { formatDuration } from '../time/format-duration';
import { MINUTE } from '../time/units';
import { uiLocale } from '../i18n';
import { isolate } from '../bidi';
import { excerpt } from '../excerpt';
import { siteLink } from '../platforms/hosts';

const PREFIX = 'moderato-reminder:';
// Which comments were reminded of (key → when), so a reminder comes once, also across service-worker restarts.
const RemindedSchema = z.record(z.string(), z.number());
const KEEP_MS = 3 * 24 * 60 * MINUTE;

async function reminded(db: ModeratoDatabase, now: number): Promise<Record<string, number>> {
  const parsed = RemindedSchema.safeParse((await db.settings.get('reminded'))?.value ?? {});
  const all = parsed.success ? parsed.data : {};
  return Object.fromEntries(Object.entries(all).filter(([, at]) => now - at < KEEP_MS));
}

/** Once a minute (from the alarm): a notification for each comment about to miss its target. */
export async function sendReminders(db: ModeratoDatabase, now: number): Promise<number> {
  const settings = await loadSettings(db);
  if (!settings.remindersEnabled || !browser.notifications) return 0;
  const done = await reminded(db, now);
  const due = dueForReminder(await openComments(db), settings, now, new Set(Object.keys(done)));
  const locale = uiLocale();
  for (const c of due) {
    // On the site's own clock: with business hours, a comment from Friday evening is not due over the weekend.
    // Rounded up: 9 min 50 s left is "10 min", and a comment 40 s from its target never reads "in 0 min".
    const left = Math.ceil((leftToTargetMs(c, settings, now) ?? 0) / MINUTE) * MINUTE;
    await browser.notifications.create(`${PREFIX}${c.key}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      // The name and the excerpt are the page's text: isolated, a direction override in them stays in them.
      title: t('reminderTitle', isolate(c.author.name)),
      message: t('reminderBody', [formatDuration(left, locale), isolate(excerpt(c.text, 120))]),
      contextMessage: c.pageName,
    });
    done[c.key] = now;
  }
  if (due.length) await db.settings.put({ id: 'reminded', value: done });
  return due.length;
}

/** A click on a reminder opens the comment. */
export function openRemindedComments(db: ModeratoDatabase): void {
  browser.notifications?.onClicked.addListener((id) => {
    if (!id.startsWith(PREFIX)) return;
    const key = id.slice(PREFIX.length);
    void db.comments.get(key).then((row) => {
      const link = siteLink(row?.permalink);
      if (link) void browser.tabs.create({ url: link });
      void browser.notifications.clear(id);
    });
  });
}
