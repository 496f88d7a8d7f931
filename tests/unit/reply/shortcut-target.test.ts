import { afterEach, describe, expect, it, vi } from 'vitest';
import { mergeObservation } from '../../../lib/comments/merge-observation';
import type { TrackedComment } from '../../../lib/models/comment';
import { Annotator, HOST_TAG } from '../../../lib/overlay/annotator';
import { suggestShortcut } from '../../../lib/overlay/suggest-shortcut';
import { facebookComposer } from '../../../lib/platforms/facebook/composer';
import { facebook } from '../../../lib/platforms/facebook/adapter';
import { DEMO_IDS, DEMO_NOW, DEMO_PAGE, renderDemoPage } from '../../fixtures/facebook/demo-company';

let annotator: Annotator | null = null;
afterEach(() => {
  annotator?.stop();
  annotator = null;
  document.body.replaceChildren();
});

async function annotated(): Promise<Annotator> {
  const parsed = new DOMParser().parseFromString(renderDemoPage('en'), 'text/html');
  document.body.replaceChildren(...Array.from(parsed.body.childNodes).map((n) => document.importNode(n, true)));
  const a = new Annotator({
    adapter: facebook, doc: document, css: '',
    record: async (comments) => ({ records: comments.map((c) => mergeObservation(undefined, c, DEMO_NOW)) }),
    mount: (root) => {
      const button = document.createElement('button');
      root.append(button);
      return () => {};
    },
    now: () => DEMO_NOW,
  });
  annotator = a;
  a.start(DEMO_PAGE.name, [DEMO_PAGE.name]);
  await vi.waitFor(() => expect(a.badgeCount()).toBeGreaterThan(5));
  return a;
}

const article = (id: string) => document.querySelector<HTMLElement>(`[data-commentid="${id}"] > [role="article"]`)!;
const press = (target: EventTarget) => target.dispatchEvent(new KeyboardEvent('keydown', { altKey: true, shiftKey: true, code: 'KeyR', key: 'R', bubbles: true, cancelable: true }));

describe('Alt+Shift+R', () => {
  it('opens the suggestions of the comment in focus, of the badge in focus, and of the comment whose reply box has the focus', async () => {
    const a = await annotated();
    const handler = suggestShortcut(a, facebookComposer, document);
    document.addEventListener('keydown', handler);
    try {
      const tom = a.modelFor(article(DEMO_IDS.tom))!;
      article(DEMO_IDS.tom).focus();
      expect(press(document.activeElement!)).toBe(false); // handled: the site does not see it
      expect(tom.suggestionsOpen.value).toBe(true);

      // A focused control inside a badge shows as the badge's host.
      const lena = a.modelFor(article(DEMO_IDS.lena))!;
      const host = article(DEMO_IDS.lena).querySelector(HOST_TAG)!;
      expect(a.modelFor(host)).toBe(lena);
      host.shadowRoot!.querySelector('button')!.focus();
      press(document.activeElement!);
      expect(lena.suggestionsOpen.value).toBe(true);

      // A reply box Facebook opened beside the comment, in its wrapper.
      const box = document.createElement('div');
      box.setAttribute('role', 'textbox');
      box.setAttribute('contenteditable', 'true');
      box.setAttribute('data-lexical-editor', 'true');
      box.tabIndex = 0;
      document.querySelector(`[data-commentid="${DEMO_IDS.mehmet}"]`)!.append(box);
      box.focus();
      press(box);
      expect(a.modelFor(article(DEMO_IDS.mehmet))!.suggestionsOpen.value).toBe(true);

      // The Page's own reply has no badge to open: the key is left to the site and the keyboard.
      const own = a.modelFor(article(DEMO_IDS.annaPageReply))!;
      expect(own.observed.peek().byOwner).toBe(true);
      article(DEMO_IDS.annaPageReply).focus();
      expect(press(document.activeElement!)).toBe(true);
      expect(own.suggestionsOpen.value).toBe(false);

      // Focus elsewhere: the key is left to the site.
      (document.activeElement as HTMLElement).blur();
      expect(press(document.body)).toBe(true);
    } finally {
      document.removeEventListener('keydown', handler);
    }
  });
});
