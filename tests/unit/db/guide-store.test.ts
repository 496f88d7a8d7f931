import { describe, expect, it } from 'vitest';
import {
  GUIDE_SEEDED_ID, GuideStoreError, applyImportPlan, deleteTopic, loadGuide, loadStoredGuide, recordTemplateUse, reorder,
  saveGuide, seedStarterGuideOnce, upsertTopic,
} from '../../../lib/db/guide-store';
import { STARTER_TOPIC_IDS, exportGuide, makeGuide, parseGuideFile, planImport, starterGuide, type Guide, type Topic } from '../../../lib/guide';
import { TEAM_SYNC_ROW } from '../../../lib/sync/sync-state';
import { freshDb } from './test-db';

const T = Date.UTC(2026, 10, 23, 12);

const topic = (id: string, position: number, templates: { id: string; body?: string; lang?: 'de' | 'en' }[] = []): Topic =>
  makeGuide({
    topics: [{
      id, position, title: { de: `Thema ${id}`, en: `Topic ${id}` }, keywords: { de: [id], en: [id] },
      templates: templates.map((t) => ({ id: t.id, lang: t.lang ?? 'de', title: `Vorlage ${t.id}`, body: t.body ?? `Hallo {{first_name}}, zu ${id}.` })),
    }],
  }).topics[0]!;

const guideOf = (...topics: Topic[]): Guide => ({ topics });

describe('seedStarterGuideOnce', () => {
  it('stores the 13 starter topics on the first start and never again, even after everything was deleted', async () => {
    const db = freshDb();
    expect(await seedStarterGuideOnce(db, T)).toBe(true);
    expect((await loadGuide(db)).topics.map((t) => t.id)).toEqual([...STARTER_TOPIC_IDS]);
    expect((await loadGuide(db))).toEqual(starterGuide());

    for (const id of STARTER_TOPIC_IDS) await deleteTopic(db, id);
    expect(await seedStarterGuideOnce(db, T + 1)).toBe(false);
    expect((await loadGuide(db)).topics).toEqual([]);
    expect((await db.settings.get(GUIDE_SEEDED_ID))?.value).toMatchObject({ at: T });
  });

  it('leaves a guide that already has topics alone', async () => {
    const db = freshDb();
    await saveGuide(db, guideOf(topic('own', 0, [{ id: 'own.de.a' }])));
    expect(await seedStarterGuideOnce(db, T)).toBe(false);
    expect((await loadGuide(db)).topics.map((t) => t.id)).toEqual(['own']);
  });

  it('seeds once when two contexts start at the same time', async () => {
    const db = freshDb();
    const results = await Promise.all([seedStarterGuideOnce(db, T), seedStarterGuideOnce(db, T)]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await db.guideTopics.count()).toBe(STARTER_TOPIC_IDS.length);
  });
});

describe('loadGuide', () => {
  it('sorts by position and skips (and counts) rows that fail the schema, leaving them stored', async () => {
    const db = freshDb();
    await db.guideTopics.bulkPut([
      topic('b', 2, [{ id: 'b.1' }]),
      topic('a', 1, [{ id: 'a.1' }]),
      { id: 'broken', position: 0, title: 'not bilingual' },
      (() => { const c = topic('c', 3, [{ id: 'c.1' }]); return { ...c, templates: [{ ...c.templates[0]!, body: 'Hallo {{vorname}}' }] }; })(),
    ]);
    const stored = await loadStoredGuide(db);
    expect(stored.guide.topics.map((t) => t.id)).toEqual(['a', 'b']);
    expect(stored.skippedRows).toBe(2);
    expect(await db.guideTopics.count()).toBe(4);
  });

  it('drops a template whose id another topic already holds, and counts it', async () => {
    const db = freshDb();
    await db.guideTopics.bulkPut([topic('a', 0, [{ id: 'same' }]), topic('b', 1, [{ id: 'same' }, { id: 'b.1' }])]);
    const stored = await loadStoredGuide(db);
    expect(stored.guide.topics.map((t) => t.templates.map((x) => x.id))).toEqual([['same'], ['b.1']]);
    expect(stored.skippedTemplates).toBe(1);
  });
});

describe('upsertTopic', () => {
  it('adds a new topic after the others and stamps it and its templates with the edit time', async () => {
    const db = freshDb();
    await saveGuide(db, guideOf(topic('a', 0), topic('b', 5)));
    const stored = await upsertTopic(db, topic('new', 0, [{ id: 'new.de.1' }]), T);
    expect(stored.position).toBe(6);
    expect(stored.updatedAt).toBe(T);
    expect(stored.templates[0]!.updatedAt).toBe(T);
    expect((await loadGuide(db)).topics.map((t) => t.id)).toEqual(['a', 'b', 'new']);
  });

  it('moves updatedAt only for what changed and keeps the stored use counts', async () => {
    const db = freshDb();
    await saveGuide(db, guideOf(topic('a', 0, [{ id: 'a.1' }, { id: 'a.2' }])));
    await recordTemplateUse(db, 'a.1');
    await recordTemplateUse(db, 'a.1');
    const editorCopy = topic('a', 0, [{ id: 'a.1' }, { id: 'a.2', body: 'Neu: [[Bestellnummer]]' }]);
    const stored = await upsertTopic(db, editorCopy, T);
    expect(stored.updatedAt).toBe(0);
    expect(stored.templates.map((t) => [t.id, t.updatedAt, t.useCount])).toEqual([['a.1', 0, 2], ['a.2', T, 0]]);
    expect((await loadGuide(db)).topics[0]!.templates[1]!.body).toBe('Neu: [[Bestellnummer]]');
  });

  it('refuses a template id another topic holds, and an invalid topic, storing nothing', async () => {
    const db = freshDb();
    await saveGuide(db, guideOf(topic('a', 0, [{ id: 'a.1' }])));
    const before = await db.guideTopics.toArray();
    await expect(upsertTopic(db, topic('b', 1, [{ id: 'a.1' }]), T)).rejects.toMatchObject({ code: 'duplicate_template_id' });
    const bad = { ...topic('a', 0, [{ id: 'a.1' }]), title: { de: '', en: '' } };
    await expect(upsertTopic(db, bad, T)).rejects.toBeInstanceOf(GuideStoreError);
    expect(await db.guideTopics.toArray()).toEqual(before);
  });
});

describe('reorder and delete', () => {
  it('renumbers positions in the given order; unlisted topics follow in their order', async () => {
    const db = freshDb();
    await saveGuide(db, guideOf(topic('a', 0), topic('b', 1), topic('c', 2), topic('d', 3)));
    await reorder(db, ['c', 'a']);
    expect((await loadGuide(db)).topics.map((t) => [t.id, t.position])).toEqual([['c', 0], ['a', 1], ['b', 2], ['d', 3]]);
    await deleteTopic(db, 'a');
    expect((await loadGuide(db)).topics.map((t) => t.id)).toEqual(['c', 'b', 'd']);
  });
});

const guideTombstones = async (db: ReturnType<typeof freshDb>) =>
  ((await db.settings.get(TEAM_SYNC_ROW))?.value as { tombstones: Record<string, Record<string, unknown>> } | undefined)?.tombstones.guideTopics;

describe('deletions for the team bundle', () => {
  it('deleteTopic leaves a tombstone dated after the topic’s newest edit', async () => {
    const db = freshDb();
    await upsertTopic(db, topic('a', 0, [{ id: 'a.1' }]), T);
    await upsertTopic(db, topic('b', 1, [{ id: 'b.1' }]), T);
    await deleteTopic(db, 'a', T + 60_000);
    expect((await loadGuide(db)).topics.map((t) => t.id)).toEqual(['b']);
    expect(await guideTombstones(db)).toEqual({ a: { id: 'a', updatedAt: T + 60_000, deletedAt: T + 60_000 } });
    // Same millisecond as the edit: still later, or a tie would keep the topic alive.
    await deleteTopic(db, 'b', T);
    expect((await guideTombstones(db))!.b).toMatchObject({ deletedAt: T + 1 });
    await deleteTopic(db, 'never-stored', T);
    expect(Object.keys((await guideTombstones(db))!)).toEqual(['a', 'b']);
  });

  it('removing a template moves the topic’s edit time, so the removal is the newer version', async () => {
    const db = freshDb();
    await upsertTopic(db, topic('a', 0, [{ id: 'a.1' }, { id: 'a.2' }]), T);
    const saved = await upsertTopic(db, topic('a', 0, [{ id: 'a.1' }]), T + 1000);
    expect(saved.updatedAt).toBe(T + 1000);
    expect(saved.templates[0]!.updatedAt).toBe(T); // the kept template itself was not edited
    // Saving again unchanged moves nothing.
    expect((await upsertTopic(db, saved, T + 2000)).updatedAt).toBe(T + 1000);
  });

  it('a replacing guide import records the topics it removes and dates topics that lost a template', async () => {
    const db = freshDb();
    await saveGuide(db, guideOf(topic('a', 0, [{ id: 'a.1' }, { id: 'a.2' }]), topic('gone', 1, [{ id: 'gone.1' }])));
    const existing = await loadGuide(db);
    const plan = planImport(existing, guideOf(topic('a', 0, [{ id: 'a.1' }])), 'replace');
    await applyImportPlan(db, plan, existing, T);
    expect(await guideTombstones(db)).toEqual({ gone: { id: 'gone', updatedAt: T, deletedAt: T } });
    expect((await loadGuide(db)).topics[0]!.updatedAt).toBe(T);
  });
});

describe('recordTemplateUse', () => {
  it('counts a template in its topic row without touching updatedAt; unknown ids change nothing', async () => {
    const db = freshDb();
    await seedStarterGuideOnce(db, T);
    const id = starterGuide().topics[2]!.templates[0]!.id;
    expect(await recordTemplateUse(db, id)).toBe(true);
    expect(await recordTemplateUse(db, id)).toBe(true);
    const t = (await loadGuide(db)).topics[2]!.templates[0]!;
    expect([t.id, t.useCount, t.updatedAt]).toEqual([id, 2, 0]);
    expect(await recordTemplateUse(db, 'no.such.template')).toBe(false);
    const expected = starterGuide();
    expected.topics[2]!.templates[0]!.useCount = 2;
    expect(await loadGuide(db)).toEqual(expected);
  });
});

describe('applyImportPlan', () => {
  it('merges an exported-and-edited file: additions and updates applied, nothing dropped', async () => {
    const db = freshDb();
    await saveGuide(db, guideOf(topic('a', 0, [{ id: 'a.1' }]), topic('local', 1, [{ id: 'local.1' }])));
    const file = parseGuideFile(exportGuide(guideOf(topic('a', 0, [{ id: 'a.1', body: 'Geändert, {{first_name}}.' }]), topic('new', 1, [{ id: 'new.1' }]))));
    if (!file.ok) throw new Error('file should parse');
    const existing = await loadGuide(db);
    const plan = planImport(existing, file.guide, 'merge');
    expect(await applyImportPlan(db, plan, existing)).toEqual({ topics: 3, templates: 3, removedTopics: 0 });
    const after = await loadGuide(db);
    expect(after.topics.map((t) => t.id)).toEqual(['a', 'local', 'new']);
    expect(after.topics[0]!.templates[0]!.body).toBe('Geändert, {{first_name}}.');
  });

  it('replaces: removes what the file lacks, keeps use counts that grew meanwhile', async () => {
    const db = freshDb();
    await saveGuide(db, guideOf(topic('a', 0, [{ id: 'a.1' }]), topic('gone', 1, [{ id: 'gone.1' }])));
    const existing = await loadGuide(db);
    const plan = planImport(existing, guideOf(topic('a', 0, [{ id: 'a.1' }])), 'replace');
    expect(plan.removesEntries).toBe(true);
    await recordTemplateUse(db, 'a.1');
    expect(await applyImportPlan(db, plan, existing)).toEqual({ topics: 1, templates: 1, removedTopics: 1 });
    const after = await loadGuide(db);
    expect(after.topics.map((t) => t.id)).toEqual(['a']);
    expect(after.topics[0]!.templates[0]!.useCount).toBe(1);
  });

  it('refuses a plan when the guide changed since it was made, and changes nothing', async () => {
    const db = freshDb();
    await saveGuide(db, guideOf(topic('a', 0, [{ id: 'a.1' }])));
    const existing = await loadGuide(db);
    const plan = planImport(existing, guideOf(topic('b', 0, [{ id: 'b.1' }])), 'replace');
    await upsertTopic(db, topic('late', 1, [{ id: 'late.1' }]), T);
    const before = await db.guideTopics.toArray();
    await expect(applyImportPlan(db, plan, existing)).rejects.toMatchObject({ code: 'guide_changed' });
    expect(await db.guideTopics.toArray()).toEqual(before);

    // Edited content (same ids) counts as a change too when the basis is given.
    const basis = await loadGuide(db);
    const plan2 = planImport(basis, guideOf(topic('b', 0, [{ id: 'b.1' }])), 'merge');
    await upsertTopic(db, topic('a', 0, [{ id: 'a.1', body: 'Anders.' }]), T + 1);
    await expect(applyImportPlan(db, plan2, basis)).rejects.toMatchObject({ code: 'guide_changed' });
  });

  it('refuses a plan whose result breaks the limits with its own error, naming the topic, and changes nothing', async () => {
    const db = freshDb();
    const sixty = (prefix: string) => topic('delivery', 0, Array.from({ length: 60 }, (_, i) => ({ id: `${prefix}-${i}` })));
    await saveGuide(db, guideOf(sixty('local')));
    const existing = await loadGuide(db);
    const before = await db.guideTopics.toArray();
    const plan = planImport(existing, guideOf(sixty('file')), 'merge');
    const refused = await applyImportPlan(db, plan, existing).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(GuideStoreError);
    expect(refused).toMatchObject({ code: 'invalid_import' });
    expect((refused as Error).message).toContain('topic "delivery" would have 120 templates, at most 100');
    expect(await db.guideTopics.toArray()).toEqual(before);
  });

  it('leaves unreadable rows stored through a replace', async () => {
    const db = freshDb();
    await db.guideTopics.bulkPut([topic('a', 0, [{ id: 'a.1' }]), { id: 'broken', title: 42 }]);
    const existing = await loadGuide(db);
    await applyImportPlan(db, planImport(existing, guideOf(topic('b', 0)), 'replace'), existing);
    expect((await db.guideTopics.toArray()).map((r) => r.id).sort()).toEqual(['b', 'broken']);
  });
});
