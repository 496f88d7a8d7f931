import type { ModeratoDatabase } from '../../../lib/db/database';
import { TopicSchema, type TopicInput } from '../../../lib/guide/model';
import { createTeamBundle, importTeamBundle } from '../../../lib/sync/team-import';
import { applyTeamBundle, LOCAL_IMPORT_OPTIONS, readLocalSections } from '../../../lib/sync/local-sections';

/** The file one browser would export at `now`. */
export async function exportText(db: ModeratoDatabase, now: number): Promise<string> {
  return JSON.stringify(createTeamBundle(await readLocalSections(db, now), { exportedAt: now }));
}

/** Preview, then apply, as the options page does; any refusal fails the test with its reasons. */
export async function importText(db: ModeratoDatabase, text: string, now: number) {
  const preview = importTeamBundle(await readLocalSections(db, now), text, { ...LOCAL_IMPORT_OPTIONS, now });
  if (!preview.ok) throw new Error(JSON.stringify(preview.errors));
  const applied = await applyTeamBundle(db, preview.bundle, now);
  if (!applied.ok) throw new Error(applied.message);
  return preview.preview;
}

/** A stored guide topic with one German template. */
export const topic = (id: string, templateId: string, extra: Partial<TopicInput> = {}) =>
  TopicSchema.parse({
    id,
    position: 0,
    title: { de: id, en: id },
    templates: [{ id: templateId, lang: 'de', title: 'T', body: `Text ${id}`, useCount: 0, updatedAt: 100 }],
    updatedAt: 100,
    ...extra,
  });

/** The topic as a team bundle carries it: no position, no use counts, every edit at `updatedAt`. */
export const asRecord = (t: ReturnType<typeof topic>, updatedAt: number) => {
  const { position: _p, ...rest } = t;
  return { ...rest, templates: rest.templates.map(({ useCount: _u, ...x }) => ({ ...x, updatedAt })), updatedAt };
};
