import { beforeEach, describe, expect, it } from 'vitest';
import { createXAdapter } from '../../../../lib/platforms/x/adapter';
import { ConversationMemory, placementOf, refOf } from '../../../../lib/platforms/x/conversation';
import {
  EXPECTED, launchConversationRows, POSTS, renderCustomerStatusPage, renderRepliesPage, renderStatusPage, STATUS_URL, XID, X_COMPANY,
} from '../../../fixtures/x/demo-company';
import { renderXRow, renderXTimeline, type XPostSpec, type XRowSpec } from '../../../fixtures/x/markup';
import { articleOf, pageWith, parse, readAll, setAddress } from './dom';

const parents = (doc: Document, adapter = createXAdapter()) => readAll(doc, adapter).map((i) => [i.id, i.parentId]);
const cells = (doc: Document) => Array.from(doc.querySelectorAll('[data-testid="cellInnerDiv"]'));
/** Scrolls rows away the way X does: the row elements go, the others keep their translateY. */
const scrollAway = (doc: Document, count: number) => cells(doc).slice(0, count).forEach((c) => c.remove());
const rowIndexOf = (rows: XRowSpec[], id: string) => rows.findIndex((r) => 'post' in r && r.post.id === id);

beforeEach(() => setAddress('http://localhost:3000/'));

describe('x conversation: the company\'s post and the replies under it', () => {
  it.each(['de', 'en'] as const)('returns the focused post and every reply branch with the post each answers (%s UI)', (ui) => {
    expect(parents(parse(renderStatusPage(ui)))).toEqual(EXPECTED.status.map((e) => [e.id, e.parentId]));
  });

  it('leaves out the ad and the "Discover more" posts after the conversation', () => {
    const ids = readAll(parse(renderStatusPage('en'))).map((i) => i.id);
    for (const id of EXPECTED.statusNotReturned) expect(ids).not.toContain(id);
  });

  it('puts the whole conversation under the focused post\'s id', () => {
    const items = readAll(parse(renderStatusPage('de')));
    expect(new Set(items.map((i) => i.conversation))).toEqual(new Set([XID.launch]));
  });

  it('on a customer\'s post: returns the post and the company\'s answer, not a stranger\'s reply to the customer', () => {
    const items = readAll(parse(renderCustomerStatusPage('en')));
    expect(items.map((i) => [i.id, i.parentId])).toEqual(EXPECTED.customerStatus.map((e) => [e.id, e.parentId]));
    expect(items.map((i) => i.id)).not.toContain(XID.kathiBen);
  });

  it('places the chain above the focused post and counts it when the company\'s post starts it', () => {
    const companyRoot: XPostSpec = { ...POSTS.course };
    const question: XPostSpec = { id: '801', handle: 'klara_n', name: 'Klara', text: 'Noch Plätze frei?', minutesAgo: 60 };
    const focusedFollowUp: XPostSpec = { id: '802', handle: 'anna_berger', name: 'Anna', text: 'Mich würde das auch interessieren', minutesAgo: 50 };
    const below: XPostSpec = { id: '803', handle: 'tom_baker_uk', name: 'Tom', text: 'Same here', minutesAgo: 40 };
    const doc = pageWith([{ post: companyRoot }, { post: question }, { post: focusedFollowUp, focused: true }, { composer: true }, { post: below }]);
    expect(parents(doc)).toEqual([[XID.course, null], ['801', XID.course], ['802', '801'], ['803', '802']]);
    const memory = new ConversationMemory();
    const place = (id: string) => placementOf(articleOf(doc, id), refOf(articleOf(doc, id))!, memory);
    expect(place('803').ancestors.map((a) => a.id)).toEqual(['802', '801', XID.course]);
    expect(place('801').region).toBe('ancestor');
    expect(place('802').region).toBe('focus');
  });

  it('on the replies tab: a reply sits under the post above only when its "Replying to" names that post\'s author', () => {
    expect(parents(parse(renderRepliesPage('de')))).toEqual(EXPECTED.replies.map((e) => [e.id, e.parentId]));
  });

  it('without timeline rows: replies below the focused post answer it', () => {
    const doc = parse(`<main role="main"><section>${[
      { ...POSTS.launch }, { ...POSTS.tom }, { ...POSTS.julia },
    ].map((p, i) => renderXRow({ post: p, focused: i === 0 }, { ui: 'en', now: 0 }, 0).replace(/^<div data-testid="cellInnerDiv"[^>]*>|<\/div>$/g, '')).join('')}</section></main>`);
    expect(doc.querySelector('[data-testid="cellInnerDiv"]')).toBeNull();
    expect(parents(doc)).toEqual([[XID.launch, null], [XID.tom, XID.launch], [XID.julia, XID.launch]]);
  });
});

describe('x conversation: the virtualised timeline', () => {
  it('reads a post removed and added back exactly as before', () => {
    const doc = parse(renderStatusPage('de'));
    const adapter = createXAdapter();
    const before = readAll(doc, adapter);
    const row = articleOf(doc, XID.lenaFollowUp).closest('[data-testid="cellInnerDiv"]')!;
    const [parent, next] = [row.parentElement!, row.nextElementSibling];
    row.remove();
    expect(readAll(doc, adapter).map((i) => i.id)).not.toContain(XID.lenaFollowUp);
    parent.insertBefore(row, next);
    expect(readAll(doc, adapter)).toEqual(before);
  });

  it('follows rows the page moves or appends between reads, not only within one', async () => {
    const nextTask = () => new Promise((r) => setTimeout(r, 0));
    const doc = parse(renderStatusPage('de'));
    const adapter = createXAdapter();
    const all = cells(doc);
    const list = all[0]!.parentElement!;
    const tail = all.slice(-4);
    tail.forEach((c) => c.remove());
    readAll(doc, adapter);
    await nextTask();
    // X loads more rows below.
    list.append(...tail);
    await nextTask();
    expect(readAll(doc, adapter)).toEqual(readAll(parse(renderStatusPage('de')), createXAdapter()));
    await nextTask();
    // A row moves right under the focused post: it now starts a branch of its own.
    const row = articleOf(doc, XID.lenaFollowUp).closest('[data-testid="cellInnerDiv"]')!;
    const focusRow = doc.querySelector('[data-testid="cellInnerDiv"] article[tabindex="-1"]')!.closest('[data-testid="cellInnerDiv"]')!;
    focusRow.after(row);
    await nextTask();
    const moved = readAll(doc, adapter).find((i) => i.id === XID.lenaFollowUp);
    expect(moved?.parentId).toBe(XID.launch);
  });

  it('notices the focused post marked after the rows were read, when only its tabindex changed', async () => {
    const nextTask = () => new Promise((r) => setTimeout(r, 0));
    const doc = parse(renderStatusPage('en'));
    const focused = doc.querySelector('article[tabindex="-1"]')!;
    focused.setAttribute('tabindex', '0');
    const adapter = createXAdapter();
    // Without the mark (and without an address) the rows read as a plain timeline.
    expect(parents(doc, adapter)).not.toEqual(EXPECTED.status.map((e) => [e.id, e.parentId]));
    await nextTask();
    focused.setAttribute('tabindex', '-1');
    await nextTask();
    expect(parents(doc, adapter)).toEqual(EXPECTED.status.map((e) => [e.id, e.parentId]));
  });

  it('keeps a reply\'s place once the rows above it were scrolled away', () => {
    const doc = parse(renderStatusPage('de'));
    const adapter = createXAdapter();
    const before = readAll(doc, adapter);
    const rows = launchConversationRows('de');
    scrollAway(doc, rowIndexOf(rows, XID.lenaFollowUp)); // Lena's follow-up is now the first rendered row
    const after = readAll(doc, adapter);
    expect(after).toEqual(before.filter((i) => after.some((a) => a.id === i.id)));
    expect(after.find((i) => i.id === XID.lenaFollowUp)?.parentId).toBe(XID.lenaAnswer);
  });

  it('without that memory, a post first seen at the top of the rendered rows is taken as a reply to the focused post', () => {
    const doc = parse(renderStatusPage('de'));
    scrollAway(doc, rowIndexOf(launchConversationRows('de'), XID.lenaFollowUp));
    setAddress(STATUS_URL);
    const fresh = readAll(doc, createXAdapter());
    expect(fresh.find((i) => i.id === XID.lenaFollowUp)?.parentId).toBe(XID.launch);
  });

  it('knows the focused post from the address once its row is gone, and still returns the replies to the company', () => {
    const rows = launchConversationRows('en');
    const start = rowIndexOf(rows, XID.tom);
    setAddress(STATUS_URL);
    const html = renderXTimeline({ label: 'Timeline: Conversation', title: 'Conversation', rows: rows.slice(start), ui: 'en', now: 0, startY: start * 180 });
    const doc = parse(`<main role="main"><div data-testid="primaryColumn">${html}</div></main>`);
    const items = readAll(doc);
    expect(items.map((i) => [i.id, i.parentId])).toEqual([[XID.tom, XID.launch], [XID.tomSam, XID.tom], ...EXPECTED.status.slice(5).map((e) => [e.id, e.parentId])]);
  });

  it('keeps "Discover more" posts out after the heading row was scrolled away', () => {
    const doc = parse(renderStatusPage('en'));
    const adapter = createXAdapter();
    readAll(doc, adapter);
    const rows = launchConversationRows('en');
    scrollAway(doc, rowIndexOf(rows, XID.discoverBakery));
    setAddress(STATUS_URL);
    expect(readAll(doc, adapter).map((i) => i.id)).toEqual([]);
  });

  it('forgets the oldest places beyond its limit', () => {
    const memory = new ConversationMemory(3);
    for (const id of ['1', '2', '3', '4']) memory.set('s', { id, handle: 'a' }, { region: 'reply', parent: null, ancestors: [], conversation: 'c' });
    expect(memory.size).toBe(3);
    expect(memory.get('s', '1')).toBeUndefined();
    expect(memory.get('s', '4')?.handle).toBe('a');
  });
});

describe('x conversation: the company handle decides', () => {
  it('does not take replies under a stranger\'s post for the company\'s', () => {
    const stranger: XPostSpec = { ...POSTS.marketNews };
    const doc = pageWith([{ post: stranger, focused: true }, { post: POSTS.tom }, { divider: true }, { post: POSTS.julia }]);
    expect(readAll(doc)).toEqual([]);
    expect(readAll(doc, createXAdapter(), { now: 0, ownerNames: ['muc_news'], pageName: 'muc_news' }).map((i) => i.id)).toEqual([XID.marketNews, XID.tom, XID.julia]);
  });

  it('finds the company\'s reply in a stranger\'s conversation and the posts below it', () => {
    // The company answers Tom (so after him), and Lena writes after the company.
    const doc = pageWith([{ post: POSTS.marketNews, focused: true }, { post: POSTS.tom }, { post: { ...POSTS.annaAnswer, minutesAgo: 200 } }, { post: POSTS.lenaFollowUp }]);
    expect(parents(doc)).toEqual([[XID.annaAnswer, XID.tom], [XID.lenaFollowUp, XID.annaAnswer]]);
    expect(X_COMPANY.handle).toBe(POSTS.annaAnswer.handle);
  });
});
