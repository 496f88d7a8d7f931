import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { signal } from '@preact/signals';
import { Suggestions } from '../../../components/badge/Suggestions';
import type { Suggestion } from '../../../lib/models/messages';
import type { Annotator, BadgeModel } from '../../../lib/overlay/annotator';
import { suggestShortcut } from '../../../lib/overlay/suggest-shortcut';
import type { SuggestionSource } from '../../../lib/overlay/suggestion-source';
import { editorText } from '../../../lib/platforms/composer-insert';
import { facebookComposer } from '../../../lib/platforms/facebook/composer';
import { observed, record } from '../badge/badge-fixtures';
import { fakeLexicalBox } from './fake-editor';

const roots: ShadowRoot[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) render(null, root);
  document.body.replaceChildren();
});

const suggestion = (templateId: string): Suggestion => ({ topicId: 't', templateId, title: templateId, lang: 'en', score: 1, filled: `Hi Tom, ${templateId}` });
const LIST = [suggestion('a'), suggestion('b')];

/** A Facebook comment wrapper holding the comment and its open Lexical reply box. */
function commentWithBox(): { item: HTMLElement; box: HTMLElement } {
  const wrapper = document.body.appendChild(document.createElement('div'));
  wrapper.setAttribute('data-commentid', 'c1');
  const item = wrapper.appendChild(document.createElement('div'));
  item.setAttribute('role', 'article');
  item.tabIndex = 0;
  item.textContent = 'Hallo?';
  const box = fakeLexicalBox(wrapper);
  return { item, box };
}

function model(item: Element, open = false): BadgeModel {
  return {
    observed: signal(observed()),
    record: signal(record()),
    notes: signal([]),
    authorKey: 'facebook:kundin',
    item,
    suggestionsOpen: signal(open),
    flags: signal(null),
    dispute: signal(null),
  };
}

const source = (list: Promise<Suggestion[] | null> = Promise.resolve(LIST)): SuggestionSource => ({ forComment: () => list, used: async () => {} });

/** The badge's shadow root, as on the page. */
function mount(m: BadgeModel, src = source()): ShadowRoot {
  const host = document.body.appendChild(document.createElement('moderato-badge'));
  const root = host.attachShadow({ mode: 'open' });
  roots.push(root);
  render(<Suggestions model={m} source={src} locale="en" />, root);
  return root;
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const chip = (root: ShadowRoot, id: string) => root.querySelector<HTMLButtonElement>(`.chip[data-template="${id}"]`);

describe('suggestion chips', () => {
  it('a double click inserts the template once', async () => {
    const { item, box } = commentWithBox();
    const root = mount(model(item, true));
    await vi.waitFor(() => expect(chip(root, 'a')).not.toBeNull());
    chip(root, 'a')!.click();
    chip(root, 'a')!.click();
    await pause(100);
    expect(editorText(box)).toBe('Hi Tom, a');
  });

  it('a second chip takes the place of an untouched first, and the canned warning stays', async () => {
    const { item, box } = commentWithBox();
    const root = mount(model(item, true));
    await vi.waitFor(() => expect(chip(root, 'a')).not.toBeNull());
    chip(root, 'a')!.click();
    await vi.waitFor(() => expect(root.querySelector('.canned')).not.toBeNull());
    chip(root, 'b')!.click();
    await vi.waitFor(() => expect(editorText(box)).toBe('Hi Tom, b'));
    await pause(100);
    expect(root.querySelector('.canned')).not.toBeNull();
    expect(root.querySelector('[role="alert"]')).toBeNull();
    // The caret ends after the text: typing goes on from there, not over a selection.
    expect(document.getSelection()!.isCollapsed).toBe(true);
  });

  it('after a draft of the moderator\'s, a second chip goes in below the first, and the draft stays', async () => {
    const { item, box } = commentWithBox();
    box.querySelector('p')!.replaceChildren('Danke!');
    const root = mount(model(item, true));
    await vi.waitFor(() => expect(chip(root, 'a')).not.toBeNull());
    chip(root, 'a')!.click();
    await vi.waitFor(() => expect(editorText(box)).toBe('Danke!\n\nHi Tom, a'));
    chip(root, 'b')!.click();
    await vi.waitFor(() => expect(editorText(box)).toBe('Danke!\n\nHi Tom, a\n\nHi Tom, b'));
  });

  it('a first template the moderator edited is kept, and the second goes below it', async () => {
    const { item, box } = commentWithBox();
    const root = mount(model(item, true));
    await vi.waitFor(() => expect(chip(root, 'a')).not.toBeNull());
    chip(root, 'a')!.click();
    await vi.waitFor(() => expect(editorText(box)).toBe('Hi Tom, a'));
    box.querySelector('p')!.replaceChildren('Hi Tom, a und danke!');
    chip(root, 'b')!.click();
    await vi.waitFor(() => expect(editorText(box)).toBe('Hi Tom, a und danke!\n\nHi Tom, b'));
  });

  it('leave the focus where the user put it while they were loading', async () => {
    const { item } = commentWithBox();
    let answer!: (list: Suggestion[]) => void;
    const root = mount(model(item), source(new Promise((r) => (answer = r))));
    root.querySelector<HTMLButtonElement>('.suggest-toggle')!.click();
    await pause(100);
    const input = document.body.appendChild(document.createElement('input'));
    input.focus();
    answer(LIST);
    await vi.waitFor(() => expect(chip(root, 'a')).not.toBeNull());
    await pause(100);
    expect(document.activeElement).toBe(input);
    expect(root.activeElement).toBeNull();
  });

  it('take the focus when it has not moved since they were opened', async () => {
    const { item } = commentWithBox();
    let answer!: (list: Suggestion[]) => void;
    const root = mount(model(item), source(new Promise((r) => (answer = r))));
    item.focus();
    root.querySelector<HTMLButtonElement>('.suggest-toggle')!.click();
    await pause(100);
    answer(LIST);
    await vi.waitFor(() => expect(root.activeElement).toBe(chip(root, 'a')));
  });

  it('take the focus again when Alt+Shift+R is pressed while they are open', async () => {
    const { item } = commentWithBox();
    const m = model(item);
    const root = mount(m);
    const annotator = { active: true, modelFor: (el: Element | null) => (el === item ? m : null), hasItem: () => false } as unknown as Annotator;
    const handler = suggestShortcut(annotator, facebookComposer, document);
    document.addEventListener('keydown', handler);
    const press = () => item.dispatchEvent(new KeyboardEvent('keydown', { altKey: true, shiftKey: true, code: 'KeyR', key: 'R', bubbles: true, cancelable: true }));
    const inChips = () => Boolean(root.activeElement?.closest('.suggestions'));
    try {
      await pause(100);
      item.focus();
      press();
      await vi.waitFor(() => expect(inChips()).toBe(true));
      await pause(100);
      item.focus();
      expect(inChips()).toBe(false);
      press();
      await pause(100);
      expect(inChips()).toBe(true);
    } finally {
      document.removeEventListener('keydown', handler);
    }
  });
});
