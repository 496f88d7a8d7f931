import { describe, expect, it } from 'vitest';
import {
  addDismissal,
  addStrike,
  addStrikeOnce,
  allDismissals,
  dismissalsForComments,
  loadNetiquetteSettings,
  loadNetiquetteSettingsChecked,
  saveNetiquetteSettings,
  strikeHistory,
  strikesByAuthors,
  strikesFor,
} from '../../../lib/db/netiquette-store';
import { defaultNetiquetteSettings, type Strike } from '../../../lib/netiquette/model-schemas';
import { freshDb } from './test-db';

const DAY = 24 * 60 * 60 * 1000;
const strike = (authorKey: string, at: number, extra: Partial<Strike> = {}): Strike => ({
  authorKey, authorName: authorKey.toUpperCase(), site: 'facebook', page: 'Bäckerei', step: 'public-reminder', at, commentKey: `facebook:${at}`, agent: 'Mara', ...extra,
});

describe('netiquette settings', () => {
  it('starts with the starter netiquette and keeps what was saved', async () => {
    const db = freshDb();
    const first = await loadNetiquetteSettings(db);
    expect(first).toEqual(defaultNetiquetteSettings());
    expect(first.text.de.length).toBeGreaterThan(50);
    await saveNetiquetteSettings(db, { ...first, url: 'https://example.com/netiquette', blockedTerms: ['Konkurrenz*'], strikeExpiryDays: 30 });
    const again = await loadNetiquetteSettings(db);
    expect(again.url).toBe('https://example.com/netiquette');
    expect(again.blockedTerms).toEqual(['Konkurrenz*']);
    expect(again.strikeExpiryDays).toBe(30);
  });

  it('refuses to save invalid settings and stores nothing', async () => {
    const db = freshDb();
    await expect(saveNetiquetteSettings(db, { ...defaultNetiquetteSettings(), strikeExpiryDays: 0 })).rejects.toThrow();
    expect(await db.settings.get('netiquette')).toBeUndefined();
  });

  it('falls back field by field on a damaged row and says what was dropped', async () => {
    const db = freshDb();
    await db.settings.put({ id: 'netiquette', value: { url: 'https://ok.example/n', strikeExpiryDays: -4, blockedTerms: ['gut', '***', 7] } });
    const { settings, problems } = await loadNetiquetteSettingsChecked(db);
    expect(settings.url).toBe('https://ok.example/n');
    expect(settings.strikeExpiryDays).toBe(defaultNetiquetteSettings().strikeExpiryDays);
    expect(settings.blockedTerms).toEqual(['gut']);
    expect(problems.length).toBeGreaterThanOrEqual(3);
  });
});

describe('dismissals', () => {
  it('are stored, listed per comment, and damaged rows are skipped', async () => {
    const db = freshDb();
    await addDismissal(db, { commentKey: 'facebook:1', rule: 'profanity', words: 'Sch31ße', site: 'facebook', page: 'B', at: 1, agent: 'Mara' });
    await addDismissal(db, { commentKey: 'facebook:2', rule: 'insult', words: 'Analyse', term: 'Analyse', site: 'facebook', page: 'B', at: 2, agent: '' });
    await db.dismissals.add({ commentKey: 'x', rule: 'nonsense' });
    expect((await allDismissals(db)).map((d) => d.words)).toEqual(['Sch31ße', 'Analyse']);
    expect((await dismissalsForComments(db, ['facebook:2'])).map((d) => d.term)).toEqual(['Analyse']);
    expect(await dismissalsForComments(db, [])).toEqual([]);
  });

  it('refuses a dismissal without a comment key', async () => {
    const db = freshDb();
    await expect(addDismissal(db, { commentKey: '', rule: 'insult', words: 'x', site: 'facebook', page: 'B', at: 1, agent: '' })).rejects.toThrow();
    expect(await db.dismissals.count()).toBe(0);
  });
});

describe('strikes', () => {
  it('are counted per author and page, oldest first', async () => {
    const db = freshDb();
    await addStrike(db, strike('a', 300));
    await addStrike(db, strike('a', 100));
    await addStrike(db, strike('a', 200, { page: 'Other page' }));
    await addStrike(db, strike('b', 150));
    expect((await strikesFor(db, 'a', 'facebook', 'Bäckerei')).map((s) => s.at)).toEqual([100, 300]);
    const grouped = await strikesByAuthors(db, ['a', 'b', 'nobody']);
    expect(grouped.get('a')?.map((s) => s.at)).toEqual([100, 200, 300]);
    expect(grouped.get('b')?.length).toBe(1);
    expect(grouped.has('nobody')).toBe(false);
  });

  it('history lists each author with their steps, how many still count and when the ladder steps down', async () => {
    const db = freshDb();
    const now = 100 * DAY;
    await addStrike(db, strike('a', now - 40 * DAY));
    await addStrike(db, strike('a', now - 2 * DAY, { step: 'private-message' }));
    await addStrike(db, strike('b', now - DAY));
    await db.strikes.add({ authorKey: 'broken' });
    const history = await strikeHistory(db, now, 30);
    expect(history.map((h) => h.authorKey)).toEqual(['b', 'a']);
    const a = history[1]!;
    expect(a.strikes.map((s) => s.step)).toEqual(['public-reminder', 'private-message']);
    expect(a.active).toBe(1);
    expect(a.stepsDownAt).toBe(now - 2 * DAY + 30 * DAY);
    expect(a.authorName).toBe('A');
  });

  it('stores a step recorded again for the same comment once, and counts copies from elsewhere once in the history', async () => {
    const db = freshDb();
    const now = 10 * DAY;
    const first = await addStrikeOnce(db, strike('a', now - DAY, { commentKey: 'facebook:1' }));
    expect(await addStrikeOnce(db, strike('a', now, { commentKey: 'facebook:1', agent: 'Jonas' }))).toEqual(first);
    await addStrikeOnce(db, strike('a', now, { commentKey: 'facebook:1', step: 'private-message' }));
    expect((await db.strikes.toArray()).map((s) => [s.step, s.agent])).toEqual([['public-reminder', 'Mara'], ['private-message', 'Mara']]);
    // A colleague's copy (team bundle) is its own row, as the import keeps it, but the same step.
    await addStrike(db, strike('a', now - 1000, { commentKey: 'facebook:1', agent: 'Jonas' }));
    const [entry] = await strikeHistory(db, now, 30);
    expect(entry!.strikes).toHaveLength(3);
    expect([entry!.active, entry!.stepsDownAt]).toEqual([2, now - DAY + 30 * DAY]);
  });
});
