import { describe, expect, it } from 'vitest';
import { parseTeamBundle } from '../../../lib/sync/parse-bundle';
import { createTeamBundle, importTeamBundle, summariseImport, type LocalSections } from '../../../lib/sync/team-import';

const local = (): LocalSections => ({
  guideTopics: [
    { id: 'g-shipping', updatedAt: 100, title: 'Versand' },
    { id: 'g-returns', updatedAt: 100, title: 'Retouren' },
  ],
  netiquetteRules: [{ id: 'r-insults', updatedAt: 100, text: 'Keine Beleidigungen' }],
  notes: [{ id: 'n-old', updatedAt: 50, text: 'gelöscht', deletedAt: 50 }],
});

const incomingBundle = () =>
  createTeamBundle(
    {
      guideTopics: [
        { id: 'g-shipping', updatedAt: 200, title: 'Versand & Lieferung' }, // newer: modify
        { id: 'g-returns', updatedAt: 150, title: 'Retouren', deletedAt: 150 }, // newer tombstone: delete
        { id: 'g-payment', updatedAt: 120, title: 'Zahlung' }, // new: create
      ],
      netiquetteRules: [{ id: 'r-insults', updatedAt: 100, text: 'Keine Beleidigungen' }], // identical
      notes: [{ id: 'n-old', updatedAt: 70, text: 'wieder da' }], // newer live edit: restore
      strikes: [{ id: 's-1', updatedAt: 10, authorUrl: 'https://x.com/troll', count: 1 }],
    },
    { exportedAt: 1_000, exportedBy: 'Ben' },
  );

describe('summariseImport: what will change', () => {
  it('counts outcomes and visible effects per section and in total', () => {
    const bundle = parseTeamBundle(JSON.parse(JSON.stringify(incomingBundle())));
    expect(bundle.ok).toBe(true);
    if (!bundle.ok) return;
    const p = summariseImport(local(), bundle.bundle);
    expect(p.exportedBy).toBe('Ben');
    expect(p.sections.guideTopics.summary).toEqual({ added: 1, updated: 2, keptLocal: 0, unchanged: 0, conflicts: 0 });
    expect(p.sections.guideTopics.effects).toEqual({ create: 1, modify: 1, delete: 1, restore: 0 });
    expect(p.sections.netiquetteRules.summary.unchanged).toBe(1);
    expect(p.sections.notes.effects.restore).toBe(1);
    expect(p.sections.strikes.effects.create).toBe(1);
    expect(p.sections.sharedSettings.changes).toEqual([]);
    expect(p.totals.summary).toEqual({ added: 2, updated: 3, keptLocal: 0, unchanged: 1, conflicts: 0 });
    expect(p.totals.effects).toEqual({ create: 2, modify: 1, delete: 1, restore: 1 });
    expect(p.hasChanges).toBe(true);
  });
});

describe('summariseImport: deletions counted apart', () => {
  it('puts every incoming record in one column: deleted and restored apart from added and updated', () => {
    const incoming = incomingBundle();
    incoming.sections.notes.push({ id: 'n-never-here', updatedAt: 90, deletedAt: 90 }); // spreads on, deletes nothing here
    const bundle = parseTeamBundle(JSON.parse(JSON.stringify(incoming)));
    if (!bundle.ok) throw new Error('bundle should parse');
    const p = summariseImport(local(), bundle.bundle);
    expect(p.sections.guideTopics.counts).toEqual({ added: 1, updated: 1, deleted: 1, restored: 0, keptLocal: 0, unchanged: 0, historyOnly: 0, conflicts: 0 });
    expect(p.sections.notes.counts).toEqual({ added: 0, updated: 0, deleted: 1, restored: 1, keptLocal: 0, unchanged: 0, historyOnly: 0, conflicts: 0 });
    expect(p.totals.counts).toEqual({ added: 2, updated: 1, deleted: 2, restored: 1, keptLocal: 0, unchanged: 1, historyOnly: 0, conflicts: 0 });
    const records = Object.values(bundle.bundle.sections).reduce((n, list) => n + list.length, 0);
    expect(Object.values(p.totals.counts).reduce((n, c) => n + c, 0)).toBe(records);
  });

  it('an older deletion loses to the edit here and counts as kept local', () => {
    const bundle = parseTeamBundle(JSON.parse(JSON.stringify(createTeamBundle(
      { guideTopics: [{ id: 'g-shipping', updatedAt: 90, title: 'Versand', deletedAt: 90 }] }, { exportedAt: 95 },
    ))));
    if (!bundle.ok) throw new Error('bundle should parse');
    expect(summariseImport(local(), bundle.bundle).sections.guideTopics.counts).toMatchObject({ keptLocal: 1, deleted: 0 });
  });
});

describe('importTeamBundle', () => {
  it('merges a good bundle from its file text and keeps every replaced version', () => {
    const before = local();
    const r = importTeamBundle(before, JSON.stringify(incomingBundle()));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const shipping = r.sections.guideTopics.find((g) => g.id === 'g-shipping')!;
    expect(shipping).toMatchObject({ title: 'Versand & Lieferung', history: [{ id: 'g-shipping', updatedAt: 100, title: 'Versand' }] });
    expect(r.sections.guideTopics.map((g) => g.id)).toEqual(['g-shipping', 'g-returns', 'g-payment']);
    expect(r.sections.guideTopics[1]).toMatchObject({ deletedAt: 150 });
    expect(r.sections.netiquetteRules[0]).toBe(before.netiquetteRules![0]);
    expect(before).toEqual(local());
  });

  it('reports no changes when the same bundle is imported a second time', () => {
    const first = importTeamBundle(local(), incomingBundle());
    if (!first.ok) throw new Error('first import failed');
    const second = importTeamBundle(first.sections, incomingBundle());
    expect(second.ok && second.preview.hasChanges).toBe(false);
    expect(second.ok && second.preview.totals.effects).toEqual({ create: 0, modify: 0, delete: 0, restore: 0 });
  });

  it('changes nothing when any part of the bundle is broken, even the valid sections', () => {
    const before = local();
    const snapshot = JSON.stringify(before);
    const broken = JSON.parse(JSON.stringify(incomingBundle()));
    broken.sections.strikes[0].updatedAt = 'gestern';
    const r = importTeamBundle(before, broken);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r).not.toHaveProperty('sections');
    expect(r.errors.map((e) => e.path)).toEqual(['sections.strikes[0].updatedAt']);
    expect(JSON.stringify(before)).toBe(snapshot);
  });

  it('changes nothing for a file that is not a bundle at all', () => {
    const r = importTeamBundle(local(), 'not json at all');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors[0]!.code).toBe('invalid_json');
  });

  it('round-trips this browser\'s export into an empty browser', () => {
    const exported = JSON.stringify(createTeamBundle(local(), { exportedAt: 5 }));
    const r = importTeamBundle({}, exported);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.sections.guideTopics).toEqual(local().guideTopics);
    expect(r.sections.notes).toEqual(local().notes);
    // The tombstone travels but shows nothing new.
    expect(r.preview.totals.effects).toEqual({ create: 3, modify: 0, delete: 0, restore: 0 });
  });
});
