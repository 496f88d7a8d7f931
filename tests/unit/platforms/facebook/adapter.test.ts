import { describe, expect, it } from 'vitest';
import { facebook } from '../../../../lib/platforms/facebook/adapter';
import { DEMO_EXPECTED, DEMO_IDS, renderDemoPage, renderDemoPermalink } from '../../../fixtures/facebook/demo-company';
import type { FbCommentSpec } from '../../../fixtures/facebook/markup';
import { extractAll, pageWith, parse } from './dom';

const ids = (doc: Document) => extractAll(doc).map((c) => c.id);
const anna: FbCommentSpec = { id: '101', author: 'Anna Berger', text: 'Hallo', minutesAgo: 3, replies: [{ id: '102', author: 'Jonas', text: 'Hi', minutesAgo: 2 }] };

describe('facebook adapter: where comments are', () => {
  it('finds every comment and reply of the page, in page order, and no decoys', () => {
    expect(ids(parse(renderDemoPage('en')))).toEqual(DEMO_EXPECTED.map((e) => e.id));
    expect(ids(parse(renderDemoPage('de')))).toEqual(DEMO_EXPECTED.map((e) => e.id));
  });

  it('ignores articles in side columns and non-modal dialogs', () => {
    const doc = parse(renderDemoPage('en'));
    const all = doc.querySelectorAll('div[role="article"]').length;
    const found = facebook.findItems(doc);
    expect(all - found.length).toBe(2); // the two decoys
    expect(found.some((el) => el.closest('[role="complementary"], [role="dialog"]'))).toBe(false);
  });

  it('scans only the open permalink dialog', () => {
    const doc = parse(renderDemoPermalink('en'));
    const root = facebook.scanRoot(doc);
    expect((root as Element).getAttribute('aria-modal')).toBe('true');
    expect(ids(doc)[0]).toBe(DEMO_IDS.anna);
    expect(ids(doc)).not.toContain(DEMO_IDS.klara);
  });

  it('scans the whole document when no permalink dialog with comments is open', () => {
    const doc = parse(renderDemoPage('en'));
    expect(facebook.scanRoot(doc)).toBe(doc);
    const modal = doc.createElement('div');
    modal.setAttribute('role', 'dialog');
    modal.setAttribute('aria-modal', 'true');
    doc.body.append(modal); // e.g. a login prompt
    expect(facebook.scanRoot(doc)).toBe(doc);
  });

  it('includes the root itself when an added subtree is a comment', () => {
    const doc = pageWith([anna]);
    const article = doc.querySelector('[data-commentid="101"] > div[role="article"]')!;
    expect(facebook.findItems(article)).toEqual([article]);
    const wrapper = doc.querySelector('[data-commentid="101"]')!;
    expect(facebook.findItems(wrapper)).toHaveLength(2);
  });

  it('falls back to the data-commentid wrapper when labels are in another language', () => {
    const doc = pageWith([anna]);
    for (const a of doc.querySelectorAll('div[role="article"][aria-label^="Comment by "], div[role="article"][aria-label^="Reply by "]')) {
      a.setAttribute('aria-label', `Commentaire de ${a.getAttribute('aria-label')!.split(' ').slice(2).join(' ')}`);
    }
    expect(ids(doc)).toEqual(['101', '102']);
  });

  it('falls back to articles carrying a comment permalink when wrappers are gone too', () => {
    const doc = pageWith([anna]);
    for (const a of doc.querySelectorAll('div[role="article"]')) a.setAttribute('aria-label', 'Commentaire');
    for (const w of doc.querySelectorAll('[data-commentid]')) w.removeAttribute('data-commentid');
    expect(ids(doc)).toEqual(['101', '102']);
  });
});

describe('facebook adapter: badge place and health', () => {
  it('puts the badge after the item own action row, not a nested reply row', () => {
    const doc = pageWith([anna], 'en', { replyLayout: 'inside' });
    const [parent, reply] = facebook.findItems(doc);
    const anchor = facebook.badgeAnchor(parent!).after;
    expect(anchor.tagName).toBe('UL');
    expect(anchor.closest('[role="article"]')).toBe(parent);
    expect(anchor.textContent).toContain('3m');
    expect(facebook.badgeAnchor(reply!).after.textContent).toContain('2m');
  });

  it('skips a nested reply row that comes before the item own row', () => {
    const doc = pageWith([anna], 'en', { replyLayout: 'inside' });
    const [parent, reply] = facebook.findItems(doc);
    // Move the nested reply in front of everything else in the parent, so its row is the first list.
    parent!.prepend(reply!);
    const anchor = facebook.badgeAnchor(parent!).after;
    expect(anchor.tagName).toBe('UL');
    expect(anchor.closest('[role="article"]')).toBe(parent);
    expect(anchor.textContent).toContain('3m');
  });

  it('says whether the page shows comment-like nodes at all', () => {
    expect(facebook.looksLikeComments(pageWith([anna]))).toBe(true);
    expect(facebook.looksLikeComments(pageWith([], 'en', { decoys: false }))).toBe(false);
    const changed = pageWith([anna]);
    for (const a of changed.querySelectorAll('div[role="article"]')) a.removeAttribute('role');
    expect(facebook.looksLikeComments(changed)).toBe(true); // the wrappers are still there: layout changed
  });
});

describe('facebook adapter: own pages', () => {
  it('matches the configured page address', () => {
    const page = { site: 'facebook' as const, name: 'Bäckerei Sonnenschein', url: 'baeckerei.sonnenschein', pageId: '' };
    expect(facebook.ownPageFor(new URL('https://www.facebook.com/baeckerei.sonnenschein'), [page])).toBe(page);
    expect(facebook.ownPageFor(new URL('https://www.facebook.com/othershop'), [page])).toBeNull();
  });
});
