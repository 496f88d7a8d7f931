import { afterEach, describe, expect, it } from 'vitest';
import type { ObservedComment } from '../../../lib/models/comment';
import type { SuggestItem, Suggestion } from '../../../lib/models/messages';
import { guardReply } from '../../../lib/overlay/reply-guard';
import { isSuggestShortcut } from '../../../lib/overlay/suggest-shortcut';
import { createSuggestionSource } from '../../../lib/overlay/suggestion-source';

afterEach(() => document.body.replaceChildren());

const comment = (id: string, text: string): ObservedComment => ({
  site: 'facebook', id, text, author: { name: 'Tom Fischer', profileUrl: null }, pageName: 'Bäckerei Sonnenschein',
} as unknown as ObservedComment);
const suggestion = (templateId: string): Suggestion => ({ topicId: 't', templateId, title: templateId, lang: 'en', score: 1, filled: `Hi Tom, ${templateId}` });

describe('suggestion source', () => {
  it('asks once per moment for all badges opened together, and not again for the same text', async () => {
    const calls: SuggestItem[][] = [];
    const source = createSuggestionSource(async (items) => {
      calls.push(items);
      return new Map(items.map((i) => [i.key, [suggestion(`for-${i.key}`)]]));
    }, async () => {});
    const [a, b] = await Promise.all([source.forComment(comment('1', 'Do you deliver?')), source.forComment(comment('2', 'Open on Sunday?'))]);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.map((i) => i.key)).toEqual(['facebook:1', 'facebook:2']);
    expect(calls[0]![0]).toMatchObject({ text: 'Do you deliver?', authorName: 'Tom Fischer', pageName: 'Bäckerei Sonnenschein' });
    expect(a![0]!.templateId).toBe('for-facebook:1');
    expect(b![0]!.templateId).toBe('for-facebook:2');
    await source.forComment(comment('1', 'Do you deliver?'));
    expect(calls).toHaveLength(1);
    // An edited comment is a new question.
    await source.forComment(comment('1', 'Do you deliver to Kreuzberg?'));
    expect(calls).toHaveLength(2);
  });

  it('reports an unreachable background as null and asks again next time', async () => {
    let up = false;
    const source = createSuggestionSource(async (items) => (up ? new Map(items.map((i) => [i.key, []])) : null), async () => {});
    expect(await source.forComment(comment('1', 'x'))).toBeNull();
    up = true;
    expect(await source.forComment(comment('1', 'x'))).toEqual([]);
  });
});

describe('personalisation guard', () => {
  function editor(text: string): HTMLElement {
    const box = document.createElement('div');
    box.setAttribute('contenteditable', 'true');
    const p = document.createElement('p');
    p.textContent = text;
    box.append(p);
    document.body.append(box);
    return box;
  }
  const settle = () => new Promise((r) => setTimeout(r, 0));
  const hintItems = (box: HTMLElement) => {
    const host = box.nextElementSibling;
    return host?.tagName === 'MODERATO-BADGE' ? Array.from(host.shadowRoot!.querySelectorAll('li')).map((li) => li.textContent) : [];
  };

  it('is canned until the agent writes something, lists the gaps beside the box until they are filled', async () => {
    const filled = 'Hi Tom, your order ships on [[date]] via [[courier]].';
    const box = editor(filled);
    const guard = guardReply(box, filled, { gaps: 'Still to fill in:' });
    expect(guard.state.value).toBe('canned');
    expect(hintItems(box)).toEqual(['[[date]]', '[[courier]]']);

    box.querySelector('p')!.textContent = 'Hi Tom, your order ships on Monday via [[courier]].';
    await settle();
    expect(guard.state.value).toBe('placeholders');
    expect(hintItems(box)).toEqual(['[[courier]]']);

    box.querySelector('p')!.textContent = 'Hi Tom, your order ships on Monday via DHL.';
    await settle();
    expect(guard.state.value).toBe('personal');
    expect(box.nextElementSibling).toBeNull();
    guard.stop();
  });

  it('page text in a gap is shown as text, never as markup', () => {
    const filled = 'Hallo [[<img src=x onerror=alert(1)>]]';
    const box = editor(filled);
    const guard = guardReply(box, filled, { gaps: 'Noch auszufüllen:' });
    const host = box.nextElementSibling!;
    expect(host.shadowRoot!.querySelector('img')).toBeNull();
    expect(hintItems(box)).toEqual(['[[<img src=x onerror=alert(1)>]]']);
    guard.stop();
  });

  it('ends when the box leaves the page', async () => {
    const filled = 'Hi [[name]]';
    const box = editor(filled);
    const guard = guardReply(box, filled, { gaps: 'x' });
    const host = box.nextElementSibling!;
    box.remove();
    await new Promise((r) => setTimeout(r, 1100));
    expect(guard.state.value).toBeNull();
    expect(host.isConnected).toBe(false);
  });
});

describe('keyboard shortcut', () => {
  it('is Alt+Shift+R by key position, and nothing with Ctrl or Meta', () => {
    const key = (init: KeyboardEventInit) => isSuggestShortcut(new KeyboardEvent('keydown', init));
    expect(key({ altKey: true, shiftKey: true, code: 'KeyR', key: 'R' })).toBe(true);
    expect(key({ altKey: true, shiftKey: true, code: 'KeyR', key: '‰' })).toBe(true);
    expect(key({ altKey: true, shiftKey: true, ctrlKey: true, code: 'KeyR', key: 'R' })).toBe(false);
    expect(key({ altKey: true, code: 'KeyR', key: 'r' })).toBe(false);
    expect(key({ shiftKey: true, code: 'KeyR', key: 'R' })).toBe(false);
  });
});
