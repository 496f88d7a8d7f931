import { describe, expect, it } from 'vitest';
import type { Note } from '../../../lib/notes/note-model';
import { searchNotes } from '../../../lib/notes/note-search';

const note = (over: Partial<Note>): Note => ({
  id: 'n', site: 'facebook', commentKey: 'facebook:1', authorKey: null, authorName: 'Lena Hoffmann', pageName: 'Bäckerei', text: 'x', agent: 'Mara', at: 1, ...over,
});
const ids = (notes: readonly Note[], query: string) => searchNotes(notes, query).map((n) => n.id);

describe('note search: spellings', () => {
  it('finds umlauts typed as ae/oe/ue, and written-out umlauts typed with them', () => {
    const notes = [note({ id: 'a', text: 'hatte im März ein Lieferproblem, Fall 4711' }), note({ id: 'b', text: 'Rueckruf am Montag', at: 2 })];
    expect(ids(notes, 'maerz')).toEqual(['a']);
    expect(ids(notes, 'MAERZ 4711')).toEqual(['a']);
    expect(ids(notes, 'marz')).toEqual(['a']);
    expect(ids(notes, 'Rückruf')).toEqual(['b']);
    expect(ids(notes, 'baeckerei')).toEqual(['b', 'a']);
    // Written out, "ue" is not "u": no loose matches from the other direction.
    expect(ids(notes, 'ruckruf')).toEqual([]);
  });

  it('finds ß/ẞ typed as ss, in any case', () => {
    const notes = [note({ id: 'a', text: 'Lieferadresse Hauptstraße 5 falsch' }), note({ id: 'b', text: 'GROẞE Kiste', at: 2 })];
    expect(ids(notes, 'hauptstrasse')).toEqual(['a']);
    expect(ids(notes, 'STRASSE')).toEqual(['a']);
    expect(ids(notes, 'straße')).toEqual(['a']);
    expect(ids(notes, 'grosse')).toEqual(['b']);
  });

  it('finds letters without a decomposition (ı, ł, ø, đ, æ, œ) typed plainly', () => {
    const notes = [
      note({ id: 'a', authorName: 'Mehmet Yılmaz', text: 'Reklamation' }),
      note({ id: 'b', authorName: 'Łukasz Nowak', text: 'Rückruf' }),
      note({ id: 'c', authorName: 'Søren Ødegaard', text: 'Gutschein' }),
      note({ id: 'd', authorName: 'Đorđe Æbeltoft', text: 'Œuvre' }),
    ];
    expect(ids(notes, 'yilmaz')).toEqual(['a']);
    expect(ids(notes, 'lukasz')).toEqual(['b']);
    expect(ids(notes, 'soren odegaard')).toEqual(['c']);
    expect(ids(notes, 'dorde aebeltoft oeuvre')).toEqual(['d']);
  });
});

describe('note search: profiles', () => {
  it('finds a note about an X author by the @handle', () => {
    const notes = [
      note({ id: 'a', site: 'x', commentKey: 'x:1', authorKey: 'x:x.com/lena_h', authorName: 'Lena 🌻', text: 'Fall 4711' }),
      note({ id: 'b', site: 'x', commentKey: 'x:2', authorKey: 'x:x.com/tom', authorName: 'Tom', text: 'Fall 4712', at: 2 }),
    ];
    expect(ids(notes, '@lena_h')).toEqual(['a']);
    expect(ids(notes, 'lena_h 4711')).toEqual(['a']);
    expect(ids(notes, '@LENA_H')).toEqual(['a']);
    // A lone @ is no word.
    expect(ids(notes, '@')).toEqual(['b', 'a']);
  });

  it('finds a note about a Facebook author by the profile address, not by the site name', () => {
    const notes = [
      note({ id: 'a', authorKey: 'facebook:facebook.com/lena.hoffmann' }),
      note({ id: 'b', authorKey: 'facebook:facebook.com/profile.php?id=100012345678901', authorName: 'Ben', at: 2 }),
    ];
    expect(ids(notes, 'lena.hoffmann')).toEqual(['a']);
    expect(ids(notes, '100012345678901')).toEqual(['b']);
    expect(ids(notes, 'facebook.com')).toEqual([]);
  });
});
