import { SettingsSchema, defaultSettings, type Settings } from '../models/settings';
import type { ModeratoDatabase } from './database';
import { renamePageComments } from './page-rename';
import { repairSchedule, repairSiteTargets } from './settings-repair';
import { recordTargetChange } from './target-history-store';

/** Stored settings that fail validation fall back to defaults field by field, never throw. */
export function parseStoredSettings(value: unknown): Settings {
  const parsed = SettingsSchema.safeParse(value ?? {});
  if (parsed.success) return parsed.data;
  const base = defaultSettings();
  if (value && typeof value === 'object') {
    const pages = (value as { pages?: unknown }).pages;
    if (Array.isArray(pages)) {
      // One damaged page entry must not switch off the others.
      const valid = pages.flatMap((p) => {
        const one = SettingsSchema.safeParse({ ...base, pages: [p] });
        return one.success ? one.data.pages : [];
      });
      base.pages = valid;
    }
    // Each field against the defaults, not against `base`: more than 50 valid pages there would fail every one.
    const defaults = defaultSettings();
    for (const [k, v] of Object.entries(value)) {
      if (k === 'pages') continue;
      // Groups whose parts stand on their own are repaired part by part, like the pages.
      if (k === 'schedule') base.schedule = repairSchedule(v);
      else if (k === 'siteTargetMinutes') base.siteTargetMinutes = repairSiteTargets(v);
      else {
        const one = SettingsSchema.safeParse({ ...defaults, [k]: v });
        if (one.success) Object.assign(base, { [k]: (one.data as Record<string, unknown>)[k] });
      }
    }
  }
  return base;
}

export async function loadSettings(db: ModeratoDatabase): Promise<Settings> {
  const row = await db.settings.get('settings');
  return parseStoredSettings(row?.value);
}

/**
 * Stores the settings, in one transaction with what follows from them: a page renamed at the same address
 * keeps its stored comments (page-rename.ts), and changed targets are kept for the statistics (target-history-store.ts).
 */
export async function saveSettings(db: ModeratoDatabase, settings: Settings, now = Date.now()): Promise<Settings> {
  const valid = SettingsSchema.parse(settings);
  await db.transaction('rw', db.settings, db.comments, async () => {
    const before = await loadSettings(db);
    await db.settings.put({ id: 'settings', value: valid });
    await renamePageComments(db, before, valid);
    await recordTargetChange(db, before, valid, now);
  });
  return valid;
}
