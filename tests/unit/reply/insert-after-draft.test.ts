import { afterEach, describe, expect, it } from 'vitest';
import { editorText, insertInto } from '../../../lib/platforms/composer-insert';

afterEach(() => document.body.replaceChildren());

/** A Lexical-shaped box holding one paragraph of the agent's draft; pasted text goes in at the caret. */
function boxWithDraft(draft: string): HTMLElement {
  const box = document.body.appendChild(document.createElement('div'));
  box.setAttribute('role', 'textbox');
  box.setAttribute('contenteditable', 'true');
  box.setAttribute('data-lexical-editor', 'true');
  box.appendChild(document.createElement('p')).textContent = draft;
  box.addEventListener('paste', (e) => {
    const text = (e as ClipboardEvent).clipboardData!.getData('text/plain');
    const range = document.getSelection()!.getRangeAt(0);
    const lines = document.createDocumentFragment();
    text.split('\n').forEach((line, i) => {
      if (i) lines.append(document.createElement('br'));
      lines.append(document.createTextNode(line));
    });
    range.insertNode(lines);
    e.preventDefault();
  });
  return box;
}

describe('inserting after a draft', () => {
  it('puts the template below a blank line, not glued to the draft\'s last word', async () => {
    const box = boxWithDraft('Danke!');
    const outcome = await insertInto(box, 'Hallo Tom', false, 200);
    expect(outcome).toEqual({ kind: 'inserted', box });
    expect(editorText(box)).toBe('Danke!\n\nHallo Tom');
  });

  it('does not count a template glued to the draft as inserted', async () => {
    const box = boxWithDraft('Danke!');
    // An editor that ignores the line breaks it is given.
    box.addEventListener('paste', (e) => {
      e.stopImmediatePropagation();
      box.querySelector('p')!.append(document.createTextNode((e as ClipboardEvent).clipboardData!.getData('text/plain').trim()));
    }, { capture: true });
    expect((await insertInto(box, 'Hallo Tom', false, 200)).kind).toBe('refused');
  });
});
