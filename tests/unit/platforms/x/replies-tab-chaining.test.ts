import { afterEach, describe, expect, it } from 'vitest';
import { MINUTE } from '../../../../lib/time/units';
import { POSTS, REPLIES_URL, repliesPageSpec, XID, X_DEMO_NOW } from '../../../fixtures/x/demo-company';
import { renderXPage, type XPostSpec } from '../../../fixtures/x/markup';
import { observeAll, parse, setAddress } from './dom';

/**
 * Markup: tests/fixtures/x/demo-company.ts repliesPageSpec (the profile's /with_replies view, newest first), with two
 * modules as X shows them there: a customer's reply to the company's post ("Replying to @sonnenschein_de"), then
 * the company's answer under it ("Replying to @<customer>").
 */
const anna: XPostSpec = { ...POSTS.anna, minutesAgo: 100, replyingTo: ['sonnenschein_de'] };
const annaAnswer: XPostSpec = { ...POSTS.annaAnswer, minutesAgo: 90, replyingTo: ['anna_berger'] };
const tom: XPostSpec = { ...POSTS.tom, minutesAgo: 300, replyingTo: ['sonnenschein_de'] };
const tomAnswer: XPostSpec = { ...POSTS.juliaAnswer, id: '1898700000000000122', text: 'Sorry Tom, not yet!', minutesAgo: 200, replyingTo: ['tom_baker_uk'] };

afterEach(() => setAddress('http://localhost:3000/'));

describe('x: /with_replies modules', () => {
  it('does not hang a module\'s customer post under the previous module\'s company answer', () => {
    setAddress(REPLIES_URL);
    const spec = repliesPageSpec('en');
    const doc = parse(renderXPage({ ...spec, timeline: { ...spec.timeline, rows: [{ post: anna }, { post: annaAnswer }, { post: tom }, { post: tomAnswer }] } }));
    const rows = new Map(observeAll(doc).map((o) => [o.id, o]));
    expect(rows.get(XID.annaAnswer)?.parentId).toBe(XID.anna);
    // Anna was answered 10 minutes after she wrote, by the company's reply right under her post.
    expect(rows.get(XID.anna)).toMatchObject({ answered: true, answeredAt: X_DEMO_NOW - 90 * MINUTE });
    expect(rows.get(XID.tom)?.parentId).not.toBe(XID.annaAnswer);
  });
});
