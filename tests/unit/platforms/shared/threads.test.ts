import { describe, expect, it } from 'vitest';
import { resolveThreads } from '../../../../lib/platforms/threads';
import type { ExtractedItem } from '../../../../lib/platforms/types';

const item = (id: string, parentId: string | null, byOwner: boolean, postedAt: number | null = null, ownerReplyHint = false): ExtractedItem => ({
  site: 'facebook', id, parentId, author: { name: byOwner ? 'Shop' : `User ${id}`, url: null }, text: id, permalink: null,
  postedAt, timeSource: postedAt === null ? 'first-seen' : 'relative', byOwner, pageName: 'Shop', ownerReplyHint,
});
const answered = (items: ExtractedItem[]) => Object.fromEntries(resolveThreads(items).map((c) => [c.id, [c.answered, c.answeredAt]]));

describe('resolveThreads', () => {
  it('answers a top comment when the Page replied in its thread, with the reply time', () => {
    expect(answered([item('a', null, false, 100), item('a1', 'a', true, 200)])).toEqual({ a: [true, 200], a1: [false, null] });
  });

  it('answers a reply only when the Page wrote after it', () => {
    const r = answered([item('a', null, false), item('a1', 'a', false), item('a2', 'a', true, 300), item('a3', 'a', false)]);
    expect(r).toEqual({ a: [true, 300], a1: [true, 300], a2: [false, null], a3: [false, null] });
  });

  it('keeps threads apart', () => {
    expect(answered([item('a', null, false), item('b', null, false), item('b1', 'b', true, 5)])).toMatchObject({ a: [false, null], b: [true, 5] });
  });

  it('trusts the collapsed "Page replied" summary, without a time', () => {
    expect(answered([item('a', null, false, 100, true)])).toEqual({ a: [true, null] });
  });

  it('never marks the Page own items as answered', () => {
    expect(answered([item('p', null, true, 1, true), item('p1', 'p', true, 2)])).toEqual({ p: [false, null], p1: [false, null] });
  });

  it('takes the first owner reply as the answer time', () => {
    expect(answered([item('a', null, false), item('x', 'a', true, 10), item('y', 'a', true, 20)]).a).toEqual([true, 10]);
  });

  it('drops the hint field and keeps everything else', () => {
    const [c] = resolveThreads([item('a', null, false, 7)]);
    expect(c).not.toHaveProperty('ownerReplyHint');
    expect(c).toMatchObject({ id: 'a', postedAt: 7, timeSource: 'relative', pageName: 'Shop' });
  });
});
