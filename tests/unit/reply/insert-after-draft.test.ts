import { afterEach, describe, expect, it } from 'vitest';
import { editorText, insertInto } from '../../../lib/platforms/composer-insert';
import { fakeLexicalBox } from './fake-editor';

afterEach(() => document.body.replaceChildren());

/** A Lexical-shaped box holding one paragraph of the agent's draft. */
const boxWithDraft = (draft: string): HTMLElement => fakeLexicalBox(document.body, draft);

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
