import { describe, expect, it } from 'vitest';
import { NoteReplySchema, NotesReplySchema } from '../../../../lib/models/messages';
import { NoteSchema } from '../../../../lib/notes/note-model';
import { parseNote, parseNoteReply, parseNotesReply } from '../../../../lib/models/light/note';
import { ABSENT, T, WRONG, expectAgree, numbers, strings, sweep, trimmedStrings } from './agree';

const base = {
  id: 'n1',
  site: 'facebook',
  commentKey: 'facebook:1',
  authorKey: 'facebook:https://www.facebook.com/lena',
  authorName: 'Lena',
  pageName: 'Bäckerei',
  text: 'Rückruf am Freitag versprochen',
  agent: 'Mara',
  at: T,
};

const fields = [
  [['id'], strings(1, 100)],
  [['site'], ['facebook', 'x', 'instagram', 'X', ...WRONG]],
  [['commentKey'], strings(3, 210)],
  [['authorKey'], strings(0, 2100)],
  [['authorName'], strings(0, 300)],
  [['pageName'], strings(0, 200)],
  [['text'], trimmedStrings(1, 4000)],
  [['agent'], trimmedStrings(0, 100)],
  [['at'], numbers],
  [['commentAuthorKey'], strings(1, 2100)],
  [['unknown'], ['x', { text: 'y' }]],
] as const;

describe('parseNote', () => {
  it('gives what NoteSchema gives, trimmed text and agent included', () => {
    const { accepted, refused } = sweep(NoteSchema, parseNote, base, fields);
    expect(accepted).toBeGreaterThan(60);
    expect(refused).toBeGreaterThan(150);
    expect(parseNote({ ...base, text: '  Rückruf \n', agent: ' Mara ' })).toMatchObject({ text: 'Rückruf', agent: 'Mara' });
  });

  it('carries the comment author where a note has one, and reads notes from before it', () => {
    const stamped = { ...base, authorKey: null, commentAuthorKey: 'facebook:facebook.com/lena' };
    expect(parseNote(stamped)).toEqual(stamped);
    expect(parseNote(base)).not.toHaveProperty('commentAuthorKey');
    expectAgree(NoteSchema, parseNote, stamped);
  });

  it('refuses what is not a note', () => {
    for (const v of [...WRONG, [base], 'note']) expectAgree(NoteSchema, parseNote, v === ABSENT ? undefined : v);
  });
});

describe('the replies that carry notes', () => {
  it('gives what NotesReplySchema gives', () => {
    const { accepted, refused } = sweep(NotesReplySchema, parseNotesReply, { notes: [base, { ...base, id: 'n2', authorKey: null }] }, [
      [['notes'], [[], [base], Array.from({ length: 300 }, (_, i) => ({ ...base, id: `n${i}` })), new Array(1), ...WRONG]],
      [['notes', 1], [...WRONG, { ...base, text: ' ' }]],
      [['notes', 1, 'text'], trimmedStrings(1, 4000)],
      [['notes', 0, 'at'], numbers],
      [['more'], [[]]],
    ]);
    expect(accepted).toBeGreaterThan(10);
    expect(refused).toBeGreaterThan(40);
  });

  it('gives what NoteReplySchema gives', () => {
    const { accepted, refused } = sweep(NoteReplySchema, parseNoteReply, { note: base }, [
      [['note'], [...WRONG, [base], { ...base, agent: '  ' }]],
      [['note', 'agent'], trimmedStrings(0, 100)],
      [['note', 'authorKey'], strings(0, 2100)],
      [['notes'], [[base]]],
    ]);
    expect(accepted).toBeGreaterThan(10);
    expect(refused).toBeGreaterThan(40);
    for (const v of [...WRONG, [base]]) expectAgree(NoteReplySchema, parseNoteReply, v === ABSENT ? undefined : v);
  });
});
