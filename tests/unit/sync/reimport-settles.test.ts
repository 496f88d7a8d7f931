import { describe, expect, it } from 'vitest';
import { freshDb } from '../db/test-db';
import { importText } from './team-db';
import { strikeId } from '../../../lib/sync/local-records';
import { eraseAuthor } from '../../../lib/db/erase-author';
import { allNotes } from '../../../lib/db/notes-store';

const file = (sections: object) => JSON.stringify({ format: 'moderato-team-bundle', version: 1, exportedAt: 1000, sections });
const note = { id: 'n1', site: 'facebook', commentKey: 'facebook:1', authorKey: null, authorName: 'Lena', pageName: 'Shop', text: 'Rückruf Freitag', agent: 'Anna', at: 500, updatedAt: 500 };
const strike = { authorKey: 'facebook:facebook.com/troll', site: 'facebook', page: 'Shop', step: 'public-reminder', at: 600, commentKey: 'facebook:9' };

/** Imports `text` twice; the second preview must find everything in place. */
async function twice(sections: object) {
  const db = freshDb();
  await importText(db, file(sections), 2000);
  return importText(db, file(sections), 3000);
}

describe('importing the same team file a second time changes nothing', () => {
  it('a note carrying a field this version does not store (a later Moderato’s)', async () => {
    const again = await twice({ notes: [{ ...note, pinned: true }] });
    expect(again.sections.notes.counts.unchanged).toBe(1);
    expect(again.hasChanges).toBe(false);
  });

  it('a note whose text has spaces the store trims', async () => {
    const again = await twice({ notes: [{ ...note, text: '  Rückruf Freitag ' }] });
    expect(again.sections.notes.counts.unchanged).toBe(1);
    expect(again.hasChanges).toBe(false);
  });

  it('a strike without the fields the store fills in (agent, authorName)', async () => {
    const again = await twice({ strikes: [{ ...strike, id: strikeId(strike as never), updatedAt: 600 }] });
    expect(again.sections.strikes.counts.unchanged).toBe(1);
    expect(again.hasChanges).toBe(false);
  });

  it('a shared setting the settings store normalises', async () => {
    const pages = [{ site: 'facebook', name: ' Shop ', url: 'https://www.facebook.com/shop' }];
    const again = await twice({ sharedSettings: [{ id: 'settings-pages', updatedAt: 700, value: pages }] });
    expect(again.sections.sharedSettings.counts.unchanged).toBe(1);
    expect(again.hasChanges).toBe(false);
  });
});

describe('comparing records in their stored form', () => {
  it('still judges a note about an erased author by the time it was written, not the later edit it claims', async () => {
    const db = freshDb();
    await eraseAuthor(db, 'facebook', { name: 'Lena', url: 'https://www.facebook.com/lena' }, 2000);
    const aboutHer = { ...note, authorKey: 'facebook:facebook.com/lena', at: 1500, updatedAt: 2500 };
    await importText(db, JSON.stringify({ format: 'moderato-team-bundle', version: 1, exportedAt: 2600, sections: { notes: [aboutHer] } }), 3000);
    expect(await allNotes(db)).toEqual([]);
  });
});
