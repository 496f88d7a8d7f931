import { describe, expect, it, vi } from 'vitest';
import { addNote } from '../../../lib/db/notes-store';
import { handleRequest } from '../../../lib/background/handle-request';
import { saveSettings } from '../../../lib/db/settings-store';
import { defaultSettings } from '../../../lib/models/settings';
import { MessagesReplySchema, ObserveReplySchema } from '../../../lib/models/messages';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { freshDb } from '../db/test-db';
import { observed } from '../models/observed-comment';

const T = Date.UTC(2026, 2, 10, 10);

describe('handleRequest', () => {
  it('answers get-settings with the stored settings', async () => {
    const db = freshDb();
    await saveSettings(db, { ...defaultSettings(), agentName: 'Mara' });
    expect(await handleRequest(db, { type: 'get-settings' }, T)).toEqual({ settings: { ...defaultSettings(), agentName: 'Mara' } });
  });

  it('stores observed comments and answers with the records', async () => {
    const db = freshDb();
    const reply = (await handleRequest(db, { type: 'observe', comments: [observed({ id: '1' }), observed({ id: '2' })] }, T)) as { records: { key: string; firstSeenAt: number }[] };
    expect(reply.records.map((r) => [r.key, r.firstSeenAt])).toEqual([['facebook:1', T], ['facebook:2', T]]);
    expect(await db.comments.count()).toBe(2);
  });

  it('answers sightings with each record\'s state only: the page already has the text, and the reply still validates', async () => {
    const db = freshDb();
    const reply = await handleRequest(db, { type: 'observe', comments: [observed({ id: '1', text: 'x'.repeat(5000) })] }, T);
    const record = (reply as { records: Record<string, unknown>[] }).records[0]!;
    expect(record).toMatchObject({ key: 'facebook:1', firstSeenAt: T, answeredAt: null, handledAt: null });
    expect(record).not.toHaveProperty('text');
    expect(record).not.toHaveProperty('author');
    expect(ObserveReplySchema.safeParse(reply).success).toBe(true);
  });

  it('checks the sightings it is asked to check and answers with the notes on them, in the same reply', async () => {
    const db = freshDb();
    await addNote(db, { site: 'facebook', commentKey: 'facebook:1', authorKey: null, authorName: 'Kai', pageName: 'Bäckerei', text: 'Fall 4711', agent: 'Mara' }, T);
    const comments = [observed({ id: '1', text: 'Ihr seid doch alle Idioten hier.' }), observed({ id: '2', text: 'Ihr Idioten!' }), observed({ id: '3', text: 'Danke!' })];
    const reply = ObserveReplySchema.parse(await handleRequest(db, { type: 'observe', comments, check: { lang: 'de', keys: ['facebook:1', 'facebook:3'] }, notes: true }, T));
    expect(reply.records.map((r) => r.key)).toEqual(['facebook:1', 'facebook:2', 'facebook:3']);
    // Only the texts asked for were checked: the second is rude too, but its text was checked before.
    expect(reply.check?.results.map((r) => [r.key, r.flags.map((f) => f.words)])).toEqual([['facebook:1', ['Idioten']]]);
    expect(reply.check?.clean).toEqual(['facebook:3']);
    expect(reply.notes?.map((n) => n.text)).toEqual(['Fall 4711']);
    // Sightings that ask for neither get neither.
    const plain = await handleRequest(db, { type: 'observe', comments }, T);
    expect(Object.keys(plain as object)).toEqual(['records']);
  });

  it('stores nothing for a forged comment and answers for none', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const db = freshDb();
    expect(await handleRequest(db, { type: 'observe', comments: [{ id: '1' }] }, T)).toEqual({ records: [] });
    expect(await db.comments.count()).toBe(0);
    warn.mockRestore();
  });

  it('answers get-messages with every interface text as a template, marks where the values go', async () => {
    const spy = vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string, subs?: string | string[]) => (key === 'badgeWaiting' ? `waiting ${[subs].flat()[0]}` : key));
    const reply = MessagesReplySchema.parse(await handleRequest(freshDb(), { type: 'get-messages' }, T));
    expect(reply.messages.badgeWaiting).toBe('waiting \ue001');
    expect(Object.keys(reply.messages)).toContain('popupEmpty');
    spy.mockRestore();
  });

  it("tells every open tab after an erasure, so her other comments' badges drop claims and notes at once", async () => {
    fakeBrowser.reset();
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.facebook.com/shop' });
    const sent: Array<[number, unknown]> = [];
    const spy = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (id: number, message: unknown) => {
      sent.push([id, message]);
      return { ok: true };
    });
    const db = freshDb();
    await handleRequest(db, { type: 'observe', comments: [observed({ id: '1' })] }, T);
    expect(sent).toEqual([]);
    await handleRequest(db, { type: 'erase-author', site: 'facebook', author: observed({ id: '1' }).author }, T);
    await vi.waitFor(() => expect(sent).toContainEqual([tab.id, { type: 'records-changed' }]));
    spy.mockRestore();
    fakeBrowser.reset();
  });

  it.each([
    ['an unknown request', { type: 'wipe' }],
    ['no object at all', 'get-settings'],
    ['undefined', undefined],
  ])('ignores %s: no answer, nothing stored', async (_, message) => {
    const db = freshDb();
    expect(handleRequest(db, message, T)).toBeUndefined();
    expect(await db.comments.count()).toBe(0);
  });
});
