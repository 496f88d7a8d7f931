import { afterEach, describe, expect, it } from 'vitest';
import type { Annotator } from '../../../../lib/overlay/annotator';
import { POSTS, XID } from '../../../fixtures/x/demo-company';
import { loadPage } from '../../overlay/page-markup';
import { pageWith, readAll, setAddress } from './dom';
import { conversationPage, rowEl, settle, xHarness } from './annotator-harness';

/**
 * Markup: tests/fixtures/x/markup.ts rows. On x.com/anna_berger/status/<anna> the company's post (Anna's parent)
 * is rendered at the top of the list before the focused row (the state conversation.ts handles as pendingFocus).
 */
let annotator: Annotator | null = null;
afterEach(() => { annotator?.stop(); annotator = null; document.body.replaceChildren(); setAddress('http://localhost:3000/'); });

describe('x: the company\'s post above the focused reply', () => {
  it('does not read the company\'s parent post as a reply to the focused post', () => {
    setAddress(`https://x.com/anna_berger/status/${XID.anna}`);
    const [launch] = readAll(pageWith([{ post: POSTS.launch }]));
    expect(launch!.parentId).toBeNull();
  });

  it('does not mark the reply answered by the company post above it', async () => {
    setAddress(`https://x.com/anna_berger/status/${XID.anna}`);
    loadPage(conversationPage([{ post: POSTS.launch }]));
    const h = xHarness();
    annotator = h.annotator;
    await settle();
    const list = document.querySelector('[data-testid="cellInnerDiv"]')!.parentElement!;
    list.append(rowEl({ post: POSTS.anna, focused: true }, 180), rowEl({ composer: true }, 360));
    await settle();
    // The company never replied to Anna; her reply must stay waiting.
    expect(h.last().get(XID.anna)).toMatchObject({ parentId: XID.launch, answered: false });
  });
});
