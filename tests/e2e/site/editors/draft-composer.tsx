// An X-style reply box with the real Draft.js editor from npm (the editor X runs), replacing the fixture's
// static Draft-shaped composer. This is the host page's code, not Moderato's.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Editor, EditorState } from 'draft-js';

declare global {
  interface Window {
    __draft?: () => string;
  }
}

function Composer({ placeholder }: { placeholder: string }) {
  const [state, setState] = useState(() => EditorState.createEmpty());
  // The editor's own content, read by the tests: what X would post.
  window.__draft = () => state.getCurrentContent().getPlainText();
  return <Editor editorState={state} onChange={setState} placeholder={placeholder} webDriverTestID="tweetTextarea_0" ariaLabel="Post text" />;
}

/** Mounts the real editor into every static composer slot (DraftEditor-root) on the page. */
function mountAll(): void {
  // Only the fixture's static slots: the real editor renders a DraftEditor-root of its own.
  for (const slot of Array.from(document.querySelectorAll<HTMLElement>('.DraftEditor-root'))) {
    if (slot.closest('[data-real]')) continue;
    const placeholder = slot.textContent?.trim() || 'Post your reply';
    const host = document.createElement('div');
    host.setAttribute('data-real', 'draft');
    slot.replaceWith(host);
    createRoot(host).render(<Composer placeholder={placeholder} />);
  }
}
mountAll();
new MutationObserver(mountAll).observe(document.documentElement, { childList: true, subtree: true });
