import { afterEach, describe, expect, it } from 'vitest';
import { insertReply } from '../../../lib/platforms/composer-insert';
import { xComposer } from '../../../lib/platforms/x/composer';

afterEach(() => document.body.replaceChildren());

// X's real reply box: the Draft.js editor (tweetTextarea_0) sits inside a wrapper div whose test id also
// starts with "tweetTextarea_" (tweetTextarea_0RichTextInputContainer), next to a <label data-testid="tweetTextarea_0_label">.
const editor = '<div data-testid="tweetTextarea_0" contenteditable="true" role="textbox" tabindex="0"><div data-contents="true">'
  + '<div data-block="true"><div><span><br data-text="true"></span></div></div></div></div>';
// As X renders it (and tests/fixtures/x/markup.ts composerHtml): the placeholder sits in DraftEditor-root, before the editor.
const placeholder = '<div class="public-DraftEditorPlaceholder-root"><div class="public-DraftEditorPlaceholder-inner">Post your reply</div></div>';
const composer = `<div data-testid="tweetTextarea_0RichTextInputContainer"><div class="DraftEditor-root">${placeholder}<div class="DraftEditor-editorContainer">${editor}</div></div></div>`;
const post = (id: string, focused: boolean) =>
  `<article data-testid="tweet" tabindex="${focused ? -1 : 0}" data-id="${id}"><div role="group" aria-label="0 replies"><button data-testid="reply" type="button">0</button></div></article>`;

/** Draft.js takes a pasted text/plain into its block (enough for the check). */
function draftBehaviour(): void {
  for (const ed of Array.from(document.querySelectorAll<HTMLElement>('[data-testid="tweetTextarea_0"]'))) {
    ed.addEventListener('paste', (e) => {
      const text = (e as ClipboardEvent).clipboardData!.getData('text/plain');
      ed.querySelector('[data-block] span')!.replaceChildren(Object.assign(document.createElement('span'), { textContent: text }));
      e.preventDefault();
    });
  }
}

describe('X reply box inside X\'s RichTextInputContainer', () => {
  it('the inline box is the Draft.js editor, not its wrapper', async () => {
    document.body.innerHTML = `<main>${post('1', true)}${composer}</main>`;
    const box = await xComposer.replyBoxFor(document.querySelector('[data-id="1"]')!);
    expect(box?.getAttribute('data-testid')).toBe('tweetTextarea_0');
  });

  it('the reply dialog\'s box is the Draft.js editor, not its wrapper', async () => {
    document.body.innerHTML = `<main>${post('2', false)}</main>`;
    document.querySelector('[data-testid="reply"]')!.addEventListener('click', () => {
      document.body.insertAdjacentHTML('beforeend', `<div role="dialog">${composer}</div>`);
    });
    const box = await xComposer.replyBoxFor(document.querySelector('[data-id="2"]')!);
    expect(box?.getAttribute('data-testid')).toBe('tweetTextarea_0');
  });

  it('an empty reply box (placeholder showing) takes the template, and the editor has the focus after it', async () => {
    document.body.innerHTML = `<main>${post('1', true)}${composer}</main>`;
    draftBehaviour();
    const chip = document.body.appendChild(document.createElement('button'));
    chip.focus();
    const outcome = await insertReply(xComposer, document.querySelector('[data-id="1"]')!, 'Hi Kathi');
    // Current code: the caret goes into the placeholder's text (the wrapper's last text node), the paste is
    // dispatched there, outside the editor, and Draft.js never sees it: 'refused'.
    expect(outcome.kind).toBe('inserted');
    expect(document.querySelector('[data-testid="tweetTextarea_0"]')!.textContent).toBe('Hi Kathi');
    expect(document.activeElement?.getAttribute('data-testid')).toBe('tweetTextarea_0');
  });
});
