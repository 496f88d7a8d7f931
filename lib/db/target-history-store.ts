import type { Settings } from '../models/settings';
import { parseTargetHistory, withTargetChange, type TargetEpoch } from '../stats/target-history';
import type { ModeratoDatabase } from './database';

/** A row of the settings table beside the settings themselves; this browser's alone, not shared with the team. */
export const TARGET_HISTORY_ROW = 'targetHistory';

export async function loadTargetHistory(db: ModeratoDatabase): Promise<TargetEpoch[]> {
  const row = await db.settings.get(TARGET_HISTORY_ROW);
  return parseTargetHistory(row?.value);
}

/** Keeps the targets that applied until now, when a settings write changes what the statistics judge by. */
export async function recordTargetChange(db: ModeratoDatabase, before: Settings, after: Settings, now = Date.now()): Promise<void> {
  const next = withTargetChange(await loadTargetHistory(db), before, after, now);
  if (next) await db.settings.put({ id: TARGET_HISTORY_ROW, value: next });
}
