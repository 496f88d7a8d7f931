import { beforeEach, describe, expect, it } from 'vitest';
import { ObservedCommentSchema } from '../../../../lib/models/comment';
import type { ExtractedItem } from '../../../../lib/platforms/types';
import { ReplyChains, resolveReplyChains } from '../../../../lib/platforms/reply-chains';
import { MINUTE } from '../../../../lib/time/units';
import {
  EXPECTED, renderCustomerStatusPage, renderMentionsPage, renderProfilePage, renderRepliesPage, renderStatusPage, X_DEMO_NOW,
} from '../../../fixtures/x/demo-company';
import { observeAll, parse, readAll, setAddress } from './dom';

const item = (id: string, parentId: string | null, byOwner = false, minutesAgo = 0): ExtractedItem & { conversation: string } => ({
  site: 'x', id, parentId, author: { name: id, url: null }, text: id, permalink: null,
  postedAt: X_DEMO_NOW - minutesAgo * MINUTE, timeSource: 'exact', byOwner, pageName: 'sonnenschein_de', ownerReplyHint: false,
  conversation: 'root',
});
const answered = (items: ExtractedItem[]) => Object.fromEntries(resolveReplyChains(items).map((o) => [o.id, o.answered]));

beforeEach(() => setAddress('http://localhost:3000/'));

describe('x answered state: along reply chains', () => {
  it('counts the company\'s reply to a post, or further down its chain, as the answer', () => {
    const items = [item('root', null, true, 60), item('c1', 'root', false, 50), item('k1', 'c1', true, 40), item('c2', 'root', false, 45), item('c2b', 'c2', false, 30), item('k2', 'c2b', true, 20)];
    expect(answered(items)).toEqual({ root: false, c1: true, k1: false, c2: true, c2b: true, k2: false });
  });

  it('does not count the company\'s reply in another branch, or a stranger\'s reply', () => {
    const items = [item('root', null, true), item('c1', 'root'), item('c2', 'root'), item('s2', 'c2'), item('k1', 'c1', true)];
    expect(answered(items)).toMatchObject({ c1: true, c2: false, s2: false });
  });

  it('leaves a follow-up after the company\'s answer waiting', () => {
    const items = [item('c', 'root'), item('k', 'c', true), item('f', 'k')];
    expect(answered(items)).toEqual({ c: true, k: false, f: false });
  });

  it('takes the earliest answer\'s time, and a customer post of a stranger\'s conversation is answered too', () => {
    const items = [item('p', null, false, 100), item('x', 'p', false, 90), item('k-late', 'x', true, 10), item('k-early', 'p', true, 80)];
    const out = resolveReplyChains(items);
    expect(out.find((o) => o.id === 'p')).toMatchObject({ answered: true, answeredAt: X_DEMO_NOW - 80 * MINUTE });
    expect(out.find((o) => o.id === 'x')).toMatchObject({ answered: true, answeredAt: X_DEMO_NOW - 10 * MINUTE });
  });

  it('stops at parents it does not know and survives cycles', () => {
    const items = [item('a', 'missing'), item('k', 'gone', true), item('loop1', 'loop2'), item('loop2', 'loop1', true)];
    expect(answered(items)).toEqual({ a: false, k: false, loop1: true, loop2: false });
  });

  it('keeps a site\'s own "the owner replied" hint and never marks the owner\'s posts', () => {
    const hinted = { ...item('h', null), ownerReplyHint: true };
    const own = { ...item('o', null, true), ownerReplyHint: true };
    expect(answered([hinted, own])).toEqual({ h: true, o: false });
  });

  it('gives plain observed comments, without the adapter\'s working fields', () => {
    for (const o of resolveReplyChains([item('c', null), item('k', 'c', true)])) {
      expect(Object.keys(o).sort()).toEqual(Object.keys(ObservedCommentSchema.shape).sort());
      expect(ObservedCommentSchema.safeParse(o).success).toBe(true);
    }
  });
});

describe('x answered state: the demo views', () => {
  const views = {
    status: renderStatusPage, customerStatus: renderCustomerStatusPage, mentions: renderMentionsPage, profile: renderProfilePage, replies: renderRepliesPage,
  } as const;
  for (const [name, render] of Object.entries(views) as [keyof typeof views, (typeof views)[keyof typeof views]][]) {
    it.each(['de', 'en'] as const)(`${name} (%s UI): who wrote what, when, and what the company answered`, (ui) => {
      const rows = observeAll(parse(render(ui)));
      expect(rows.map((r) => ({ id: r.id, parentId: r.parentId, name: r.author.name, url: r.author.url, byOwner: r.byOwner, answered: r.answered, postedAt: r.postedAt }))).toEqual(
        EXPECTED[name].map((e) => ({ id: e.id, parentId: e.parentId, name: e.name, url: `https://x.com/${e.handle}`, byOwner: e.byOwner, answered: e.answered, postedAt: X_DEMO_NOW - e.minutesAgo * MINUTE })),
      );
      const byId = new Map(rows.map((r) => [r.id, r]));
      for (const e of EXPECTED[name]) {
        if (!('answeredBy' in e) || !e.answeredBy) continue;
        expect(byId.get(e.id)!.answeredAt).toBe(byId.get(e.answeredBy)!.postedAt);
      }
    });
  }

  it.each(['de', 'en'] as const)('resolving each conversation on its own (as the overlay does per thread key) gives the same answers (%s UI)', (ui) => {
    for (const render of Object.values(views)) {
      const items = readAll(parse(render(ui)));
      const groups = new Map<string, typeof items>();
      for (const i of items) groups.set(i.conversation, [...(groups.get(i.conversation) ?? []), i]);
      const grouped = [...groups.values()].flatMap((g) => resolveReplyChains(g));
      const whole = resolveReplyChains(items);
      expect(grouped.map((o) => [o.id, o.answered, o.answeredAt]).sort()).toEqual(whole.map((o) => [o.id, o.answered, o.answeredAt]).sort());
    }
  });
});

/** The whole-set rule as first written (every owner reply walks up through the posts present), kept as the reference. */
function reference(items: readonly ExtractedItem[]): Map<string, [boolean, number | null]> {
  const out = new Map<string, [boolean, number | null]>(items.map((i) => [i.id, [!i.byOwner && i.ownerReplyHint, null]]));
  const byId = new Map(items.map((i) => [i.id, i]));
  for (const reply of items) {
    if (!reply.byOwner) continue;
    const visited = new Set([reply.id]);
    for (let parent = reply.parentId; parent !== null && !visited.has(parent); ) {
      visited.add(parent);
      const p = byId.get(parent);
      if (!p) break;
      if (!p.byOwner) {
        const at = out.get(p.id)![1];
        out.set(p.id, [true, reply.postedAt !== null && (at === null || reply.postedAt < at) ? reply.postedAt : at]);
      }
      parent = p.parentId;
    }
  }
  return out;
}

describe('x answered state: posts arriving one at a time (ReplyChains)', () => {
  /** A small deterministic generator, so a failure names its seed. */
  const random = (seed: number) => () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);

  it('gives after every arrival, in any order, what the whole-set rule gives for the posts so far, and reports exactly the other posts that changed', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const rnd = random(seed);
      const n = 2 + Math.floor(rnd() * 14);
      const posts = Array.from({ length: n }, (_, i) => {
        // Parents point mostly backwards (replies), sometimes forwards (cycles) or to posts never seen.
        const r = rnd();
        const parentId = r < 0.15 ? null : r < 0.25 ? `gone${i}` : `p${Math.floor(rnd() * n)}`;
        const minutes = rnd() < 0.1 ? null : Math.floor(rnd() * 500);
        return { ...item(`p${i}`, parentId === `p${i}` ? null : parentId, rnd() < 0.35), postedAt: minutes === null ? null : X_DEMO_NOW - minutes * MINUTE, ownerReplyHint: rnd() < 0.1 };
      });
      const order = posts.map((p) => [rnd(), p] as const).sort((a, b) => a[0] - b[0]).map(([, p]) => p);
      const chains = new ReplyChains<string>();
      const seen: ExtractedItem[] = [];
      let before = new Map<string, [boolean, number | null]>();
      for (const post of order) {
        const changed = chains.add(post, post.id);
        seen.push(post);
        const expected = reference(seen);
        for (const p of seen) expect([seed, p.id, chains.answerOf(p.id)]).toEqual([seed, p.id, { answered: expected.get(p.id)![0], answeredAt: expected.get(p.id)![1] }]);
        const reallyChanged = seen.filter((p) => p !== post && JSON.stringify(before.get(p.id)) !== JSON.stringify(expected.get(p.id))).map((p) => p.id);
        // The new post itself is the caller's to show anyway; every other post reported must have changed, and every change be reported.
        expect([seed, [...new Set(changed)].filter((id) => id !== post.id).sort()]).toEqual([seed, reallyChanged.sort()]);
        before = expected;
      }
    }
  });

  it('keeps an answer when the answering reply leaves the page, and gives a re-rendered post its answer', () => {
    const chains = new ReplyChains<string>();
    chains.add(item('c', 'root'), 'c#1');
    expect(chains.add(item('k', 'c', true, 5), 'k#1')).toEqual(['c#1']);
    chains.release('k', 'k#1');
    chains.release('c', 'c#1');
    expect(chains.add(item('c', 'root'), 'c#2')).toEqual([]);
    expect(chains.answerOf('c')).toEqual({ answered: true, answeredAt: X_DEMO_NOW - 5 * MINUTE });
    expect(chains.add(item('k0', 'c', true, 9), 'k0#1')).toEqual(['c#2']);
    // A post read again that now says the owner replied (a collapsed summary) counts as answered.
    chains.add(item('q', 'root'), 'q#1');
    expect(chains.add({ ...item('q', 'root'), ownerReplyHint: true }, 'q#2')).toEqual(['q#1', 'q#2']);
    expect(chains.answerOf('q')).toEqual({ answered: true, answeredAt: null });
  });
});
