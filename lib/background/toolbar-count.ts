import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import { openComments } from '../db/comments-store';
import type { ModeratoDatabase } from '../db/database';
import { loadSettings } from '../db/settings-store';
import { overdueCount } from '../comments/checklist';
import { sendReminders } from './reminders';

// Chrome MV3 has `action`, Firefox MV2 `browserAction`.
const action = () => browser.action ?? browser.browserAction;

async function paint(count: number): Promise<void> {
  await action().setBadgeText({ text: count > 0 ? String(count) : '' });
  await action().setBadgeBackgroundColor({ color: '#b3261e' });
}

/**
 * Keeps the toolbar count of overdue comments current: on every change to the stored comments or
 * settings (liveQuery), and once a minute through an alarm, since time alone makes comments overdue.
 */
export function keepToolbarCount(db: ModeratoDatabase): void {
  const compute = async () => overdueCount(await openComments(db), await loadSettings(db), Date.now());
  liveQuery(compute).subscribe({ next: (n) => void paint(n), error: () => void paint(0) });
  void browser.alarms.create('moderato-tick', { periodInMinutes: 1 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== 'moderato-tick') return;
    void compute().then(paint);
    void sendReminders(db, Date.now()).catch(() => 0);
  });
}
