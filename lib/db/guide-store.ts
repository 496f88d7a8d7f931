import { countTemplateUse } from '../guide/usage';
import { GuideSchema, TopicSchema, sortedTopics, type Guide, type Template, type Topic } from '../guide/model';
import type { ChangeList, ImportPlan, LimitBreach } from '../guide/import-plan';
import { starterGuide } from '../guide/starter-guide';
import { topicRecord } from '../sync/local-records';
import { dropLocalTombstones, recordLocalDeletions, type LocalDeletion } from '../sync/sync-state';
import type { FeatureRow, ModeratoDatabase } from './database';

/**
 * The response guide in IndexedDB: one row per topic (table guideTopics), its templates inside, so an
 * edit of one topic is one row write. Every read is validated with the guide's own zod schema; a row
 * that no longer fits is skipped and counted, never deleted, so a later version can still read it.
 */

/** Settings row that remembers the starter guide was stored once: deleting every topic must not bring it back. */
export const GUIDE_SEEDED_ID = 'guideSeeded';

export interface StoredGuide {
  guide: Guide;
  /** Rows that failed TopicSchema (left in storage untouched). */
  skippedRows: number;
  /** Templates dropped because another topic already holds their id (ids are unique across a guide). */
  skippedTemplates: number;
}

/** Thrown for a change that would break the guide (duplicate template id, invalid topic or import) or a stale import. */
export class GuideStoreError extends Error {
  constructor(
    readonly code: 'invalid_topic' | 'duplicate_template_id' | 'guide_changed' | 'unreadable_topic' | 'invalid_import',
    message: string,
  ) {
    super(message);
    this.name = 'GuideStoreError';
  }
}

/** The guide as shown, and what a write must keep of the rows that the guide does not show. */
interface GuideRows extends StoredGuide {
  /** Each shown topic's row as stored, to write back with only what a change changes. */
  rows: Map<string, FeatureRow>;
  /** Keys of rows TopicSchema refused (a later version's, say): no write may replace them. */
  unreadable: Set<unknown>;
  /** Per topic, the stored templates it does not show because an earlier topic holds their id. */
  hidden: Map<string, unknown[]>;
}

function readRows(rows: readonly FeatureRow[]): GuideRows {
  const readable: { row: FeatureRow; topic: Topic }[] = [];
  const unreadable = new Set<unknown>();
  let skippedRows = 0;
  for (const row of rows) {
    const parsed = TopicSchema.safeParse(row);
    if (parsed.success) readable.push({ row, topic: parsed.data });
    else {
      skippedRows++;
      unreadable.add(row.id);
    }
  }
  // Display order decides which copy of a template id shows, however the rows were read: the editor
  // and every write must agree on it.
  const ordered = sortedTopics({ topics: readable.map((r) => r.topic) });
  const rowOf = new Map(readable.map((r) => [r.topic.id, r.row]));
  const topics: Topic[] = [];
  const hidden = new Map<string, unknown[]>();
  let skippedTemplates = 0;
  const templateIds = new Set<string>();
  for (const topic of ordered) {
    const stored = rowOf.get(topic.id)!.templates as unknown[];
    const templates = topic.templates.filter((t, i) => {
      if (!templateIds.has(t.id)) {
        templateIds.add(t.id);
        return true;
      }
      skippedTemplates++;
      hidden.set(topic.id, [...(hidden.get(topic.id) ?? []), stored[i]]);
      return false;
    });
    topics.push(templates.length === topic.templates.length ? topic : { ...topic, templates });
  }
  return { guide: { topics }, skippedRows, skippedTemplates, rows: rowOf, unreadable, hidden };
}

/**
 * A topic's templates with its hidden ones (see GuideRows) put back: a write of what the guide shows
 * must not delete what it never showed.
 */
function withHidden<T extends { id: string }>(templates: readonly T[], hidden: readonly unknown[] | undefined): unknown[] {
  if (!hidden) return [...templates];
  const ids = new Set(templates.map((t) => t.id));
  return [...templates, ...hidden.filter((t) => !ids.has((t as { id?: unknown } | null)?.id as string))];
}

const unreadableTopicError = (id: string) =>
  new GuideStoreError(
    'unreadable_topic',
    `a topic with the id "${id}" is stored in a form this version cannot read (a newer version's?); it is kept as it is`,
  );

/** The stored guide, topics in display order, with what could not be read. */
export async function loadStoredGuide(db: ModeratoDatabase): Promise<StoredGuide> {
  // All rows, not the `position` index: that leaves out a row without a position, which the schema reads.
  const { guide, skippedRows, skippedTemplates } = readRows(await db.guideTopics.toArray());
  return { guide, skippedRows, skippedTemplates };
}

/** The stored guide, topics in display order. */
export async function loadGuide(db: ModeratoDatabase): Promise<Guide> {
  return (await loadStoredGuide(db)).guide;
}

/**
 * Replaces the whole guide (validated first; nothing is written when it is invalid). Raw storage for
 * setting a guide up: it records no deletions for the team bundle, unlike deleteTopic and applyImportPlan.
 */
export async function saveGuide(db: ModeratoDatabase, guide: Guide): Promise<Guide> {
  const valid = GuideSchema.parse(guide);
  await db.transaction('rw', db.guideTopics, async () => {
    await db.guideTopics.clear();
    await db.guideTopics.bulkPut(valid.topics);
  });
  return valid;
}

const topicContent = (t: Topic): string =>
  JSON.stringify([t.title, t.description, t.keywords, t.examples]);
const templateContent = (t: Template): string => JSON.stringify([t.lang, t.title, t.body]);

/**
 * Stores one topic as the editor sends it. `updatedAt` moves to `now` for the topic and for each
 * template whose content changed (so a later merge import sees the local edit as newer); use counts
 * stay as stored, since the editor's copy may be older than the last insertion.
 */
export async function upsertTopic(db: ModeratoDatabase, topic: Topic, now: number): Promise<Topic> {
  const parsed = TopicSchema.safeParse(topic);
  if (!parsed.success) {
    throw new GuideStoreError('invalid_topic', parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  }
  const draft = parsed.data;
  return db.transaction('rw', db.guideTopics, db.settings, async () => {
    const { guide, unreadable, hidden } = readRows(await db.guideTopics.toArray());
    if (unreadable.has(draft.id)) throw unreadableTopicError(draft.id);
    const stored = guide.topics.find((t) => t.id === draft.id);
    const elsewhere = new Map<string, string>();
    for (const other of guide.topics) {
      if (other.id !== draft.id) for (const t of other.templates) elsewhere.set(t.id, other.id);
    }
    const seen = new Set<string>();
    for (const t of draft.templates) {
      const owner = elsewhere.get(t.id);
      if (owner !== undefined || seen.has(t.id)) {
        throw new GuideStoreError('duplicate_template_id', `template id "${t.id}" is already used${owner ? ` in topic "${owner}"` : ''}`);
      }
      seen.add(t.id);
    }
    const storedTemplates = new Map((stored?.templates ?? []).map((t) => [t.id, t]));
    const templates = draft.templates.map((t): Template => {
      const before = storedTemplates.get(t.id);
      const changed = !before || templateContent(before) !== templateContent(t);
      return { ...t, useCount: before?.useCount ?? t.useCount, updatedAt: changed ? now : before.updatedAt };
    });
    // Templates live inside their topic, so removing one is an edit of the topic: it must move the
    // topic's edit time, or a colleague's older copy would bring the template back on import.
    const draftIds = new Set(draft.templates.map((t) => t.id));
    const removedTemplate = stored?.templates.some((t) => !draftIds.has(t.id)) ?? false;
    const position = stored ? draft.position : Math.max(draft.position, guide.topics.reduce((m, t) => Math.max(m, t.position + 1), 0));
    const deletedAt = stored ? undefined : (await dropLocalTombstones(db, 'guideTopics', [draft.id])).get(draft.id);
    const next: Topic = {
      ...draft,
      position,
      templates,
      updatedAt: !stored || removedTemplate || topicContent(stored) !== topicContent(draft) ? revivedAt(now, deletedAt) : stored.updatedAt,
    };
    await db.guideTopics.put({ ...next, templates: withHidden(next.templates, hidden.get(next.id)) });
    return next;
  });
}

/** The edit time of a write that recreates a deleted topic: now, and after the deletion even if that lies ahead of this clock. */
const revivedAt = (now: number, deletedAt: number | undefined): number => (deletedAt === undefined ? now : Math.max(now, deletedAt + 1));

/** The tombstone facts for a stored topic row: its bundle id and the edit time the bundle shows. */
function topicDeletion(row: unknown, id: string): LocalDeletion {
  const parsed = TopicSchema.safeParse(row);
  return { id, editedAt: parsed.success ? topicRecord(parsed.data).updatedAt : 0 };
}

/**
 * Deletes a topic with its templates and records the deletion for the team bundle (a tombstone in
 * the 'teamSync' row, same transaction), so it spreads to colleagues and their older copy cannot
 * bring it back here.
 */
export async function deleteTopic(db: ModeratoDatabase, topicId: string, now: number = Date.now()): Promise<void> {
  await db.transaction('rw', db.guideTopics, db.settings, async () => {
    const row = await db.guideTopics.get(topicId);
    if (!row) return;
    await db.guideTopics.delete(topicId);
    await recordLocalDeletions(db, 'guideTopics', [topicDeletion(row, topicId)], now);
  });
}

/**
 * Puts the topics in this order (positions 0, 1, …). Topics missing from the list keep their relative
 * order after the listed ones; unknown ids are ignored.
 */
export async function reorder(db: ModeratoDatabase, topicIds: readonly string[]): Promise<void> {
  await db.transaction('rw', db.guideTopics, async () => {
    const { guide, rows } = readRows(await db.guideTopics.toArray());
    const rank = new Map(topicIds.map((id, i) => [id, i]));
    const ordered = [...guide.topics].sort((a, b) => (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity));
    const changed = ordered.flatMap((t, position) => (t.position === position ? [] : [{ ...rows.get(t.id)!, position }]));
    if (changed.length) await db.guideTopics.bulkPut(changed);
  });
}

/**
 * Stores the starter guide the first time only. Returns true when it did. A guide that already has
 * topics (e.g. imported before the first start) is left alone; either way the flag is set.
 */
export async function seedStarterGuideOnce(db: ModeratoDatabase, now: number = Date.now()): Promise<boolean> {
  return db.transaction('rw', db.settings, db.guideTopics, async () => {
    if (await db.settings.get(GUIDE_SEEDED_ID)) return false;
    const empty = (await db.guideTopics.count()) === 0;
    if (empty) await db.guideTopics.bulkPut(starterGuide().topics);
    await db.settings.put({ id: GUIDE_SEEDED_ID, value: { at: now, seeded: empty } });
    return empty;
  });
}

/** One more use of a template; false when no stored topic holds it. */
export async function recordTemplateUse(db: ModeratoDatabase, templateId: string): Promise<boolean> {
  return db.transaction('rw', db.guideTopics, async () => {
    const rows = await db.guideTopics.toArray();
    for (const row of rows) {
      // Cheap look at the raw row first: only the topic that holds the template is parsed.
      const raw = (row as { templates?: unknown }).templates;
      if (!Array.isArray(raw) || !raw.some((t) => (t as { id?: unknown } | null)?.id === templateId)) continue;
      const parsed = TopicSchema.safeParse(row);
      if (!parsed.success) return false;
      await db.guideTopics.put(countTemplateUse(parsed.data, templateId));
      return true;
    }
    return false;
  });
}

/** What the guide says, without positions, timestamps and use counts: what an import plan is based on. */
function contentSignature(guide: Guide): string {
  return JSON.stringify(
    [...guide.topics]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((t) => [t.id, topicContent(t), [...t.templates].sort((a, b) => a.id.localeCompare(b.id)).map((x) => [x.id, templateContent(x)])]),
  );
}

/** Everything the plan saw in the stored guide. */
function knownIds(plan: ImportPlan): { topics: Set<string>; templates: Set<string> } {
  const ids = (c: ChangeList<{ id: string }>): Set<string> =>
    new Set([c.updated, c.unchanged, c.localNewer, c.onlyLocal, c.removed].flat().map((r) => r.id));
  return { topics: ids(plan.topics), templates: ids(plan.templates) };
}

const breachText = (b: LimitBreach): string =>
  b.limit === 'topics' ? `the guide would have ${b.count} topics, at most ${b.max} are allowed` : `topic "${b.topic.id}" would have ${b.count} templates, at most ${b.max} are allowed`;

export interface AppliedImport {
  topics: number;
  templates: number;
  removedTopics: number;
  /**
   * Topics of the file that were not stored because a row with the same id is stored in a form this
   * version cannot read; that row stays as it is. Absent when there were none.
   */
  unreadableTopics?: string[];
}

/**
 * Applies an import plan in one transaction. Refuses (GuideStoreError, nothing written) a plan whose
 * result is no valid guide ('invalid_import', see ImportPlan.overLimits), and ('guide_changed') when
 * the stored guide has entries the plan never saw, or — with `basis`, the guide the plan was made
 * from — when its content changed since: the user confirmed a plan, not whatever the guide became
 * meanwhile. Use counts that grew meanwhile are kept (the larger count wins). Topics a
 * replacing import removes are recorded as deletions for the team bundle.
 *
 * Unreadable rows are left alone, also when the file holds a topic with the same id (the starter
 * topics' ids are the same in every browser): that topic is not stored (`unreadableTopics`), and a
 * template the file moves into it stays where it is. Templates the guide does not show stay in their rows.
 */
export async function applyImportPlan(db: ModeratoDatabase, plan: ImportPlan, basis?: Guide, now: number = Date.now()): Promise<AppliedImport> {
  const parsed = GuideSchema.safeParse(plan.result);
  if (!parsed.success) {
    const reasons = plan.overLimits.length ? plan.overLimits.map(breachText) : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new GuideStoreError('invalid_import', `the guide would not be valid after this import, so nothing was imported: ${reasons.join('; ')}`);
  }
  const result = parsed.data;
  return db.transaction('rw', db.guideTopics, db.settings, async () => {
    const { guide: current, unreadable, hidden } = readRows(await db.guideTopics.toArray());
    const known = knownIds(plan);
    const stale =
      current.topics.some((t) => !known.topics.has(t.id) || t.templates.some((x) => !known.templates.has(x.id))) ||
      (basis !== undefined && contentSignature(current) !== contentSignature(basis));
    if (stale) throw new GuideStoreError('guide_changed', 'the guide changed after the file was read');

    const currentCounts = new Map(current.topics.flatMap((t) => t.templates.map((x) => [x.id, x.useCount] as const)));
    const currentTopics = new Map(current.topics.map((t) => [t.id, t]));
    const leftOut = result.topics.filter((t) => unreadable.has(t.id));
    const written = result.topics.filter((t) => !unreadable.has(t.id));
    const keep = new Set(written.map((t) => t.id));
    const stayHome = new Map<string, Template[]>();
    for (const topic of leftOut) {
      for (const t of topic.templates) {
        const home = current.topics.find((c) => c.templates.some((x) => x.id === t.id));
        if (!home) continue;
        // Its topic goes, and the one it moves to cannot take it: storing the plan would lose it.
        if (!keep.has(home.id)) {
          throw new GuideStoreError(
            'unreadable_topic',
            `the file moves template "${t.id}" from topic "${home.id}", which it removes, into topic "${topic.id}", which is stored in a form this version cannot read; nothing was imported`,
          );
        }
        stayHome.set(home.id, [...(stayHome.get(home.id) ?? []), home.templates.find((x) => x.id === t.id)!]);
      }
    }
    // A topic the file brings back after it was deleted here is written now, whatever date the file gives it.
    const revived = await dropLocalTombstones(db, 'guideTopics', written.filter((t) => !currentTopics.has(t.id)).map((t) => t.id));
    const topics = written.map((topic) => {
      const own = [...topic.templates, ...(stayHome.get(topic.id) ?? [])];
      // A template the file drops from a kept topic is deleted here now: the topic's edit time moves
      // (as in upsertTopic), so the team bundle carries the removal instead of losing it to an older copy.
      const ids = new Set(own.map((t) => t.id));
      const droppedTemplate = currentTopics.get(topic.id)?.templates.some((t) => !ids.has(t.id)) ?? false;
      const deletedAt = revived.get(topic.id);
      return {
        ...topic,
        ...(droppedTemplate || deletedAt !== undefined ? { updatedAt: Math.max(topic.updatedAt, revivedAt(now, deletedAt)) } : {}),
        templates: own.map((t) => {
          const count = currentCounts.get(t.id);
          return count !== undefined && count > t.useCount ? { ...t, useCount: count } : t;
        }),
      };
    });
    const removedTopics = current.topics.filter((t) => !keep.has(t.id));
    const removed = removedTopics.map((t) => t.id);
    if (removed.length) {
      await db.guideTopics.bulkDelete(removed);
      await recordLocalDeletions(db, 'guideTopics', removedTopics.map((t) => topicDeletion(t, t.id)), now);
    }
    await db.guideTopics.bulkPut(topics.map((t) => ({ ...t, templates: withHidden(t.templates, hidden.get(t.id)) })));
    return {
      topics: topics.length,
      templates: topics.reduce((n, t) => n + t.templates.length, 0),
      removedTopics: removed.length,
      ...(leftOut.length ? { unreadableTopics: leftOut.map((t) => t.id) } : {}),
    };
  });
}
