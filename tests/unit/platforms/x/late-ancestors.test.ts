import { afterEach, describe, expect, it } from 'vitest';
import type { Annotator } from '../../../../lib/overlay/annotator';
import { POSTS, XID } from '../../../fixtures/x/demo-company';
import { loadPage } from '../../overlay/page-markup';
import { setAddress } from './dom';
import { conversationPage, rowEl, settle, xHarness } from './annotator-harness';

/**
 * A reply's own page, opened from a notification: X shows the post it has cached first and inserts the
 * conversation above it when that has loaded. Read alone, the reply names nobody; read again with the
 * company's post above it, it is a reply to the company.
 */
let annotator: Annotator | null = null;
afterEach(() => { annotator?.stop(); annotator = null; document.body.replaceChildren(); setAddress('http://localhost:3000/'); });

describe('x: a reply read before the conversation above it arrives', () => {
  it('is read again once the company\'s post is drawn above it, and then badged, stored and answered', async () => {
    setAddress(`https://x.com/anna_berger/status/${XID.anna}`);
    loadPage(conversationPage([{ post: POSTS.anna, focused: true }, { composer: true }]));
    const h = xHarness();
    annotator = h.annotator;
    await settle();
    expect(h.last().has(XID.anna)).toBe(false);
    // X lays the list out again: the company's post on top, the same focused row moved down below it.
    const list = document.querySelector('[data-testid="cellInnerDiv"]')!.parentElement!;
    const [focused, ...rest] = [...list.children] as HTMLElement[];
    focused!.style.transform = 'translateY(180px)';
    list.replaceChildren(rowEl({ post: POSTS.launch }, 0), focused!, ...rest);
    await settle();
    expect(h.last().get(XID.anna)).toMatchObject({ parentId: XID.launch, answered: false });
    list.append(rowEl({ post: POSTS.annaAnswer }, 540));
    await settle();
    expect(h.last().get(XID.anna)).toMatchObject({ answered: true });
  });
});
