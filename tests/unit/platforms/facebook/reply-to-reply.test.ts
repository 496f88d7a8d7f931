import { describe, expect, it } from 'vitest';
import { DEMO_PAGE } from '../../../fixtures/facebook/demo-company';
import type { FbCommentSpec } from '../../../fixtures/facebook/markup';
import { extractAll, observeAll, pageWith } from './dom';

// platform-dom.md, Facebook: a reply's link carries comment_id=<parent>&reply_comment_id=<reply>; the
// fixture gives a reply to a reply the reply it answers as comment_id, as Facebook nests them.
const anna: FbCommentSpec = { id: '101', author: 'Anna Berger', text: 'Habt ihr offen?', lang: 'de', minutesAgo: 30 };
const pageAnswer: FbCommentSpec = { id: '103', author: DEMO_PAGE.name, byPage: true, text: 'Ja, bis 18 Uhr.', minutesAgo: 1 };

describe('the Page answering a reply to a comment', () => {
  it.each(['beside', 'inside'] as const)('answers that reply and the thread\'s top comment (replies %s)', (replyLayout) => {
    const jonas: FbCommentSpec = { id: '102', author: 'Jonas Weber', text: 'Auch sonntags?', minutesAgo: 20, replies: [pageAnswer] };
    const doc = pageWith([{ ...anna, replies: [jonas] }], 'en', { replyLayout });
    expect(doc.querySelector('a[href*="reply_comment_id=103"]')!.getAttribute('href')).toContain('comment_id=102&');
    expect(extractAll(doc).map((i) => [i.id, i.parentId, i.byOwner])).toEqual([['101', null, false], ['102', '101', false], ['103', '102', true]]);
    expect(observeAll(doc).map((c) => [c.id, c.answered])).toEqual([['101', true], ['102', true], ['103', false]]);
  });

  it.each(['beside', 'inside'] as const)('counts a collapsed "<Page> replied" under a reply for the top comment too (replies %s)', (replyLayout) => {
    const jonas: FbCommentSpec = { id: '102', author: 'Jonas Weber', text: 'Ich auch', minutesAgo: 20, collapsedPageReply: true, replies: [pageAnswer] };
    const doc = pageWith([{ ...anna, replies: [jonas] }], 'en', { replyLayout });
    expect(doc.body.textContent).toContain(`${DEMO_PAGE.name} replied · 1 reply`);
    expect(observeAll(doc).map((c) => [c.id, c.answered])).toEqual([['101', true], ['102', true]]);
  });

  it('leaves a later reply waiting: a summary answers what came before it', () => {
    const jonas: FbCommentSpec = { id: '102', author: 'Jonas Weber', text: 'Ich auch', minutesAgo: 20, collapsedPageReply: true, replies: [pageAnswer] };
    const mia: FbCommentSpec = { id: '104', author: 'Mia Roth', text: 'Und feiertags?', minutesAgo: 5 };
    const doc = pageWith([{ ...anna, replies: [jonas, mia] }], 'en');
    expect(observeAll(doc).map((c) => [c.id, c.answered])).toEqual([['101', true], ['102', true], ['104', false]]);
  });
});
