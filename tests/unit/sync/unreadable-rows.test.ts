import { describe, expect, it } from 'vitest';
import { applyMergedSections, applyTeamBundle, LOCAL_IMPORT_OPTIONS, readLocalSections } from '../../../lib/sync/local-sections';
import { createTeamBundle, importTeamBundle } from '../../../lib/sync/team-import';
import { freshDb } from '../db/test-db';
import { asRecord, topic } from './team-db';

/**
 * Stored rows this browser cannot read (a later version wrote them) are left alone by a team
 * import: the preview must not promise to write them, the guide check must not refuse a bundle
 * over them, and Apply must not overwrite them.
 */

const note = (id: string, text: string, at: number) => ({
  id, site: 'facebook', commentKey: `facebook:${id}`, authorKey: null, authorName: 'Lena', pageName: 'Bäckerei', text, agent: 'Anna', at,
});

/** A starter topic's id, in a shape this version cannot read. */
const FUTURE_SHIPPING = { id: 'shipping', position: 0, templates: 'v2' };

describe('a bundle record whose id a stored unreadable row holds', () => {
  it('is counted as kept here in the preview, not as added, and Apply leaves the row as it was', async () => {
    const b = freshDb();
    await b.guideTopics.put(FUTURE_SHIPPING);
    const bundle = createTeamBundle({ guideTopics: [asRecord(topic('shipping', 'shipping.de.late'), 600)] }, { exportedAt: 700 });
    const r = importTeamBundle(await readLocalSections(b, 800), JSON.stringify(bundle), LOCAL_IMPORT_OPTIONS);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.preview.totals.counts.added).toBe(0);
    expect(r.preview.sections.guideTopics.counts).toMatchObject({ added: 0, keptLocal: 1 });
    expect(r.preview.hasChanges).toBe(false);

    const applied = await applyTeamBundle(b, r.bundle, 800);
    expect(applied).toMatchObject({ ok: true, written: 0 });
    expect(await b.guideTopics.get('shipping')).toEqual(FUTURE_SHIPPING);
  });

  it('does not refuse the bundle over a template id it would never write', async () => {
    const b = freshDb();
    await b.guideTopics.put(FUTURE_SHIPPING);
    await b.guideTopics.put(topic('returns', 'returns.de.label', { position: 1 }));
    // The colleague's shipping carries a template id that "returns" holds here.
    const bundle = createTeamBundle(
      { guideTopics: [asRecord(topic('shipping', 'returns.de.label'), 600)], notes: [{ ...note('n1', 'Rückruf', 500), updatedAt: 500 }] },
      { exportedAt: 700 },
    );
    const r = importTeamBundle(await readLocalSections(b, 800), JSON.stringify(bundle), LOCAL_IMPORT_OPTIONS);
    expect(r.ok).toBe(true);
    const applied = await applyTeamBundle(b, bundle, 800);
    expect(applied).toMatchObject({ ok: true, written: 1 });
    expect(await b.guideTopics.get('shipping')).toEqual(FUTURE_SHIPPING);
    expect((await b.notes.get('n1'))?.text).toBe('Rückruf');
  });

  it('is skipped by applyMergedSections before the guide check, too', async () => {
    const b = freshDb();
    await b.guideTopics.put(FUTURE_SHIPPING);
    await b.guideTopics.put(topic('returns', 'returns.de.label', { position: 1 }));
    const local = await readLocalSections(b, 800);
    const merged = { guideTopics: [...local.guideTopics!, asRecord(topic('shipping', 'returns.de.label'), 600)] };
    await expect(applyMergedSections(b, merged as never, 800)).resolves.toBe(0);
    expect(await b.guideTopics.get('shipping')).toEqual(FUTURE_SHIPPING);
  });
});

describe('rows an index leaves out', () => {
  it('a note without `at` (not in the `at` index) is unreadable, so a bundle note with its id does not replace it', async () => {
    const b = freshDb();
    const future = { id: 'n1', text: 'kept by a later version', writtenAt: 5 };
    await b.notes.put(future);
    const bundle = createTeamBundle({ notes: [{ ...note('n1', 'von A', 500), updatedAt: 500 }] }, { exportedAt: 700 });
    const r = importTeamBundle(await readLocalSections(b, 800), JSON.stringify(bundle), LOCAL_IMPORT_OPTIONS);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.preview.sections.notes.counts).toMatchObject({ added: 0, keptLocal: 1 });
    await applyTeamBundle(b, r.bundle, 800);
    expect(await b.notes.get('n1')).toEqual(future);
  });

  it('a topic without `position` (the schema defaults it) is read, so an older bundle copy does not overwrite it', async () => {
    const b = freshDb();
    const { position: _p, ...stored } = topic('returns', 'returns.de.label', { updatedAt: 900, title: { de: 'Neu hier', en: 'New here' } });
    await b.guideTopics.put(stored);
    const older = asRecord(topic('returns', 'returns.de.label'), 100);
    const bundle = createTeamBundle({ guideTopics: [older] }, { exportedAt: 700 });
    const r = importTeamBundle(await readLocalSections(b, 800), JSON.stringify(bundle), LOCAL_IMPORT_OPTIONS);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.preview.sections.guideTopics.counts).toMatchObject({ added: 0, keptLocal: 1 });
    await applyTeamBundle(b, r.bundle, 800);
    expect((await b.guideTopics.get('returns'))?.title).toEqual({ de: 'Neu hier', en: 'New here' });
  });
});
