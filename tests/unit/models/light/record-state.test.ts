import { describe, expect, it } from 'vitest';
import { RecordStateSchema, recordState } from '../../../../lib/models/comment';
import { ObserveReplySchema } from '../../../../lib/models/messages';
import { parseObserveReply, parseRecordState } from '../../../../lib/models/light/record-state';
import { tracked } from '../../comments/tracked';
import { ABSENT, HOSTILE_STRINGS, T, WRONG, expectAgree, numbers, strings, sweep } from './agree';

const base = recordState({ ...tracked('1', 30, T), claimedBy: 'Mara' });

const fields = [
  [['key'], strings(3, 210)],
  [['postedAt'], numbers],
  [['timeSource'], ['exact', 'relative', 'first-seen', 'guess', 'Exact', ...WRONG]],
  [['firstSeenAt'], numbers],
  [['byOwner'], [true, false, 0, 1, 'false', new Boolean(true), ...WRONG]],
  [['answeredAt'], numbers],
  [['handledAt'], numbers],
  [['claimedBy'], strings(0, 100)],
  [['unknown'], ['x', null, { deep: true }]],
  [['__proto__'], [{ key: 'k' }]],
] as const;

describe('parseRecordState', () => {
  it('gives what RecordStateSchema gives, field by field', () => {
    const { accepted, refused } = sweep(RecordStateSchema, parseRecordState, base, fields);
    expect(accepted).toBeGreaterThan(40);
    expect(refused).toBeGreaterThan(100);
  });

  it('keeps an absent claim absent and a present undefined one present, as z.optional does', () => {
    const { claimedBy: _, ...unclaimed } = base;
    expectAgree(RecordStateSchema, parseRecordState, unclaimed);
    expect('claimedBy' in parseRecordState(unclaimed)!).toBe(false);
    const undef = { ...base, claimedBy: undefined };
    expectAgree(RecordStateSchema, parseRecordState, undef);
    expect('claimedBy' in parseRecordState(undef)!).toBe(true);
  });

  it('reads inherited fields as zod does', () => {
    expectAgree(RecordStateSchema, parseRecordState, Object.create(base));
    expectAgree(RecordStateSchema, parseRecordState, Object.assign(Object.create({ claimedBy: 'Inherited' }), { ...base, claimedBy: undefined }));
  });

  it('refuses what is not a record', () => {
    for (const v of [...WRONG, ...HOSTILE_STRINGS, [base]]) expectAgree(RecordStateSchema, parseRecordState, v === ABSENT ? undefined : v);
  });
});

describe('parseObserveReply', () => {
  const reply = { records: [base, { ...base, key: 'facebook:2', claimedBy: null }] };

  it('gives what ObserveReplySchema gives', () => {
    const { accepted, refused } = sweep(ObserveReplySchema, parseObserveReply, reply, [
      [['records'], [[], [base], Array.from({ length: 1000 }, (_, i) => ({ ...base, key: `x:${i}` })), new Array(2), [base, null], { 0: base, length: 1 }, ...WRONG]],
      [['records', 1, 'key'], strings(3, 210)],
      [['records', 1, 'postedAt'], numbers],
      [['records', 0, 'claimedBy'], [ABSENT, undefined, null, 'c'.repeat(101)]],
      [['records', 1], [...WRONG, base]],
      [['extra'], [1, 'records']],
    ]);
    expect(accepted).toBeGreaterThan(20);
    expect(refused).toBeGreaterThan(50);
  });

  it('refuses a reply that is not an object', () => {
    for (const v of [...WRONG, [reply], 'records']) expectAgree(ObserveReplySchema, parseObserveReply, v === ABSENT ? undefined : v);
  });

  it('gives what ObserveReplySchema gives for the verdicts and notes that come back with sightings', () => {
    const note = { id: 'n1', site: 'facebook', commentKey: 'facebook:1', authorKey: null, authorName: 'Lena', pageName: 'Bäckerei', text: ' Rückruf ', agent: 'Mara', at: T };
    const check = { results: [{ key: 'facebook:1', offensive: false, heated: true, flags: [], ladder: null }], clean: ['facebook:2'], netiquetteUrl: '' };
    const full = { ...reply, check, notes: [note] };
    const { accepted, refused } = sweep(ObserveReplySchema, parseObserveReply, full, [
      [['check'], [ABSENT, undefined, { ...check, clean: [] }, { ...check, netiquetteUrl: 'x'.repeat(501) }, { ...check, results: [null] }, ...WRONG]],
      [['check', 'clean', 0], strings(3, 210)],
      [['notes'], [ABSENT, undefined, [], [note, note], [note, null], ...WRONG]],
      [['notes', 0, 'text'], [' a ', '', '   ', 'x'.repeat(4001), ...WRONG]],
      [['notes', 0, 'site'], ['x', 'myspace', ...WRONG]],
    ]);
    expect(accepted).toBeGreaterThan(8);
    expect(refused).toBeGreaterThan(40);
  });
});
