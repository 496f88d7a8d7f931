import {
  DismissalSchema,
  NetiquetteSettingsSchema,
  readNetiquetteSettings,
  StrikeSchema,
  type Dismissal,
  type NetiquetteSettings,
  type SettingsReadResult,
  type Strike,
} from '../netiquette/model-schemas';
import type { ModeratoDatabase } from './database';
import { loadSettings } from './settings-store';
import { recordLocalDeletions } from '../sync/sync-state';
import { strikeId } from '../sync/local-records';
import { activeStrikes, DAY_MS } from '../netiquette/ladder';

/**
 * Netiquette storage: the company's netiquette (settings row 'netiquette'), dismissed flags and the
 * response ladder's strikes. Every row is validated on read; a damaged row is skipped, never thrown.
 */
export const NETIQUETTE_ROW = 'netiquette';

export type StoredDismissal = Dismissal & { id: number };
export type StoredStrike = Strike & { id: number };

/** Stored settings, field-wise fallback to defaults; `problems` says what could not be used. */
export async function loadNetiquetteSettingsChecked(db: ModeratoDatabase): Promise<SettingsReadResult> {
  const row = await db.settings.get(NETIQUETTE_ROW);
  return readNetiquetteSettings(row?.value ?? {});
}

export async function loadNetiquetteSettings(db: ModeratoDatabase): Promise<NetiquetteSettings> {
  return (await loadNetiquetteSettingsChecked(db)).settings;
}

/** Throws a ZodError for invalid settings (the options page validates before saving). */
export async function saveNetiquetteSettings(db: ModeratoDatabase, settings: NetiquetteSettings): Promise<NetiquetteSettings> {
  const valid = NetiquetteSettingsSchema.parse(settings);
  await db.settings.put({ id: NETIQUETTE_ROW, value: valid });
  return valid;
}

function validRows<T>(rows: { id?: unknown }[], parse: (row: unknown) => { success: true; data: T } | { success: false }): (T & { id: number })[] {
  const out: (T & { id: number })[] = [];
  for (const row of rows) {
    const parsed = parse(row);
    if (parsed.success && typeof row.id === 'number') out.push({ ...parsed.data, id: row.id });
  }
  return out;
}

const parseDismissal = (row: unknown) => DismissalSchema.safeParse(row);
const parseStrike = (row: unknown) => StrikeSchema.safeParse(row);

export async function addDismissal(db: ModeratoDatabase, dismissal: Dismissal): Promise<StoredDismissal> {
  const valid = DismissalSchema.parse(dismissal);
  const id = await db.dismissals.add({ ...valid });
  return { ...valid, id };
}

/** Every dismissal (per-comment and company-wide); the background builds its detector from these. */
export async function allDismissals(db: ModeratoDatabase): Promise<StoredDismissal[]> {
  return validRows(await db.dismissals.toArray(), parseDismissal);
}

export async function dismissalsForComments(db: ModeratoDatabase, commentKeys: string[]): Promise<StoredDismissal[]> {
  if (commentKeys.length === 0) return [];
  return validRows(await db.dismissals.where('commentKey').anyOf(commentKeys).toArray(), parseDismissal);
}

export async function addStrike(db: ModeratoDatabase, strike: Strike): Promise<StoredStrike> {
  const valid = StrikeSchema.parse(strike);
  const id = await db.strikes.add({ ...valid });
  return { ...valid, id };
}

/**
 * Records a ladder step unless the same step is already stored for the same comment: a second
 * click (a colleague on a stale badge, a double click) answers the same offence again and must not
 * count as another. Returns the stored strike, old or new. One transaction, so two clicks at once
 * cannot both find nothing.
 */
export async function addStrikeOnce(db: ModeratoDatabase, strike: Strike): Promise<StoredStrike> {
  const valid = StrikeSchema.parse(strike);
  return db.transaction('rw', db.strikes, async () => {
    const same = validRows(await db.strikes.where('commentKey').equals(valid.commentKey).toArray(), parseStrike).find(
      (s) => s.step === valid.step && s.authorKey === valid.authorKey && s.site === valid.site && s.page === valid.page,
    );
    return same ?? addStrike(db, valid);
  });
}

/**
 * Takes back a strike recorded by mistake, so the ladder proposes the step before it again. The same strike
 * stored twice (imported back) goes with it. The deletion leaves a tombstone for the team bundle (the
 * strike's shared id, the times and this browser's agent; nothing about the author), in the same
 * transaction: colleagues' copies go too, and an older copy cannot bring it back.
 */
export async function deleteStrike(db: ModeratoDatabase, id: number, now: number = Date.now()): Promise<void> {
  await db.transaction('rw', db.strikes, db.settings, async () => {
    const row = await db.strikes.get(id);
    if (!row) return;
    const parsed = parseStrike(row);
    if (!parsed.success) {
      await db.strikes.delete(id);
      return;
    }
    const shared = strikeId(parsed.data);
    const same = validRows(await db.strikes.where('authorKey').equals(parsed.data.authorKey).toArray(), parseStrike).filter((s) => strikeId(s) === shared);
    await db.strikes.bulkDelete(same.map((s) => s.id));
    const agent = (await loadSettings(db)).agentName.trim();
    await recordLocalDeletions(db, 'strikes', [{ id: shared, editedAt: parsed.data.at }], now, agent || undefined);
  });
}

/** One author's strikes on one own page (the ladder counts per author and page), oldest first. */
export async function strikesFor(db: ModeratoDatabase, authorKey: string, site: Strike['site'], page: string): Promise<StoredStrike[]> {
  const rows = validRows(await db.strikes.where('authorKey').equals(authorKey).toArray(), parseStrike);
  return rows.filter((s) => s.site === site && s.page === page).sort((a, b) => a.at - b.at);
}

/** Strikes of many authors at once, grouped by author key (all pages; callers filter by page). */
export async function strikesByAuthors(db: ModeratoDatabase, authorKeys: string[]): Promise<Map<string, StoredStrike[]>> {
  const out = new Map<string, StoredStrike[]>();
  if (authorKeys.length === 0) return out;
  const rows = validRows(await db.strikes.where('authorKey').anyOf(authorKeys).toArray(), parseStrike);
  rows.sort((a, b) => a.at - b.at);
  for (const s of rows) {
    const list = out.get(s.authorKey);
    if (list) list.push(s);
    else out.set(s.authorKey, [s]);
  }
  return out;
}

export interface StrikeHistoryEntry {
  authorKey: string;
  authorName: string;
  site: Strike['site'];
  page: string;
  /** Oldest first. */
  strikes: StoredStrike[];
  /** Strikes that still count on the ladder (younger than the expiry). */
  active: number;
  /** When the oldest active strike expires (null when none is active). */
  stepsDownAt: number | null;
  latestAt: number;
}

/** For the popup: one entry per author and page, most recent strike first. */
export async function strikeHistory(db: ModeratoDatabase, now: number, expiryDays: number): Promise<StrikeHistoryEntry[]> {
  const rows = validRows(await db.strikes.orderBy('at').toArray(), parseStrike);
  const groups = new Map<string, StoredStrike[]>();
  for (const s of rows) {
    const key = `${s.site}\u0000${s.page}\u0000${s.authorKey}`;
    const list = groups.get(key);
    if (list) list.push(s);
    else groups.set(key, [s]);
  }
  const ms = expiryDays * DAY_MS;
  const out: StrikeHistoryEntry[] = [];
  for (const strikes of groups.values()) {
    const last = strikes[strikes.length - 1]!;
    // Counted as the ladder counts them: a step recorded twice for one comment is one.
    const live = activeStrikes(strikes, now, expiryDays);
    out.push({
      authorKey: last.authorKey,
      // The newest name the author was seen with; names change, keys do not.
      authorName: [...strikes].reverse().find((s) => s.authorName)?.authorName ?? '',
      site: last.site,
      page: last.page,
      strikes,
      active: live.length,
      stepsDownAt: live[0] ? live[0].at + ms : null,
      latestAt: last.at,
    });
  }
  return out.sort((a, b) => b.latestAt - a.latestAt);
}
