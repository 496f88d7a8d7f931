import { describe, expect, it } from 'vitest';
import { freshDb } from './test-db';
import { applyImportPlan, deleteTopic, loadGuide, seedStarterGuideOnce, upsertTopic } from '../../../lib/db/guide-store';
import { planImport } from '../../../lib/guide/import-plan';
import { readSyncState, TEAM_SYNC_ROW } from '../../../lib/sync/sync-state';
import { exportText, importText } from '../sync/team-db';

const tombstoneIds = async (db: ReturnType<typeof freshDb>) =>
  Object.keys(readSyncState((await db.settings.get(TEAM_SYNC_ROW))?.value).tombstones.guideTopics ?? {});

describe('a guide topic deleted by mistake and brought back here', () => {
  it('from the guide file stays when the colleague’s bundle still carries the deletion', async () => {
    const a = freshDb();
    const b = freshDb();
    await seedStarterGuideOnce(a, 0);
    await seedStarterGuideOnce(b, 0);
    const backup = await loadGuide(a); // the guide file Anna keeps (starter topics, dated 0)
    const id = backup.topics[0]!.id;
    await deleteTopic(a, id, 1000);
    await importText(b, await exportText(a, 1100), 1200); // the deletion spread to Ben
    await applyImportPlan(a, planImport(await loadGuide(a), backup, 'merge'), await loadGuide(a), 2000);
    expect(await tombstoneIds(a)).not.toContain(id);
    await importText(a, await exportText(b, 3000), 3100);
    expect((await loadGuide(a)).topics.map((t) => t.id)).toContain(id);
    // …and Ben gets it back from Anna's next file.
    await importText(b, await exportText(a, 4000), 4100);
    expect((await loadGuide(b)).topics.map((t) => t.id)).toContain(id);
  });

  it('in the editor leaves no tombstone behind', async () => {
    const a = freshDb();
    await seedStarterGuideOnce(a, 0);
    const topic = (await loadGuide(a)).topics[0]!;
    await deleteTopic(a, topic.id, 1000);
    await upsertTopic(a, topic, 2000);
    expect(await tombstoneIds(a)).toEqual([]);
  });

  it('by an earlier version, which kept the file’s old date and the tombstone, counts as newer than the deletion', async () => {
    const a = freshDb();
    const b = freshDb();
    await seedStarterGuideOnce(a, 0);
    await seedStarterGuideOnce(b, 0);
    const topic = (await loadGuide(a)).topics[0]!;
    await deleteTopic(a, topic.id, 1000);
    await importText(b, await exportText(a, 1100), 1200);
    await a.guideTopics.put(topic); // written back with its old date, the tombstone left in place
    await importText(a, await exportText(b, 3000), 3100);
    expect((await loadGuide(a)).topics.map((t) => t.id)).toContain(topic.id);
  });
});
