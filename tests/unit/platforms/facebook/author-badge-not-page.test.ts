/**
 * (platform-dom.md, Facebook › "Did the Page answer?": the identity badge
 * `[aria-label="View information about identity badges"]` containing `Author` marks the POST's author; README:
 * "A reply counts as the Page's when its author link is the Page's address").
 * A visitor post on the Page (or a post the Page is tagged in): its author's replies carry the Author badge too.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_PAGE } from '../../../fixtures/facebook/demo-company';
import type { FbCommentSpec } from '../../../fixtures/facebook/markup';
import { ctx, extractAll, observeAll, pageWith } from './dom';

const tom: FbCommentSpec = { id: '201', author: 'Tom Fischer', text: 'Wann habt ihr offen?', minutesAgo: 30,
  replies: [{ id: '202', author: 'Anna Berger', text: 'Frag ich mich auch', minutesAgo: 10 }] };

describe('the "Author" badge on a customer who wrote the post', () => {
  it('does not make the customer the Page when the configured address says otherwise', () => {
    const doc = pageWith([tom]);
    // The badge exactly as the fixture renders it for the Page: right after the name link, inside Anna's reply.
    const annaName = doc.querySelector('[data-commentid="202"] a[tabindex="0"] span[dir="auto"]')!.closest('span:not([dir])')!;
    annaName.insertAdjacentHTML('afterend', '<div aria-label="View information about identity badges" role="button" tabindex="0"><span>Author</span></div>');
    const context = ctx({ ownerNames: [DEMO_PAGE.name, DEMO_PAGE.url, DEMO_PAGE.pageId] });
    const items = extractAll(doc, context);
    expect(items.map((i) => [i.id, i.author.url, i.byOwner])).toEqual([
      ['201', 'https://www.facebook.com/tom.fischer', false],
      ['202', 'https://www.facebook.com/anna.berger', false],
    ]);
    expect(observeAll(doc, context).map((c) => [c.id, c.answered])).toEqual([['201', false], ['202', false]]);
  });
});
