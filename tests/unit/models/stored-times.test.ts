import { describe, expect, it } from 'vitest';
import { DismissalSchema, StrikeSchema } from '../../../lib/netiquette/model-schemas';
import { NoteSchema } from '../../../lib/notes/note-model';
import { parseNote } from '../../../lib/models/light/note';
import { expectAgree } from './light/agree';

const T = Date.UTC(2026, 2, 10, 10);
const MAX = 8.64e15;
const IN_RANGE = [T, 0, MAX, -MAX, 1.5];
const OUT_OF_RANGE = [MAX + 1, -MAX - 1, 9e15, 1e300, Number.MAX_VALUE];

const strike = {
  authorKey: 'facebook:https://www.facebook.com/troll', authorName: 'Troll', site: 'facebook', page: 'Bäckerei',
  step: 'public-reminder', at: T, commentKey: 'facebook:c9', agent: 'Mara',
};
const dismissal = { commentKey: 'facebook:c9', rule: 'insult', words: 'Depp', site: 'facebook', page: 'Bäckerei', at: T, agent: 'Mara' };
const note = {
  id: 'n1', site: 'facebook', commentKey: 'facebook:c1', authorKey: null, authorName: 'Lena', pageName: 'Bäckerei',
  text: 'Rückruf am Freitag', agent: 'Mara', at: T,
};

describe('stored times stay within what a Date can hold', () => {
  it.each([
    ['Strike', StrikeSchema, strike],
    ['Dismissal', DismissalSchema, dismissal],
    ['Note', NoteSchema, note],
  ] as const)('%s.at', (_name, schema, base) => {
    for (const at of IN_RANGE) expect(schema.safeParse({ ...base, at }).success, String(at)).toBe(true);
    for (const at of OUT_OF_RANGE) expect(schema.safeParse({ ...base, at }).success, String(at)).toBe(false);
  });

  it('a strike at 1e300 is refused, so it cannot count forever', () => {
    const r = StrikeSchema.safeParse({ ...strike, at: 1e300 });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues[0]!.path).toEqual(['at']);
  });

  it('the content script\'s note check agrees with NoteSchema at the ends of the range', () => {
    for (const at of [...IN_RANGE, ...OUT_OF_RANGE, MAX + 0.5, -0]) expectAgree(NoteSchema, parseNote, { ...note, at });
  });
});
