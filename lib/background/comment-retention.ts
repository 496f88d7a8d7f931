import { browser } from 'wxt/browser';
import type { ModeratoDatabase } from '../db/database';
import { pruneFinishedComments } from '../db/prune-comments';

const PRUNE = 'moderato-prune';

/**
 * Once a day, finished comments not seen for half a year leave storage (see prune-comments.ts).
 * The alarm is created only when missing, like the minute tick: the worker restarts often, and
 * re-creating the alarm would restart its day each time, so it might never fire.
 */
export function keepCommentsTidy(db: ModeratoDatabase): Promise<void> {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PRUNE) void pruneFinishedComments(db, Date.now()).catch(() => 0);
  });
  return ensureDaily().catch(() => undefined);
}

async function ensureDaily(): Promise<void> {
  const existing = await browser.alarms.get(PRUNE).catch(() => undefined);
  // The first run comes a few minutes after installation or browser start, not in the middle of it.
  if (!existing) await browser.alarms.create(PRUNE, { delayInMinutes: 5, periodInMinutes: 24 * 60 });
}
