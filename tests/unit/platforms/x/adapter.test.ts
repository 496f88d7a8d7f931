import { beforeEach, describe, expect, it } from 'vitest';
import { createXAdapter, x } from '../../../../lib/platforms/x/adapter';
import { xOwnPage } from '../../../../lib/platforms/x/page-match';
import { POSTS, renderMentionsPage, renderStatusPage, XID } from '../../../fixtures/x/demo-company';
import { articleOf, pageWith, parse, readAll, setAddress } from './dom';

beforeEach(() => setAddress('http://localhost:3000/'));

describe('x adapter: where posts are', () => {
  it('is the X adapter, matching pages with the X rules', () => {
    expect(x.site).toBe('x');
    expect(x.ownPageFor).toBe(xOwnPage);
  });

  it('scans the primary column, else the main landmark, else the document', () => {
    const doc = parse(renderStatusPage('en'));
    expect((x.scanRoot(doc) as Element).getAttribute('data-testid')).toBe('primaryColumn');
    doc.querySelector('[data-testid="primaryColumn"]')!.removeAttribute('data-testid');
    expect((x.scanRoot(doc) as Element).tagName).toBe('MAIN');
    const bare = parse('<body><p>nothing</p></body>');
    expect(x.scanRoot(bare)).toBe(bare);
  });

  it('never takes the sidebar\'s post-shaped articles, even when scanning the whole document', () => {
    const doc = parse(renderStatusPage('en'));
    const all = doc.querySelectorAll('article[data-testid="tweet"]').length;
    const found = x.findItems(doc);
    expect(all - found.length).toBe(1);
    expect(found.some((el) => el.closest('[data-testid="sidebarColumn"]'))).toBe(false);
  });

  it('includes the root itself when an added subtree is a post, and finds posts in an added row', () => {
    const doc = parse(renderStatusPage('en'));
    const article = articleOf(doc, XID.anna);
    expect(x.findItems(article)).toEqual([article]);
    expect(x.findItems(article.closest('[data-testid="cellInnerDiv"]')!)).toEqual([article]);
  });

  it('falls back to structural selectors when the test id is renamed', () => {
    const doc = parse(renderStatusPage('en'));
    for (const a of Array.from(doc.querySelectorAll('article[data-testid="tweet"]'))) a.setAttribute('data-testid', 'post');
    expect(readAll(doc).map((i) => i.id)).toContain(XID.anna);
  });

  it('puts the badge after the post\'s own action row, not after the quoted post', () => {
    const doc = parse(renderStatusPage('en'));
    const markus = articleOf(doc, XID.markus);
    const { after } = x.badgeAnchor(markus);
    expect(after.getAttribute('role')).toBe('group');
    expect(after.closest('div[role="link"]')).toBeNull();
    expect(markus.contains(after)).toBe(true);
    after.remove();
    expect(x.badgeAnchor(markus).after.getAttribute('data-testid')).toBe('tweetText');
  });

  it('says when a page shows posts at all (for the health line)', () => {
    expect(x.looksLikeComments(parse(renderMentionsPage('en')))).toBe(true);
    expect(x.looksLikeComments(pageWith([{ divider: true }, { heading: 'Discover more' }]))).toBe(false);
  });

  it('keeps each adapter\'s memory to itself', () => {
    const a = createXAdapter();
    const b = createXAdapter();
    readAll(parse(renderStatusPage('en')), a);
    expect(a.memory.size).toBeGreaterThan(0);
    expect(b.memory.size).toBe(0);
  });

  it('never throws on odd markup: an article with nothing in it, a post without its display name', () => {
    const doc = pageWith([{ post: POSTS.kathi }]);
    doc.querySelector('[data-testid="primaryColumn"] section')!.insertAdjacentHTML('beforeend', '<article data-testid="tweet"></article>');
    doc.querySelector('[data-testid="User-Name"] > div')!.remove();
    const items = x.findItems(x.scanRoot(doc)).map((el) => createXAdapter().extract(el, { now: 0, ownerNames: ['sonnenschein_de'], pageName: 'sonnenschein_de' }));
    expect(items).toHaveLength(2);
    expect((items[0] as { author?: unknown } | null)?.author).toEqual({ name: '@kathi_m', url: 'https://x.com/kathi_m' });
    expect(items[1]).toBeNull();
  });
});
