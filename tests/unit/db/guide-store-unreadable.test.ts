import { describe, expect, it } from 'vitest';
import { applyImportPlan, loadGuide, loadStoredGuide, reorder, upsertTopic } from '../../../lib/db/guide-store';
import { makeGuide, planImport, starterGuide, type Guide, type Topic } from '../../../lib/guide';
import { freshDb } from './test-db';

/**
 * What the guide store cannot read (a later version's row) or does not show (a template whose id an
 * earlier topic holds) stays stored through every write: nothing replaces or drops it unseen.
 */

const T = Date.UTC(2026, 10, 23, 12);

const topic = (id: string, position: number, templates: { id: string; body?: string }[] = [], updatedAt = 0): Topic =>
  makeGuide({
    topics: [{
      id, position, updatedAt, title: { de: `Thema ${id}`, en: `Topic ${id}` },
      templates: templates.map((t) => ({ id: t.id, lang: 'de', title: `Vorlage ${t.id}`, body: t.body ?? `Hallo {{first_name}}, zu ${id}.` })),
    }],
  }).topics[0]!;

const guideOf = (...topics: Topic[]): Guide => ({ topics });

/** The starter topic id every install has, in a shape this version cannot read. */
const FUTURE_SHIPPING = { id: 'shipping', position: 0, templates: 'v2' };

describe('a stored row the guide cannot read', () => {
  it('survives a guide import whose file holds a topic with its id (starter ids are the same everywhere)', async () => {
    const db = freshDb();
    const future = { ...FUTURE_SHIPPING, id: 'delivery-status' };
    await db.guideTopics.bulkPut([future, topic('returns', 1, [{ id: 'returns.de.1' }])]);
    const existing = await loadGuide(db);
    const file = starterGuide();
    expect(file.topics.some((t) => t.id === 'delivery-status')).toBe(true);
    const applied = await applyImportPlan(db, planImport(existing, file, 'merge'), existing, T);
    expect(await db.guideTopics.get('delivery-status')).toEqual(future);
    expect(applied.unreadableTopics).toEqual(['delivery-status']);
    expect(applied.topics).toBe(file.topics.length); // returns kept, delivery-status left out
  });

  it('keeps a template the file moves into that topic where it is', async () => {
    const db = freshDb();
    await db.guideTopics.bulkPut([FUTURE_SHIPPING, topic('returns', 1, [{ id: 'moved' }, { id: 'returns.de.1' }])]);
    const existing = await loadGuide(db);
    const file = guideOf(topic('returns', 1, [{ id: 'returns.de.1' }]), topic('shipping', 0, [{ id: 'moved', body: 'Neu.' }], T + 5));
    await applyImportPlan(db, planImport(existing, file, 'merge'), existing, T);
    expect(await db.guideTopics.get('shipping')).toEqual(FUTURE_SHIPPING);
    expect((await loadGuide(db)).topics.find((t) => t.id === 'returns')!.templates.map((t) => t.id)).toEqual(['returns.de.1', 'moved']);
  });

  it('is not replaced by the editor saving a new topic with its id', async () => {
    const db = freshDb();
    await db.guideTopics.put(FUTURE_SHIPPING);
    await expect(upsertTopic(db, topic('shipping', 0, [{ id: 'shipping.de.1' }]), T)).rejects.toMatchObject({ code: 'unreadable_topic' });
    expect(await db.guideTopics.get('shipping')).toEqual(FUTURE_SHIPPING);
  });
});

describe('a template hidden because an earlier topic holds its id', () => {
  const stored = () => [topic('a', 0, [{ id: 'same' }]), topic('b', 1, [{ id: 'same', body: 'Nur hier, {{first_name}}.' }, { id: 'b.1' }])];

  it('stays in its row when the topics are reordered', async () => {
    const db = freshDb();
    await db.guideTopics.bulkPut(stored());
    await reorder(db, ['b', 'a']);
    const b = await db.guideTopics.get('b');
    expect(b).toMatchObject({ position: 0 });
    expect((b!.templates as { id: string }[]).map((t) => t.id)).toEqual(['same', 'b.1']);
  });

  it('stays in its row through a guide import that keeps the topic', async () => {
    const db = freshDb();
    await db.guideTopics.bulkPut(stored());
    const existing = await loadGuide(db);
    const file = guideOf(topic('b', 1, [{ id: 'b.1', body: 'Geändert, {{first_name}}.' }], T), topic('c', 2, [{ id: 'c.1' }]));
    await applyImportPlan(db, planImport(existing, file, 'merge'), existing, T);
    const b = (await db.guideTopics.get('b'))!.templates as { id: string; body: string }[];
    expect(b.map((t) => [t.id, t.body])).toEqual([['b.1', 'Geändert, {{first_name}}.'], ['same', 'Nur hier, {{first_name}}.']]);
  });

  it('stays in its row when the editor saves the topic', async () => {
    const db = freshDb();
    await db.guideTopics.bulkPut(stored());
    const shown = (await loadGuide(db)).topics.find((t) => t.id === 'b')!;
    await upsertTopic(db, { ...shown, title: { de: 'Neu', en: 'New' } }, T);
    const b = (await db.guideTopics.get('b'))!;
    expect(b.title).toEqual({ de: 'Neu', en: 'New' });
    expect((b.templates as { id: string }[]).map((t) => t.id)).toEqual(['b.1', 'same']);
  });

  it('is the same one whichever way the guide is read: by position, not by id', async () => {
    const db = freshDb();
    // Id order (z before a) differs from position order.
    await db.guideTopics.bulkPut([topic('z', 0, [{ id: 'same' }]), topic('a', 1, [{ id: 'same' }, { id: 'a.1' }])]);
    expect((await loadStoredGuide(db)).guide.topics.map((t) => t.templates.map((x) => x.id))).toEqual([['same'], ['a.1']]);
    // Saving "z" as shown must not trip over the copy "a" holds but does not show.
    const z = (await loadGuide(db)).topics.find((t) => t.id === 'z')!;
    await expect(upsertTopic(db, { ...z, title: { de: 'Z neu', en: 'Z new' } }, T)).resolves.toBeTruthy();
    expect(((await db.guideTopics.get('a'))!.templates as { id: string }[]).map((t) => t.id)).toEqual(['same', 'a.1']);
  });
});

describe('a topic row without a position', () => {
  it('is shown (the schema puts it first), so an import plan made from the shown guide is not refused as stale', async () => {
    const db = freshDb();
    const { position: _p, ...row } = topic('nopos', 0, [{ id: 'nopos.1' }]);
    await db.guideTopics.bulkPut([row, topic('a', 1, [{ id: 'a.1' }])]);
    const existing = await loadGuide(db);
    expect(existing.topics.map((t) => t.id)).toEqual(['nopos', 'a']);
    await expect(applyImportPlan(db, planImport(existing, guideOf(topic('c', 2)), 'merge'), existing, T)).resolves.toMatchObject({ topics: 3 });
  });
});
