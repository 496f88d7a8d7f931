// A fixture page's Facebook-style reply boxes, with the real Lexical editor from npm (the editor Facebook
// runs). Clicking a comment's "Reply"/"Antworten" opens a reply box in the comment's wrapper, as
// Facebook does. This is the host page's code, not Moderato's.
import { $createParagraphNode, $getRoot, createEditor, type LexicalEditor } from 'lexical';
import { registerPlainText } from '@lexical/plain-text';
import { createEmptyHistoryState, registerHistory } from '@lexical/history';

declare global {
  interface Window {
    __lexical?: LexicalEditor;
    __lexicalText?: (commentId?: string) => string | null;
  }
}

const editors = new Map<string, LexicalEditor>();

function mount(el: HTMLElement): LexicalEditor {
  const editor = createEditor({ namespace: 'fixture-reply', onError: (e) => { throw e; } });
  editor.setRootElement(el);
  registerPlainText(editor);
  registerHistory(editor, createEmptyHistoryState(), 300);
  // A vanilla Lexical editor starts without a paragraph; Facebook's always has one.
  editor.update(() => {
    const root = $getRoot();
    if (root.getFirstChild() === null) root.append($createParagraphNode());
  }, { discrete: true, tag: 'history-merge' });
  return editor;
}

function openReplyBox(wrapper: Element): void {
  const id = wrapper.getAttribute('data-commentid') ?? '';
  const existing = wrapper.querySelector<HTMLElement>(':scope > [data-fixture-reply-box] [role="textbox"]');
  if (existing) {
    existing.focus();
    return;
  }
  const author = wrapper.querySelector('[role="article"] a[tabindex="0"] span[dir="auto"]')?.textContent ?? '';
  const german = document.documentElement.lang === 'de' || /Antworten/.test(wrapper.textContent ?? '');
  const box = document.createElement('div');
  box.setAttribute('data-fixture-reply-box', id);
  const editable = document.createElement('div');
  editable.setAttribute('role', 'textbox');
  editable.setAttribute('contenteditable', 'true');
  editable.setAttribute('spellcheck', 'true');
  editable.setAttribute('aria-placeholder', german ? `Antworte ${author} …` : `Reply to ${author}…`);
  box.append(editable);
  wrapper.append(box);
  const editor = mount(editable);
  editors.set(id, editor);
  window.__lexical = editor;
  editable.focus();
}

document.addEventListener('click', (e) => {
  const button = e.target instanceof Element ? e.target.closest('[role="button"]') : null;
  if (!button || !/^(Reply|Antworten)$/.test((button.textContent ?? '').trim())) return;
  const wrapper = button.closest('[data-commentid]');
  if (wrapper) openReplyBox(wrapper);
});

/** The editor's own state as plain text (not its DOM): what Facebook would send. */
window.__lexicalText = (commentId) => {
  const editor = commentId ? editors.get(commentId) : window.__lexical;
  return editor ? editor.getEditorState().read(() => $getRoot().getTextContent()) : null;
};
