/**
 * (platform-dom.md, Facebook › "Comment and reply nodes": the label glues name and time,
 * `Comment by Anna Berger 3 minutes ago`). Without a name link the label decides who wrote it; a fan account whose
 * name merely starts with the Page's name is not the Page (the same rule isOwnerName and the summary check keep).
 */
import { describe, expect, it } from 'vitest';
import { DEMO_PAGE } from '../../../fixtures/facebook/demo-company';
import type { FbCommentSpec } from '../../../fixtures/facebook/markup';
import { observeAll, pageWith } from './dom';

describe('the label fallback and a name that starts with the Page\'s', () => {
  it('does not take "<Page name> Fanclub" for the Page, and the customer keeps waiting', () => {
    const fan: FbCommentSpec = { id: '102', author: `${DEMO_PAGE.name} Fanclub`, text: 'Wir lieben euch', minutesAgo: 4 };
    const doc = pageWith([{ id: '101', author: 'Anna Berger', text: 'Habt ihr offen?', minutesAgo: 9, replies: [fan] }]);
    doc.querySelectorAll('a[tabindex="0"]:has(span[dir="auto"])').forEach((a) => a.remove());
    expect(observeAll(doc).map((c) => [c.id, c.author.name, c.byOwner, c.answered])).toEqual([
      ['101', 'Anna Berger', false, false],
      ['102', `${DEMO_PAGE.name} Fanclub`, false, false],
    ]);
  });
});
