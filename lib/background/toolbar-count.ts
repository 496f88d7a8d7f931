import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import { openComments } from '../db/comments-store';
import type { ModeratoDatabase } from '../db/database';
import { loadSettings } from '../db/settings-store';
import { overdueCount } from '../comments/checklist';
import { sendReminders } from './reminders';
import { t, tCount } from '../i18n';

// Chrome MV3 has `action`, Firefox MV2 `browserAction`.
const action = () => browser.action ?? browser.browserAction;

async function paint(count: number): Promise<void> {
  await action().setBadgeText({ text: count > 0 ? String(count) : '' });
  await action().setBadgeBackgroundColor({ color: '#b3261e' });
  // The red number in words, for the tooltip and screen readers: colour alone does not say "overdue".
  await action().setTitle({ title: count > 0 ? tCount('toolbarOverdue', count, [String(count)]) : t('extName') });
}

const TICK = 'moderato-tick';

/**
 * Keeps the toolbar count of overdue comments current: on every change to the stored comments or
 * settings (liveQuery), and once a minute through an alarm, since time alone makes comments overdue.
 */
export function keepToolbarCount(db: ModeratoDatabase): Promise<void> {
  const compute = async () => overdueCount(await openComments(db), await loadSettings(db), Date.now());
  liveQuery(compute).subscribe({ next: (n) => void paint(n), error: () => void paint(0) });
  // Registered before the first await: the alarm that woke the worker is dispatched right after start-up.
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== TICK) return;
    void compute().then(paint);
    void sendReminders(db, Date.now()).catch(() => 0);
  });
  // Without the alarm the count still follows storage, and the next start tries again.
  return ensureTick().catch(() => undefined);
}

/**
 * Creating an alarm replaces one of the same name and restarts its period. The worker starts again on
 * every message from a content script, often more than once a minute, so re-creating it on each start
 * would keep postponing the tick, and with it the reminders that are sent only from it.
 */
async function ensureTick(): Promise<void> {
  const existing = await browser.alarms.get(TICK).catch(() => undefined);
  if (!existing) await browser.alarms.create(TICK, { periodInMinutes: 1 });
}
