import { parseStoredSettings } from '../db/settings-store';
import { NetiquetteSettingsSchema, readNetiquetteSettings, settingsRules, type NetiquetteSettings } from '../netiquette/model-schemas';
import { resolveRules, type Rule } from '../netiquette/rules';
import { defaultSettings, SettingsSchema, type Settings } from '../models/settings';
import { rowFields, type SharedSettingId } from './local-records';
import type { SectionRecord } from './record-versions';

/**
 * The settings rows the team shares (general settings and netiquette) as bundle records and back.
 * Both rows keep no edit time: local-sections.ts dates their records through stamps, keyed by
 * content, so a record must read back exactly as it is stored.
 */

/** A record before its edit time is known. */
export type Unstamped = { id: string; [field: string]: unknown };

export interface SettingsRows {
  settings: Settings;
  netiquette: NetiquetteSettings;
}

export function sharedSettingRecords(s: Settings, n: NetiquetteSettings): Record<SharedSettingId, Unstamped> {
  return {
    'settings-pages': { id: 'settings-pages', value: s.pages },
    'settings-target-minutes': { id: 'settings-target-minutes', value: s.targetMinutes },
    'settings-site-targets': { id: 'settings-site-targets', value: s.siteTargetMinutes },
    'settings-backlog-days': { id: 'settings-backlog-days', value: s.backlogDays },
    'netiquette-text': { id: 'netiquette-text', text: n.text, url: n.url },
    'netiquette-terms': { id: 'netiquette-terms', blockedTerms: n.blockedTerms, allowedTerms: n.allowedTerms },
    'netiquette-strike-expiry': { id: 'netiquette-strike-expiry', strikeExpiryDays: n.strikeExpiryDays },
  };
}

/** `rows` with one shared setting taken from `record`; null for an id this version does not share. */
export function withSharedSetting(rows: SettingsRows, record: SectionRecord): SettingsRows | null {
  const { settings, netiquette } = rows;
  const r = record as Record<string, unknown>;
  switch (record.id as SharedSettingId) {
    case 'settings-pages': return { netiquette, settings: { ...settings, pages: r.value as Settings['pages'] } };
    case 'settings-target-minutes': return { netiquette, settings: { ...settings, targetMinutes: r.value as number } };
    case 'settings-site-targets': return { netiquette, settings: { ...settings, siteTargetMinutes: r.value as Settings['siteTargetMinutes'] } };
    case 'settings-backlog-days': return { netiquette, settings: { ...settings, backlogDays: r.value as number } };
    case 'netiquette-text': return { settings, netiquette: { ...netiquette, text: r.text as NetiquetteSettings['text'], url: r.url as string } };
    case 'netiquette-terms': return { settings, netiquette: { ...netiquette, blockedTerms: r.blockedTerms as string[], allowedTerms: r.allowedTerms as string[] } };
    case 'netiquette-strike-expiry': return { settings, netiquette: { ...netiquette, strikeExpiryDays: r.strikeExpiryDays as number } };
    default: return null;
  }
}

/** A netiquette rule record as the rule the netiquette row stores. */
export function ruleOf(record: SectionRecord): Rule {
  const rule = rowFields(record);
  delete rule.updatedAt;
  return rule as unknown as Rule;
}

/** The netiquette row with these rules in place of its own (by id). */
export function withRules(netiquette: NetiquetteSettings, rules: readonly Rule[]): NetiquetteSettings {
  const all = { ...resolveRules(netiquette.rules) };
  for (const r of rules) (all as Record<string, Rule>)[r.id] = r;
  return { ...netiquette, rules: settingsRules({ rules: Object.values(all) }) };
}

/** The values to store, as the settings schemas normalise them (trimmed names, defaults filled in). */
export function storedValues(rows: SettingsRows): SettingsRows {
  return { settings: SettingsSchema.parse(rows.settings), netiquette: NetiquetteSettingsSchema.parse(rows.netiquette) };
}

/** What the next read finds in the stored values: the records are dated by comparing exactly this. */
export function readBack(stored: SettingsRows): { sharedSettings: Record<SharedSettingId, Unstamped>; netiquetteRules: Unstamped[] } {
  const settings = parseStoredSettings(stored.settings);
  const netiquette = readNetiquetteSettings(stored.netiquette).settings;
  return {
    sharedSettings: sharedSettingRecords(settings, netiquette),
    netiquetteRules: settingsRules(netiquette).map((r) => ({ ...r })),
  };
}

/** The defaults of a fresh install, the base an incoming setting is normalised on. */
export const defaultRows = (): SettingsRows => ({ settings: defaultSettings(), netiquette: readNetiquetteSettings({}).settings });
