import { describe, expect, it } from 'vitest';
import { freshDb } from '../db/test-db';
import { deleteTopic, loadGuide, upsertTopic } from '../../../lib/db/guide-store';
import { TopicSchema } from '../../../lib/guide/model';
import { MAX_CLOCK_SKEW_MS } from '../../../lib/sync/bundle-schema';
import { importTeamBundle } from '../../../lib/sync/team-import';
import { LOCAL_IMPORT_OPTIONS, readLocalSections } from '../../../lib/sync/local-sections';
import { exportText, importText } from './team-db';

const YEAR = 365 * 24 * 3600_000;
const NOW = Date.UTC(2026, 11, 8);

/** A colleague's file whose clock (or a hand edit) put the export and every record `at`. */
const fileAt = (at: number) => JSON.stringify({
  format: 'moderato-team-bundle', version: 1, exportedAt: at,
  sections: {
    guideTopics: [{ id: 'versand', updatedAt: at, title: { de: 'Versand', en: 'Shipping' }, templates: [{ id: 'versand.de.a', lang: 'de', title: 'T', body: 'Ist unterwegs.', updatedAt: at }] }],
    sharedSettings: [{ id: 'settings-target-minutes', updatedAt: at, value: 5 }],
  },
});

const importAt = async (text: string, now: number) =>
  importTeamBundle(await readLocalSections(freshDb(), now), text, { ...LOCAL_IMPORT_OPTIONS, now });

describe('a team file dated ahead of this computer’s clock', () => {
  it('is refused, naming the export time and each record, in German and English without raw numbers', async () => {
    const r = await importAt(fileAt(NOW + YEAR), NOW);
    if (r.ok) throw new Error('should be refused');
    expect(r.errors.map((e) => e.path)).toEqual(expect.arrayContaining([
      'exportedAt', 'sections.guideTopics[0].updatedAt', 'sections.sharedSettings[0].updatedAt',
    ]));
    expect(new Set(r.errors.map((e) => e.code))).toEqual(new Set(['future_date']));
    expect(r.errors[0]!.reason.de).toMatch(/Zukunft.*Uhr/);
    expect(r.errors[0]!.reason.en).toMatch(/future.*clock/);
    for (const e of r.errors) expect(e.reason.de + e.reason.en).not.toMatch(/\d{10}/);
  });

  it('is accepted when the clocks differ by a few minutes only', async () => {
    expect((await importAt(fileAt(NOW + MAX_CLOCK_SKEW_MS), NOW)).ok).toBe(true);
    expect((await importAt(fileAt(NOW + MAX_CLOCK_SKEW_MS + 1), NOW)).ok).toBe(false);
  });

  it('is not stored, so a deletion made here later leaves this browser’s own export importable', async () => {
    const a = freshDb();
    await upsertTopic(a, TopicSchema.parse({ id: 'versand', title: { de: 'Versand', en: 'Shipping' }, templates: [] }), NOW - 1000);
    await expect(importText(a, fileAt(NOW + YEAR), NOW)).rejects.toThrow(/future_date/);
    await deleteTopic(a, 'versand', NOW + 1000);
    const b = freshDb();
    const r = importTeamBundle(await readLocalSections(b, NOW + 2000), await exportText(a, NOW + 2000), { ...LOCAL_IMPORT_OPTIONS, now: NOW + 2000 });
    expect(r.ok ? [] : r.errors.map((e) => e.message.en)).toEqual([]);
    expect((await loadGuide(a)).topics.map((t) => t.id)).not.toContain('versand');
  });
});
