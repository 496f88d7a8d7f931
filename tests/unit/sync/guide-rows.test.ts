import { describe, expect, it } from 'vitest';
import { loadStoredGuide } from '../../../lib/db/guide-store';
import { allNotes } from '../../../lib/db/notes-store';
import { applyTeamBundle, LOCAL_IMPORT_OPTIONS, readLocalSections } from '../../../lib/sync/local-sections';
import { createTeamBundle, importTeamBundle } from '../../../lib/sync/team-import';
import { freshDb } from '../db/test-db';
import { asRecord, importText, topic } from './team-db';

const note = { id: 'n1', site: 'facebook', commentKey: 'facebook:1', authorKey: null, authorName: 'Tom', pageName: 'P', text: 'Rückruf', agent: 'Anna', at: 500, updatedAt: 500 };

describe('stored guide rows the guide cannot read', () => {
  it('do not stop a team import, and stay exactly as they were', async () => {
    const b = freshDb();
    // Written by a later version: a field this one does not know.
    const future = { ...topic('future', 'future.de.hi'), icon: 'star' };
    await b.guideTopics.put(future);
    await b.guideTopics.put(topic('shipping', 'shipping.de.late'));
    const bundle = createTeamBundle({ notes: [note], guideTopics: [asRecord(topic('returns', 'returns.de.label'), 600)] }, { exportedAt: 700 });
    await importText(b, JSON.stringify(bundle), 800);
    expect((await allNotes(b)).map((n) => n.id)).toEqual(['n1']);
    expect((await loadStoredGuide(b)).guide.topics.map((t) => t.id).sort()).toEqual(['returns', 'shipping']);
    expect(await b.guideTopics.get('future')).toEqual(future);
  });

  it('a clash among topics the import does not touch is not the import’s doing', async () => {
    const b = freshDb();
    await b.guideTopics.bulkPut([topic('a', 'same.id'), topic('b', 'same.id', { position: 1 })]);
    await importText(b, JSON.stringify(createTeamBundle({ notes: [note] }, { exportedAt: 700 })), 800);
    expect((await allNotes(b)).map((n) => n.id)).toEqual(['n1']);
  });
});

describe('a bundle topic whose template id another topic holds here', () => {
  it('is refused before anything is stored, with the path and a German and English reason', async () => {
    const b = freshDb();
    await b.guideTopics.put(topic('shipping', 'shipping.de.late'));
    const bundle = createTeamBundle({ notes: [note], guideTopics: [asRecord(topic('returns', 'shipping.de.late'), 600)] }, { exportedAt: 700 });
    const r = importTeamBundle(await readLocalSections(b), JSON.stringify(bundle), LOCAL_IMPORT_OPTIONS);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ path: 'sections.guideTopics[0].templates[0].id', code: 'duplicate_id' });
    expect(r.errors[0]!.reason.de).toContain('„shipping“');
    expect(r.errors[0]!.reason.en).toContain('"shipping"');

    // Applying anyway (the guide changed after the preview) stores nothing and says why.
    const applied = await applyTeamBundle(b, bundle, 800);
    expect(applied).toMatchObject({ ok: false, errors: [expect.objectContaining({ path: 'sections.guideTopics[0].templates[0].id' })] });
    expect(await allNotes(b)).toEqual([]);
    expect((await loadStoredGuide(b)).guide.topics.map((t) => t.id)).toEqual(['shipping']);
  });

  it('is fine when the same import moves the template away from the other topic', async () => {
    const b = freshDb();
    await b.guideTopics.put(topic('shipping', 'shipping.de.late'));
    const moved = asRecord(topic('shipping', 'shipping.de.other'), 600);
    const bundle = createTeamBundle({ guideTopics: [moved, asRecord(topic('returns', 'shipping.de.late'), 600)] }, { exportedAt: 700 });
    await importText(b, JSON.stringify(bundle), 800);
    expect((await loadStoredGuide(b)).guide.topics.flatMap((t) => t.templates.map((x) => x.id)).sort()).toEqual(['shipping.de.late', 'shipping.de.other']);
  });
});
