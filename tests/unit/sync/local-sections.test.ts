import { describe, expect, it } from 'vitest';
import type { ModeratoDatabase } from '../../../lib/db/database';
import { addStrike, deleteStrike, saveNetiquetteSettings, loadNetiquetteSettings } from '../../../lib/db/netiquette-store';
import { loadSettings, saveSettings } from '../../../lib/db/settings-store';
import { deleteTopic, loadStoredGuide, upsertTopic } from '../../../lib/db/guide-store';
import { addNote, allNotes, deleteNote } from '../../../lib/db/notes-store';
import { TopicSchema, type TopicInput } from '../../../lib/guide/model';
import { createTeamBundle, importTeamBundle } from '../../../lib/sync/team-import';
import { applyMergedSections, LOCAL_IMPORT_OPTIONS, readLocalSections, TEAM_SYNC_ROW } from '../../../lib/sync/local-sections';
import { strikeId } from '../../../lib/sync/local-records';
import { freshDb } from '../db/test-db';
import { exportText, importText } from './team-db';

const topic = (body: string, updatedAt: number, extra: Partial<TopicInput> = {}) =>
  TopicSchema.parse({
    id: 'shipping',
    position: 0,
    title: { de: 'Versand', en: 'Shipping' },
    templates: [{ id: 'shipping.de.late', lang: 'de', title: 'Verspätet', body, useCount: 0, updatedAt }],
    updatedAt: 0,
    ...extra,
  });

const note = (id: string, text: string, at: number) => ({
  id, site: 'facebook', commentKey: `facebook:${id}`, authorKey: null, authorName: 'Lena', pageName: 'Bäckerei', text, agent: 'Anna', at,
});

const strike = { authorKey: 'facebook:facebook.com/troll', authorName: 'Troll', site: 'facebook' as const, page: 'Bäckerei', step: 'public-reminder' as const, at: 500, commentKey: 'facebook:9', agent: 'Anna' };

async function everything(db: ModeratoDatabase) {
  return {
    settings: await db.settings.toArray(),
    topics: await db.guideTopics.toArray(),
    notes: await db.notes.toArray(),
    strikes: await db.strikes.toArray(),
  };
}

describe('readLocalSections', () => {
  it('shares content, not this browser’s order, use counts or agent name', async () => {
    const db = freshDb();
    await db.guideTopics.put({ ...topic('Ist unterwegs.', 300), position: 7, templates: [{ ...topic('Ist unterwegs.', 300).templates[0]!, useCount: 12 }] });
    await db.notes.put(note('n1', 'Rückruf Freitag', 200));
    await saveSettings(db, { ...(await loadSettings(db)), agentName: 'Anna', targetMinutes: 45 });
    const s = await readLocalSections(db, 1000);
    // The template edit (300) is the topic's edit time although the topic's own stamp is 0.
    expect(s.guideTopics).toEqual([expect.objectContaining({ id: 'shipping', updatedAt: 300 })]);
    expect(s.guideTopics![0]).not.toHaveProperty('position');
    expect(s.guideTopics![0]!.templates).toEqual([expect.not.objectContaining({ useCount: expect.anything() })]);
    expect(s.notes).toEqual([expect.objectContaining({ id: 'n1', updatedAt: 200 })]);
    expect(JSON.stringify(s)).not.toContain('Anna"}'); // agentName is not a shared setting
    expect(s.sharedSettings!.map((r) => r.id)).not.toContain('agentName');
    const target = s.sharedSettings!.find((r) => r.id === 'settings-target-minutes')!;
    expect(target).toMatchObject({ value: 45, updatedAt: 1000 });
    // Untouched defaults are dated 0; a seen edit keeps its first-seen date.
    expect(s.sharedSettings!.find((r) => r.id === 'settings-backlog-days')!.updatedAt).toBe(0);
    expect(s.netiquetteRules!.every((r) => r.updatedAt === 0)).toBe(true);
    const again = await readLocalSections(db, 5000);
    expect(again.sharedSettings!.find((r) => r.id === 'settings-target-minutes')!.updatedAt).toBe(1000);
  });

  it('gives a strike the same id in every browser, whatever its row number', async () => {
    const a = freshDb();
    const b = freshDb();
    await addStrike(a, strike);
    await b.strikes.add({ ...strike, authorKey: 'other' });
    await addStrike(b, strike);
    const ida = (await readLocalSections(a)).strikes!.map((r) => r.id);
    const idb = (await readLocalSections(b)).strikes!.map((r) => r.id);
    expect(ida).toEqual([strikeId(strike)]);
    expect(idb).toContain(strikeId(strike));
  });
});

describe('export and import between two browsers', () => {
  it('newer template wins, the older one is kept in history, both notes stay, the target comes along', async () => {
    const a = freshDb();
    const b = freshDb();
    await b.guideTopics.put({ ...topic('B: alt', 100), position: 3, templates: [{ ...topic('B: alt', 100).templates[0]!, useCount: 5 }] });
    await b.notes.put(note('nb', 'Notiz von B', 150));
    await a.guideTopics.put(topic('A: neu', 200));
    await a.notes.put(note('na', 'Notiz von A', 160));
    await saveSettings(a, { ...(await loadSettings(a)), targetMinutes: 30, siteTargetMinutes: { facebook: null, x: 15 } });
    await addStrike(a, strike);
    await addStrike(b, strike); // the same strike, taken in both browsers

    const text = await exportText(a, 1000);
    const preview = await importText(b, text, 2000);
    expect(preview.sections.guideTopics.summary).toMatchObject({ updated: 1, added: 0 });
    expect(preview.sections.notes.summary).toMatchObject({ added: 1 });
    expect(preview.sections.strikes.summary).toMatchObject({ unchanged: 1, added: 0 });
    expect(preview.sections.sharedSettings.summary).toMatchObject({ updated: 2 });

    const [stored] = (await loadStoredGuide(b)).guide.topics;
    expect(stored!.templates[0]).toMatchObject({ body: 'A: neu', useCount: 5 });
    expect(stored!.position).toBe(3);
    const sync = (await b.settings.get(TEAM_SYNC_ROW))!.value as { history: Record<string, Record<string, { templates: { body: string }[] }[]>> };
    expect(sync.history.guideTopics!.shipping![0]!.templates[0]!.body).toBe('B: alt');
    expect((await b.notes.toArray()).map((n) => n.id).sort()).toEqual(['na', 'nb']);
    expect((await loadSettings(b)).targetMinutes).toBe(30);
    expect((await loadSettings(b)).siteTargetMinutes).toEqual({ facebook: null, x: 15 });
    expect(await b.strikes.count()).toBe(1);

    // The same file again changes nothing.
    const before = await everything(b);
    const second = await importText(b, text, 3000);
    expect(second.hasChanges).toBe(false);
    expect(second.totals.summary.added + second.totals.summary.updated + second.totals.summary.conflicts).toBe(0);
    expect(await everything(b)).toEqual(before);

    // And B's export back into A brings A nothing new except B's note, and history of the template.
    const back = await importText(a, await exportText(b, 4000), 4000);
    expect(back.sections.notes.summary.added).toBe(1);
    expect(back.sections.guideTopics.summary.keptLocal + back.sections.guideTopics.summary.unchanged).toBe(1);
    expect((await loadStoredGuide(a)).guide.topics[0]!.templates[0]!.body).toBe('A: neu');
  });

  it('a deletion travels, deletes the row and keeps an older copy from coming back', async () => {
    const b = freshDb();
    await b.notes.put(note('n1', 'alt', 100));
    const tomb = createTeamBundle({ notes: [{ ...note('n1', 'alt', 100), updatedAt: 100, deletedAt: 300 }] }, { exportedAt: 300 });
    await importText(b, JSON.stringify(tomb), 400);
    expect(await b.notes.count()).toBe(0);
    const old = createTeamBundle({ notes: [{ ...note('n1', 'alt', 100), updatedAt: 100 }] }, { exportedAt: 500 });
    const p = await importText(b, JSON.stringify(old), 600);
    expect(p.sections.notes.summary.keptLocal).toBe(1);
    expect(await b.notes.count()).toBe(0);
    expect((await readLocalSections(b)).notes).toEqual([expect.objectContaining({ id: 'n1', deletedAt: 300 })]);
  });

  it('netiquette rules and terms merge into the netiquette settings row', async () => {
    const a = freshDb();
    const b = freshDb();
    const n = await loadNetiquetteSettings(a);
    await saveNetiquetteSettings(a, { ...n, blockedTerms: ['drecks*'], rules: n.rules.map((r) => (r.id === 'shouting' ? { ...r, enabled: false } : r)) });
    await importText(b, await exportText(a, 1000), 2000);
    const got = await loadNetiquetteSettings(b);
    expect(got.blockedTerms).toEqual(['drecks*']);
    expect(got.rules.find((r) => r.id === 'shouting')!.enabled).toBe(false);
  });
});

describe('deletions made here', () => {
  it('a strike taken back goes for good: both stored copies here, a colleague\'s on import, and an older copy cannot return it', async () => {
    const a = freshDb();
    const b = freshDb();
    await saveSettings(a, { ...(await loadSettings(a)), agentName: 'Anna' });
    const kept = await addStrike(a, { ...strike, at: 400, step: 'public-reminder' });
    const wrong = await addStrike(a, { ...strike, at: 600, step: 'private-message', commentKey: 'facebook:10' });
    await a.strikes.add({ ...strike, at: 600, step: 'private-message', commentKey: 'facebook:10' }); // the same strike stored twice
    await importText(b, await exportText(a, 700), 700);
    expect(await b.strikes.count()).toBe(2);

    await deleteStrike(a, wrong.id, 800);
    expect((await a.strikes.toArray()).map((r) => r.id)).toEqual([kept.id]);
    const bundle = JSON.parse(await exportText(a, 900));
    const shared = strikeId({ ...strike, at: 600, step: 'private-message', commentKey: 'facebook:10' });
    expect(bundle.sections.strikes).toContainEqual({ id: shared, updatedAt: 800, deletedAt: 800, agent: 'Anna' });
    expect(JSON.stringify(bundle.sections.strikes.find((r: { id: string }) => r.id === shared))).not.toContain('troll');

    await importText(b, JSON.stringify(bundle), 1000);
    expect((await b.strikes.toArray()).map((r) => r.step)).toEqual(['public-reminder']);
    await importText(a, await exportText(b, 1100), 1100);
    expect((await a.strikes.toArray()).map((r) => r.id)).toEqual([kept.id]);
  });

  it('deleting a note puts its tombstone in the export: id, time and agent, nothing of its text', async () => {
    const a = freshDb();
    await saveSettings(a, { ...(await loadSettings(a)), agentName: 'Anna' });
    const { id: _id, at: _at, ...fields } = { ...note('x', 'Rückruf Freitag', 0), site: 'facebook' as const, authorKey: strike.authorKey };
    const n = await addNote(a, fields, 100);
    await deleteNote(a, n.id, 500);
    const bundle = JSON.parse(await exportText(a, 1000));
    expect(bundle.sections.notes).toEqual([{ id: n.id, updatedAt: 500, deletedAt: 500, agent: 'Anna' }]);
    expect(JSON.stringify(bundle.sections.notes)).not.toContain('Rückruf');
    expect(JSON.stringify(bundle.sections.notes)).not.toContain('troll');
  });

  it('a colleague’s older copy does not bring back a note or topic deleted here', async () => {
    const a = freshDb();
    const b = freshDb();
    await upsertTopic(a, topic('Ist unterwegs.', 0), 100);
    await a.notes.put(note('n1', 'alt', 100));
    await importText(b, await exportText(a, 200), 200); // B holds both, as of 100
    await deleteTopic(a, 'shipping', 300);
    await deleteNote(a, 'n1', 300);

    const p = await importText(a, await exportText(b, 400), 400);
    expect(p.sections.guideTopics.summary.keptLocal).toBe(1);
    expect(p.sections.notes.counts).toMatchObject({ keptLocal: 1, added: 0, restored: 0 });
    expect(p.hasChanges).toBe(true); // only B's versions go to the tombstones' history
    expect((await loadStoredGuide(a)).guide.topics).toEqual([]);
    expect(await allNotes(a)).toEqual([]);
  });

  it('a colleague importing my tombstone deletes the record there, and the preview says so', async () => {
    const a = freshDb();
    const b = freshDb();
    await upsertTopic(a, topic('Ist unterwegs.', 0), 100);
    await a.notes.put(note('n1', 'alt', 100));
    await importText(b, await exportText(a, 200), 200);
    expect((await allNotes(b)).map((x) => x.id)).toEqual(['n1']);
    await deleteTopic(a, 'shipping', 300);
    await deleteNote(a, 'n1', 300);

    const p = await importText(b, await exportText(a, 400), 400);
    expect(p.sections.guideTopics.counts).toMatchObject({ deleted: 1, updated: 0 });
    expect(p.sections.notes.counts).toMatchObject({ deleted: 1, updated: 0 });
    expect(p.totals.effects.delete).toBe(2);
    expect((await loadStoredGuide(b)).guide.topics).toEqual([]);
    expect(await allNotes(b)).toEqual([]);
    // B now carries the deletion on: its own export holds the tombstones, and A's old copy stays away.
    const fromB = JSON.parse(await exportText(b, 500));
    expect(fromB.sections.notes).toEqual([expect.objectContaining({ id: 'n1', deletedAt: 300 })]);
    expect(fromB.sections.guideTopics).toEqual([expect.objectContaining({ id: 'shipping', deletedAt: 300 })]);
    const again = await importText(b, JSON.stringify(createTeamBundle({ notes: [{ ...note('n1', 'alt', 100), updatedAt: 100 }] }, { exportedAt: 600 })), 600);
    expect(again.sections.notes.counts.keptLocal).toBe(1);
    expect(await allNotes(b)).toEqual([]);
  });

  it('a deletion reaches a colleague who never had the record, and is kept there so it spreads on', async () => {
    const a = freshDb();
    const c = freshDb();
    await a.notes.put(note('n1', 'alt', 100));
    await deleteNote(a, 'n1', 300);
    const p = await importText(c, await exportText(a, 400), 400);
    expect(p.sections.notes.counts).toMatchObject({ deleted: 1, added: 0 });
    expect(await allNotes(c)).toEqual([]);
    expect((await readLocalSections(c)).notes).toEqual([expect.objectContaining({ id: 'n1', deletedAt: 300 })]);
  });

  it('a colleague’s edit made after the deletion restores the topic', async () => {
    const a = freshDb();
    const b = freshDb();
    await upsertTopic(a, topic('Ist unterwegs.', 0), 100);
    await importText(b, await exportText(a, 200), 200);
    await deleteTopic(a, 'shipping', 300);
    await upsertTopic(b, topic('B: später bearbeitet.', 0), 400);

    const p = await importText(a, await exportText(b, 500), 500);
    expect(p.sections.guideTopics.counts).toMatchObject({ restored: 1, deleted: 0 });
    expect((await loadStoredGuide(a)).guide.topics.map((t) => t.templates[0]!.body)).toEqual(['B: später bearbeitet.']);
    // Restored means live again everywhere: A's export carries the topic, not the tombstone.
    expect(JSON.parse(await exportText(a, 600)).sections.guideTopics).toEqual([expect.not.objectContaining({ deletedAt: expect.anything() })]);
  });

  it('removing a template travels as the newer version of its topic', async () => {
    const a = freshDb();
    const b = freshDb();
    const two = topic('Ist unterwegs.', 0, {
      templates: [...topic('Ist unterwegs.', 0).templates, { id: 'shipping.de.lost', lang: 'de', title: 'Verloren', body: 'Wir suchen.', useCount: 0, updatedAt: 0 }],
    });
    await upsertTopic(a, topic('Ist unterwegs.', 0), 100);
    await upsertTopic(a, two, 200); // the added template is the topic's newest edit
    await importText(b, await exportText(a, 250), 250);
    await upsertTopic(a, { ...two, templates: two.templates.slice(0, 1) }, 300);

    await importText(a, await exportText(b, 400), 400); // B's older copy does not bring it back
    expect((await loadStoredGuide(a)).guide.topics[0]!.templates.map((t) => t.id)).toEqual(['shipping.de.late']);
    await importText(b, await exportText(a, 500), 500); // and B loses it too
    expect((await loadStoredGuide(b)).guide.topics[0]!.templates.map((t) => t.id)).toEqual(['shipping.de.late']);
  });
});

describe('all or nothing', () => {
  it('leaves a stored topic or note it cannot read (a later version\'s) as it is when a colleague\'s file has the same id', async () => {
    const a = freshDb();
    const b = freshDb();
    await a.guideTopics.put(topic('A: neu', 200));
    await a.notes.put(note('n1', 'Notiz von A', 160));
    await a.notes.put(note('n2', 'Zweite Notiz von A', 170));
    // Older by its stamps than A's, so only the guard keeps it: a title this version cannot read.
    const later = { ...topic('B: später', 100), title: { de: 'Versand', en: 'Shipping', layout: ['v9'] }, templates: 'rich-v9' };
    await b.guideTopics.put(later as never);
    await b.notes.put({ ...note('n1', 'Notiz von B', 100), at: 'yesterday' } as never);

    await importText(b, await exportText(a, 1000), 2000);
    expect(await b.guideTopics.get('shipping')).toEqual(later);
    expect((await b.notes.get('n1'))?.at).toBe('yesterday');
    // What it can read still arrives.
    expect((await b.notes.get('n2'))?.text).toBe('Zweite Notiz von A');
  });

  it('a merge that would break the guide stores nothing at all', async () => {
    const b = freshDb();
    await b.guideTopics.put(topic('B', 100));
    await b.notes.put(note('n1', 'bleibt', 100));
    const before = await everything(b);
    const local = await readLocalSections(b);
    // A second topic claiming the same template id, plus a harmless note: neither may be stored.
    const clash = { ...topic('X', 900, { id: 'returns' }), updatedAt: 900 };
    const merged = { guideTopics: [...local.guideTopics!, clash], notes: [...local.notes!, { ...note('n2', 'neu', 50), updatedAt: 50 }] };
    await expect(applyMergedSections(b, merged as never)).rejects.toThrow(/template/);
    expect(await everything(b)).toEqual(before);
  });

  it('refuses records this browser could not store, naming where they are', async () => {
    const b = freshDb();
    const bad = createTeamBundle(
      {
        strikes: [{ ...strike, id: 'strike-made-up', updatedAt: 500 }],
        guideTopics: [{ ...topic('Hallo', 1), templates: [{ ...topic('Hallo', 1).templates[0]!, body: 'Hallo {{nme}}' }], updatedAt: 1 }],
        sharedSettings: [{ id: 'agentName', updatedAt: 1, value: 'Eve' }],
      },
      { exportedAt: 1 },
    );
    const r = importTeamBundle(await readLocalSections(b), JSON.stringify(bad), LOCAL_IMPORT_OPTIONS);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const paths = r.errors.map((e) => e.path);
    expect(paths).toContain('sections.strikes[0].id');
    expect(paths.some((p) => p.startsWith('sections.guideTopics[0].templates[0].body'))).toBe(true);
    expect(paths).toContain('sections.sharedSettings[0].id');
  });
});

describe('data-protection erasure', () => {
  it('a bundle does not bring back notes or strikes of an author erased here, and the team history forgets them', async () => {
    const { eraseAuthor } = await import('../../../lib/db/erase-author');
    const { forgetAuthorInTeamSync } = await import('../../../lib/sync/erased-authors');
    const b = freshDb();
    const troll = { ...note('t1', 'über den Troll', 100), authorKey: strike.authorKey };
    // B once imported an edit of the troll note, so an older version sits in the team history.
    await importText(b, JSON.stringify(createTeamBundle({ notes: [{ ...troll, at: 50, text: 'alt', updatedAt: 50 }] }, { exportedAt: 60 })), 70);
    await importText(b, JSON.stringify(createTeamBundle({ notes: [{ ...troll, updatedAt: 100 }] }, { exportedAt: 110 })), 120);
    expect(JSON.stringify((await b.settings.get(TEAM_SYNC_ROW))!.value)).toContain('alt');

    await eraseAuthor(b, 'facebook', { name: 'Troll', url: 'https://www.facebook.com/troll' }, 200);
    // eraseAuthor already cleared the team history: nothing is left to forget.
    expect(await forgetAuthorInTeamSync(b, strike.authorKey)).toBe(0);
    expect(JSON.stringify((await b.settings.get(TEAM_SYNC_ROW))!.value)).not.toContain('Troll');

    const before = { ...strike, at: 150 }; // taken before the erasure; one taken afterwards would be new
    const colleague = createTeamBundle(
      { notes: [{ ...troll, updatedAt: 100 }, { ...note('ok', 'andere Notiz', 150), updatedAt: 150 }], strikes: [{ ...before, id: strikeId(before), updatedAt: before.at }] },
      { exportedAt: 300 },
    );
    await importText(b, JSON.stringify(colleague), 400);
    expect((await b.notes.toArray()).map((n) => n.id)).toEqual(['ok']);
    expect(await b.strikes.count()).toBe(0);
  });
});
