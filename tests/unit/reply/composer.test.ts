import { afterEach, describe, expect, it } from 'vitest';
import { comparable, editorText, insertReply } from '../../../lib/platforms/composer-insert';
import { facebookComposer } from '../../../lib/platforms/facebook/composer';
import { xComposer } from '../../../lib/platforms/x/composer';
import { DEMO_IDS, renderDemoPage } from '../../fixtures/facebook/demo-company';
import { loadPage } from '../overlay/page-markup';

let site = new AbortController();
afterEach(() => {
  site.abort();
  site = new AbortController();
  document.body.replaceChildren();
});

const article = (id: string) => document.querySelector(`[data-commentid="${id}"] > [role="article"]`)!;

/** A box shaped like Facebook's Lexical reply editor, holding `markup` (fixture markup, not page text). */
function lexicalBox(markup: string): HTMLElement {
  const box = document.createElement('div');
  box.setAttribute('role', 'textbox');
  box.setAttribute('contenteditable', 'true');
  box.setAttribute('data-lexical-editor', 'true');
  box.innerHTML = markup;
  return box;
}

/** Facebook's behaviour: "Reply" opens a Lexical-shaped box at the end of the comment's wrapper. */
function openBoxesOnReply(): void {
  document.addEventListener('click', (e) => {
    const b = (e.target as Element).closest('[role="button"]');
    if (!b || !/^(Reply|Antworten)$/.test(b.textContent ?? '')) return;
    const wrapper = b.closest('[data-commentid]')!;
    setTimeout(() => wrapper.append(lexicalBox('<p><br></p>')), 20);
  }, { signal: site.signal });
}

describe('editor text', () => {
  it('reads Lexical paragraphs and <br> line breaks, and Draft.js blocks, as lines', () => {
    const lexical = document.createElement('div');
    lexical.innerHTML = '<p><span>Hallo Anna,</span><br><span>danke für deine Nachricht! 😊</span></p><p><br></p>';
    expect(editorText(lexical)).toBe('Hallo Anna,\ndanke für deine Nachricht! 😊\n');
    const draft = document.createElement('div');
    draft.innerHTML = '<div data-contents="true"><div data-block="true"><div><span><span data-text="true">Hi Kathi</span></span></div></div>'
      + '<div data-block="true"><div><span><br data-text="true"></span></div></div></div>';
    expect(editorText(draft)).toBe('Hi Kathi\n');
    expect(comparable('a\u00a0b\r\n\r\nc ')).toBe('a b\nc');
  });
});

describe('Facebook reply box', () => {
  it('opens the comment\'s own reply box with its Reply button and never takes the post\'s comment box', async () => {
    loadPage(renderDemoPage('en'));
    openBoxesOnReply();
    const box = await facebookComposer.replyBoxFor(article(DEMO_IDS.tom));
    expect(box).not.toBeNull();
    expect(box!.closest('[data-commentid]')!.getAttribute('data-commentid')).toBe(DEMO_IDS.tom);
    // Asked again, the open box is reused: no second click, no second box.
    expect(await facebookComposer.replyBoxFor(article(DEMO_IDS.tom))).toBe(box);
    expect(document.querySelectorAll(`[data-commentid="${DEMO_IDS.tom}"] [data-lexical-editor]`)).toHaveLength(1);
  });

  it('a parent comment\'s box is not its reply\'s: the reply opens its own', async () => {
    loadPage(renderDemoPage('en'));
    openBoxesOnReply();
    const parentBox = await facebookComposer.replyBoxFor(article(DEMO_IDS.lena));
    const replyBox = await facebookComposer.replyBoxFor(article(DEMO_IDS.lenaJonasReply));
    expect(replyBox).not.toBeNull();
    expect(replyBox).not.toBe(parentBox);
    expect(replyBox!.closest('[data-commentid]')!.getAttribute('data-commentid')).toBe(DEMO_IDS.lenaJonasReply);
  });

  it('says so when no reply box appears, and when a box takes no text', async () => {
    loadPage(renderDemoPage('de'));
    // No site behaviour: the button does nothing.
    expect(await insertReply(facebookComposer, article(DEMO_IDS.tom), 'Hallo')).toEqual({ kind: 'no-reply-box' });
    // A box that ignores paste and beforeinput (no editor behind it) refuses, and keeps its text.
    const wrapper = document.querySelector(`[data-commentid="${DEMO_IDS.tom}"]`)!;
    const dead = lexicalBox('<p>schon da</p>');
    wrapper.append(dead);
    const outcome = await insertReply(facebookComposer, article(DEMO_IDS.tom), 'Hallo');
    expect(outcome.kind).toBe('refused');
    expect(editorText(dead)).toBe('schon da');
  }, 15_000);

  it('inserts through a paste handler and confirms on the DOM', async () => {
    loadPage(renderDemoPage('en'));
    const wrapper = document.querySelector(`[data-commentid="${DEMO_IDS.tom}"]`)!;
    const box = lexicalBox('<p><br></p>');
    wrapper.append(box);
    // An editor that takes pasted text/plain, line breaks as <br>.
    box.addEventListener('paste', (e) => {
      const text = (e as ClipboardEvent).clipboardData!.getData('text/plain');
      const p = box.querySelector('p')!;
      p.replaceChildren();
      text.split('\n').forEach((line, i) => {
        if (i) p.append(document.createElement('br'));
        const span = document.createElement('span');
        span.textContent = line;
        p.append(span);
      });
      e.preventDefault();
    });
    const outcome = await insertReply(facebookComposer, article(DEMO_IDS.tom), 'Hi Tom,\nthanks! 😊');
    expect(outcome).toEqual({ kind: 'inserted', box });
    expect(editorText(box)).toBe('Hi Tom,\nthanks! 😊');
    expect(facebookComposer.commentForFocus(box, () => true)).toBe(article(DEMO_IDS.tom));
  });
});

describe('X reply box', () => {
  const post = (id: string, focused: boolean) =>
    `<article data-testid="tweet" tabindex="${focused ? -1 : 0}" data-id="${id}"><div role="group" aria-label="0 replies"><button data-testid="reply" type="button">0</button></div></article>`;
  const composer = '<div class="DraftEditor-root"><div data-testid="tweetTextarea_0" contenteditable="true" role="textbox"><div data-contents="true"></div></div></div>';

  it('answers the focused post in the inline box, another post in the reply dialog its button opens', async () => {
    document.body.innerHTML = `<main>${post('1', true)}${composer}${post('2', false)}</main>`;
    document.querySelector('[data-id="2"] [data-testid="reply"]')!.addEventListener('click', () => {
      setTimeout(() => document.body.insertAdjacentHTML('beforeend', `<div role="dialog">${composer}</div>`), 20);
    });
    const inline = await xComposer.replyBoxFor(document.querySelector('[data-id="1"]')!);
    expect(inline?.closest('[role="dialog"]')).toBeNull();
    expect(inline?.getAttribute('data-testid')).toBe('tweetTextarea_0');
    const inDialog = await xComposer.replyBoxFor(document.querySelector('[data-id="2"]')!);
    expect(inDialog?.closest('[role="dialog"]')).not.toBeNull();
    expect(xComposer.commentForFocus(inline!, () => true)).toBe(document.querySelector('[data-id="1"]'));
  });
});
