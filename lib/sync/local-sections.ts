import type { ModeratoDatabase } from '../db/database';
import { NETIQUETTE_ROW } from '../db/netiquette-store';
import { renamePageComments } from '../db/page-rename';
import { parseStoredSettings } from '../db/settings-store';
import { recordTargetChange } from '../db/target-history-store';
import { TopicSchema, type Topic } from '../guide/model';
import { readNetiquetteSettings, settingsRules, StrikeSchema, type NetiquetteSettings } from '../netiquette/model-schemas';
import type { Rule } from '../netiquette/rules';
import { NoteSchema } from '../notes/note-model';
import { defaultSettings, type Settings } from '../models/settings';
import { BUNDLE_SECTIONS, type BundleSection, type TeamBundle } from './bundle-schema';
import { editedAt, isTombstone, versionKey, withoutHistory, type SectionRecord } from './record-versions';
import { readSyncState, TEAM_SYNC_ROW, type SyncState } from './sync-state';
import { erasedAuthorKeys, withoutErasedAuthors } from './erased-authors';
import { importTeamBundle, type ImportOptions, type ImportPreview, type LocalSections, type MergedSections } from './team-import';
import type { BundleError } from './bundle-errors';
import { checkMergedGuide, guideProblemError, guideProblems } from './guide-check';
import {
  contentKey, LOCAL_RECORD_SCHEMAS, noteRecord, noteRow, strikeId, strikeRecord, strikeRow, topicRecord, topicRow,
} from './local-records';
import { asStoredRecords } from './incoming-records';
import { canonicalJson } from './canonical-json';
import {
  readBack, ruleOf, sharedSettingRecords, storedValues, withRules, withSharedSetting, type SettingsRows, type Unstamped,
} from './shared-settings';

/**
 * This browser's team records: read from the feature stores as bundle sections, and merged
 * sections written back, all or nothing.
 *
 * What the feature rows cannot hold lives in one settings row, 'teamSync' (sync-state.ts):
 * - history: replaced versions per section and id. The guide reads its rows with a strict schema,
 *   so a `history` field in a topic row would hide the topic; one place for all sections keeps every
 *   feature's rows exactly as that feature writes them.
 * - tombstones: deletions made here (the stores record them, recordLocalDeletions) or that came with
 *   a bundle, so they spread on when this browser exports and an older copy imported later cannot
 *   bring the record back.
 * - stamps: edit times for records whose store keeps none (netiquette rules, shared settings). A
 *   content not seen before is dated when this code first sees it, and remembered.
 */
export { TEAM_SYNC_ROW };

const STAMPED: readonly BundleSection[] = ['netiquetteRules', 'sharedSettings'];
const stampKey = (section: BundleSection, id: string) => `${section}\u0000${id}`;

interface LocalRows {
  settings: Settings;
  netiquette: NetiquetteSettings;
  topics: Map<string, Topic>;
  strikeRowIds: Map<string, number[]>;
  state: SyncState;
  sections: Record<BundleSection, SectionRecord[]>;
  /** Rows a feature schema refused: left in storage untouched, never exported. */
  skipped: number;
  /**
   * Ids of refused topic and note rows (a later version's, say), per section. An import must not write
   * over them or delete them: this browser cannot tell whether the incoming record is newer than what it
   * cannot read.
   */
  unreadable: Record<BundleSection, string[]>;
  stampsChanged: boolean;
}

/** Content of a never-touched install: dated 0, so two fresh browsers agree without a conflict. */
function defaultKeys(): Map<string, string> {
  const keys = new Map<string, string>();
  const n = readNetiquetteSettings({}).settings;
  for (const r of settingsRules(n)) keys.set(stampKey('netiquetteRules', r.id), contentKey(r));
  for (const r of Object.values(sharedSettingRecords(defaultSettings(), n))) keys.set(stampKey('sharedSettings', r.id), contentKey(r));
  return keys;
}

/**
 * `rows` that parse, in the order of `by` (ties keep the stored order). Sorted here, not read through an
 * index: an index leaves out every row whose field is missing or of another type, and a row never read
 * is neither exported nor protected from being written over.
 */
function parsedInOrder<T>(rows: readonly unknown[], parse: (row: unknown) => T | null, by: (t: T) => number, refused: (row: unknown) => void) {
  const out: { row: unknown; data: T }[] = [];
  for (const row of rows) {
    const data = parse(row);
    if (data === null) refused(row);
    else out.push({ row, data });
  }
  return out.sort((a, b) => by(a.data) - by(b.data));
}

const parsedBy = <T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } }) => (row: unknown): T | null => {
  const r = schema.safeParse(row);
  return r.success ? r.data : null;
};

/** Must run inside a transaction over settings, guideTopics, notes and strikes. */
async function readRows(db: ModeratoDatabase, now: number): Promise<LocalRows> {
  const [settingsRow, netiquetteRow, syncRow, topicRows, noteRows, strikeRows] = await Promise.all([
    db.settings.get('settings'),
    db.settings.get(NETIQUETTE_ROW),
    db.settings.get(TEAM_SYNC_ROW),
    db.guideTopics.toArray(),
    db.notes.toArray(),
    db.strikes.toArray(),
  ]);
  const settings = parseStoredSettings(settingsRow?.value);
  const netiquette = readNetiquetteSettings(netiquetteRow?.value ?? {}).settings;
  const state = readSyncState(syncRow?.value);
  let skipped = 0;
  const unreadable: Record<BundleSection, string[]> = { guideTopics: [], netiquetteRules: [], notes: [], strikes: [], sharedSettings: [] };
  const refused = (section: BundleSection) => (row: unknown): void => {
    skipped++;
    const id = (row as { id?: unknown } | null)?.id;
    if (typeof id === 'string') unreadable[section].push(id);
  };

  const topics = new Map<string, Topic>();
  const guideTopics: SectionRecord[] = [];
  for (const { data } of parsedInOrder(topicRows, parsedBy<Topic>(TopicSchema), (t) => t.position, refused('guideTopics'))) {
    topics.set(data.id, data);
    guideTopics.push(topicRecord(data));
  }
  const notes = parsedInOrder(noteRows, parsedBy(NoteSchema), (n) => n.at, refused('notes')).map(({ data }) => noteRecord(data));
  const strikes: SectionRecord[] = [];
  const strikeRowIds = new Map<string, number[]>();
  // A strike's shared id is derived from its content, not its row number: a refused row has none to protect.
  for (const { row, data } of parsedInOrder(strikeRows, parsedBy(StrikeSchema), (s) => s.at, () => skipped++)) {
    const rowId = (row as { id?: unknown }).id;
    if (typeof rowId !== 'number') { skipped++; continue; }
    const id = strikeId(data);
    const ids = strikeRowIds.get(id);
    if (ids) ids.push(rowId);
    else {
      strikeRowIds.set(id, [rowId]);
      strikes.push(strikeRecord(data));
    }
  }

  // Records without a stored edit time get one from the stamps (see TEAM_SYNC_ROW).
  const defaults = defaultKeys();
  let stampsChanged = false;
  const stamped = (section: BundleSection, r: Unstamped): SectionRecord => {
    const key = contentKey(r);
    const sk = stampKey(section, r.id);
    const stamp = state.stamps[sk];
    if (stamp && stamp.key === key) return { ...r, updatedAt: stamp.updatedAt };
    if (!stamp && defaults.get(sk) === key) return { ...r, updatedAt: 0 };
    const updatedAt = now;
    state.stamps[sk] = { key, updatedAt };
    stampsChanged = true;
    return { ...r, updatedAt };
  };
  const netiquetteRules = settingsRules(netiquette).map((r) => stamped('netiquetteRules', { ...r }));
  const sharedSettings = Object.values(sharedSettingRecords(settings, netiquette)).map((r) => stamped('sharedSettings', r));

  const sections: Record<BundleSection, SectionRecord[]> = { guideTopics, netiquetteRules, notes, strikes, sharedSettings };
  for (const name of BUNDLE_SECTIONS) {
    const tombstones = state.tombstones[name] ?? {};
    const list = sections[name].map((r) => revivedAfter(r, tombstones[r.id]));
    const live = new Set(list.map((r) => r.id));
    const history = state.history[name] ?? {};
    sections[name] = list.map((r) => (history[r.id]?.length ? { ...r, history: history[r.id] as SectionRecord[] } : r));
    for (const [id, tomb] of Object.entries(tombstones)) {
      if (live.has(id)) continue;
      const h = history[id];
      sections[name].push(h?.length ? { ...(tomb as SectionRecord), history: h as SectionRecord[] } : (tomb as SectionRecord));
    }
  }
  return { settings, netiquette, topics, strikeRowIds, state, sections, skipped, unreadable, stampsChanged };
}

/**
 * A stored row next to its own tombstone was written after the deletion (an import never leaves a
 * deleted row, and local writes now drop the tombstone): a guide file of an earlier version brought
 * the topic back with its old date. It counts as newer than the deletion, or the deletion, coming
 * back from a colleague, would delete it again.
 */
function revivedAfter(record: SectionRecord, tomb: SectionRecord | undefined): SectionRecord {
  if (!tomb) return record;
  const deletedAt = editedAt(tomb);
  return editedAt(record) > deletedAt ? record : { ...record, updatedAt: deletedAt + 1 };
}

// The comments too: renamed pages take their stored comments along (page-rename.ts).
const TABLES = (db: ModeratoDatabase) => [db.settings, db.guideTopics, db.notes, db.strikes, db.comments];

/** The sections as importTeamBundle takes them: what can be read, and the ids of what cannot. */
const localSections = (rows: LocalRows): LocalSections => ({ ...rows.sections, unreadable: rows.unreadable });

/**
 * This browser's records for a team bundle: guide topics, netiquette rules, notes, strikes and the
 * shared settings, with their history and the deletions learned from earlier imports, and the ids
 * of stored rows that cannot be read (`unreadable`, which importTeamBundle leaves alone; an export
 * ignores it). Dates first-seen edits of netiquette rules and shared settings at `now` and
 * remembers that date.
 */
export async function readLocalSections(db: ModeratoDatabase, now: number = Date.now()): Promise<LocalSections> {
  return db.transaction('rw', TABLES(db), async () => {
    const rows = await readRows(db, now);
    if (rows.stampsChanged) await db.settings.put({ id: TEAM_SYNC_ROW, value: rows.state });
    return localSections(rows);
  });
}

/** Options for importing: the feature checks every incoming record, and the guide as a whole, must pass. */
export const LOCAL_IMPORT_OPTIONS: ImportOptions = { recordSchemas: LOCAL_RECORD_SCHEMAS, checkMerged: checkMergedGuide, asStored: asStoredRecords };

export class TeamApplyError extends Error {
  /** The reasons in German and English, where the failure is one the bundle's import errors name. */
  readonly errors: BundleError[];

  constructor(messageOrErrors: string | BundleError[]) {
    const errors = typeof messageOrErrors === 'string' ? [] : messageOrErrors;
    super(typeof messageOrErrors === 'string' ? messageOrErrors : errors.map((e) => e.message.en).join('; '));
    this.name = 'TeamApplyError';
    this.errors = errors;
  }
}

async function writeMerged(db: ModeratoDatabase, rows: LocalRows, merged: Partial<MergedSections>, now: number): Promise<number> {
  const leftAlone = new Set(BUNDLE_SECTIONS.flatMap((name) => rows.unreadable[name].map((id) => stampKey(name, id))));
  // Only what is written can break the guide: a record for an unreadable row is skipped below.
  const writtenTopics = (merged.guideTopics ?? []).filter((r) => !leftAlone.has(stampKey('guideTopics', r.id)));
  const problems = guideProblems(rows.sections.guideTopics, writtenTopics);
  if (problems.length) throw new TeamApplyError(problems.map((p) => guideProblemError(p)));
  const { state } = rows;
  const current = new Map(BUNDLE_SECTIONS.map((name) => [name, new Map(rows.sections[name].map((r) => [r.id, r]))]));
  let written = 0;
  let settingRows: SettingsRows = { settings: rows.settings, netiquette: rows.netiquette };
  let settingsChanged = false;
  let netiquetteChanged = false;
  const rules: Rule[] = [];
  // Stamped records are dated once their stored form is known (below).
  const stampedWrites: { name: BundleSection; id: string; updatedAt: number }[] = [];
  let nextPosition = [...rows.topics.values()].reduce((m, t) => Math.max(m, t.position + 1), 0);

  for (const name of BUNDLE_SECTIONS) {
    const list = merged[name];
    if (!list) continue;
    const history = (state.history[name] ??= {});
    const tombstones = (state.tombstones[name] ??= {});
    for (const record of list) {
      if (leftAlone.has(stampKey(name, record.id))) continue;
      const before = current.get(name)?.get(record.id);
      const h = (record.history ?? []).map((v) => withoutHistory(v) as SectionRecord);
      // A record whose only change is older versions kept is stored too, and counted: the preview shows it.
      const historyChanged = canonicalJson(history[record.id] ?? []) !== canonicalJson(h);
      if (h.length) history[record.id] = h;
      else delete history[record.id];
      if (before && versionKey(before) === versionKey(record)) {
        if (historyChanged) written++;
        continue;
      }
      written++;
      if (isTombstone(record)) {
        tombstones[record.id] = withoutHistory(record) as SectionRecord & { deletedAt: number };
        if (name === 'guideTopics') await db.guideTopics.delete(record.id);
        else if (name === 'notes') await db.notes.delete(record.id);
        else if (name === 'strikes') await db.strikes.bulkDelete(rows.strikeRowIds.get(record.id) ?? []);
        else throw new TeamApplyError(`${name} ${record.id}: this kind of record cannot be deleted`);
        continue;
      }
      delete tombstones[record.id];
      if (name === 'guideTopics') {
        const local = rows.topics.get(record.id);
        const row = topicRow(record, local, nextPosition);
        if (!local) nextPosition++;
        await db.guideTopics.put(row);
      } else if (name === 'notes') {
        await db.notes.put(noteRow(record));
      } else if (name === 'strikes') {
        const [rowId, ...doubles] = rows.strikeRowIds.get(record.id) ?? [];
        const row = strikeRow(record);
        if (rowId === undefined) await db.strikes.add({ ...row });
        else await db.strikes.put({ ...row, id: rowId });
        if (doubles.length) await db.strikes.bulkDelete(doubles);
      } else if (name === 'netiquetteRules') {
        rules.push(ruleOf(record));
        netiquetteChanged = true;
      } else {
        const next = withSharedSetting(settingRows, record);
        if (!next) throw new TeamApplyError(`sharedSettings ${record.id}: unknown setting`);
        settingRows = next;
        if (record.id.startsWith('settings-')) settingsChanged = true;
        else netiquetteChanged = true;
      }
      if (STAMPED.includes(name)) stampedWrites.push({ name, id: record.id, updatedAt: record.updatedAt });
    }
  }

  if (rules.length) settingRows = { ...settingRows, netiquette: withRules(settingRows.netiquette, rules) };
  const stored = storedValues(settingRows);
  if (settingsChanged) {
    await db.settings.put({ id: 'settings', value: stored.settings });
    // As saveSettings does: a page renamed at its address keeps its comments, and the targets that
    // applied until now stay for the statistics.
    await renamePageComments(db, rows.settings, stored.settings);
    await recordTargetChange(db, rows.settings, stored.settings, now);
  }
  if (netiquetteChanged) await db.settings.put({ id: NETIQUETTE_ROW, value: stored.netiquette });
  // Keyed by the value as the next read finds it: the schemas trim and fill in, and a key taken from
  // the incoming record would not match, so the next read would date the colleague's edit now.
  if (stampedWrites.length) {
    const back = readBack(stored);
    const byId = new Map<string, object>([...Object.values(back.sharedSettings), ...back.netiquetteRules].map((r) => [r.id, r]));
    for (const w of stampedWrites) state.stamps[stampKey(w.name, w.id)] = { key: contentKey(byId.get(w.id)!), updatedAt: w.updatedAt };
  }
  await db.settings.put({ id: TEAM_SYNC_ROW, value: state });
  return written;
}

/**
 * Stores merged sections (from importTeamBundle) in one transaction over every touched table: rows
 * mapped back to each feature's shape, tombstones deleting, history and tombstones kept in the
 * 'teamSync' row. Any failure (an invalid row, a guide that would hold one template id twice)
 * rolls everything back. Returns how many records were written.
 */
export async function applyMergedSections(db: ModeratoDatabase, merged: Partial<MergedSections>, now: number = Date.now()): Promise<number> {
  return db.transaction('rw', TABLES(db), async () => writeMerged(db, await readRows(db, now), merged, now));
}

/** On failure, `errors` holds the reasons in German and English when the bundle is refused like at the preview. */
export type AppliedBundle =
  | { ok: true; written: number; preview: ImportPreview }
  | { ok: false; message: string; errors: BundleError[] };

/**
 * Merges a checked bundle into what is stored *now* and stores the result, in one transaction: an
 * edit made between the preview and the click is merged, never overwritten. Notes and strikes about
 * authors erased here are left out (withoutErasedAuthors).
 */
export async function applyTeamBundle(db: ModeratoDatabase, bundle: TeamBundle, now: number = Date.now()): Promise<AppliedBundle> {
  try {
    return await db.transaction('rw', TABLES(db), async () => {
      const rows = await readRows(db, now);
      const kept = withoutErasedAuthors(bundle, await erasedAuthorKeys(db));
      const result = importTeamBundle(localSections(rows), kept.bundle, { ...LOCAL_IMPORT_OPTIONS, now });
      if (!result.ok) throw new TeamApplyError(result.errors);
      const written = await writeMerged(db, rows, result.sections, now);
      return { ok: true as const, written, preview: result.preview };
    });
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e), errors: e instanceof TeamApplyError ? e.errors : [] };
  }
}
