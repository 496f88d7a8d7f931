import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { signal } from '@preact/signals';
import { templates as messageTemplates } from '../a11y/messages';
import { Suggestions } from '../../../components/badge/Suggestions';
import { useMessageTemplates } from '../../../lib/i18n';
import type { Suggestion } from '../../../lib/models/messages';
import type { BadgeModel } from '../../../lib/overlay/annotator';
import { guardReply } from '../../../lib/overlay/reply-guard';
import { editorText } from '../../../lib/platforms/composer-insert';
import { observed, record } from '../badge/badge-fixtures';
import { fakeLexicalBox } from './fake-editor';

const roots: ShadowRoot[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) render(null, root);
  useMessageTemplates({});
  document.body.replaceChildren();
});

// 314 characters: X counts more than 280 and greys out its Reply button.
const LONG = `Hallo Kathi, ${'danke für deine Nachricht! '.repeat(11)}Mara`;
const settle = () => new Promise((r) => setTimeout(r, 0));

/** The focused post of an X status page and its inline reply box, with the badge's suggestions for it. */
function xPage(site: 'x' | 'facebook', filled: string) {
  const main = document.body.appendChild(document.createElement('main'));
  const item = main.appendChild(document.createElement('article'));
  item.setAttribute('data-testid', 'tweet');
  item.setAttribute('tabindex', '-1');
  const box = fakeLexicalBox(main);
  box.setAttribute('data-testid', 'tweetTextarea_0');
  if (site === 'facebook') {
    // The same markup under a Facebook comment wrapper, so Facebook's composer finds the box.
    main.setAttribute('data-commentid', 'c1');
    item.setAttribute('role', 'article');
  }
  const s: Suggestion = { topicId: 't', templateId: 'long', title: 'long', lang: 'de', score: 1, filled };
  const model: BadgeModel = {
    observed: signal(observed({ site })), record: signal(record({ key: `${site}:c1` })), notes: signal([]), authorKey: `${site}:kathi`,
    item, suggestionsOpen: signal(true), flags: signal(null), dispute: signal(null),
  };
  const host = document.body.appendChild(document.createElement('moderato-badge'));
  const root = host.attachShadow({ mode: 'open' });
  roots.push(root);
  render(<Suggestions model={model} source={{ forComment: async () => [s], used: async () => {} }} locale="en" />, root);
  return { box, root };
}

describe('a reply longer than X allows', () => {
  it('is pointed out in the badge while the X reply box holds more than 280 weighted characters', async () => {
    useMessageTemplates(messageTemplates('en'));
    expect(LONG.length).toBe(314);
    const { box, root } = xPage('x', LONG);
    await vi.waitFor(() => expect(root.querySelector('.chip')).not.toBeNull());
    // Marked before it goes in.
    expect(root.querySelector('.chip')!.classList.contains('too-long-chip')).toBe(true);
    expect(root.querySelector('.chip')!.getAttribute('title')).toContain("34 characters over X's limit");
    root.querySelector<HTMLButtonElement>('.chip')!.click();
    // Not blocked: the text goes in all the same.
    await vi.waitFor(() => expect(editorText(box)).toBe(LONG));
    await vi.waitFor(() => expect(root.querySelector('.too-long')?.textContent).toBe("34 characters over X's limit"));
    expect(root.querySelector('.too-long')!.getAttribute('role')).toBe('status');

    // The moderator shortens it to one over, then to fit: the warning follows and goes.
    box.querySelector('p')!.textContent = 'a'.repeat(281);
    await vi.waitFor(() => expect(root.querySelector('.too-long')?.textContent).toBe("1 character over X's limit"));
    box.querySelector('p')!.textContent = 'a'.repeat(280);
    await vi.waitFor(() => expect(root.querySelector('.too-long')).toBeNull());
  });

  it('speaks German with a German browser', async () => {
    useMessageTemplates(messageTemplates('de'));
    const { root } = xPage('x', LONG);
    await vi.waitFor(() => expect(root.querySelector('.chip')).not.toBeNull());
    root.querySelector<HTMLButtonElement>('.chip')!.click();
    await vi.waitFor(() => expect(root.querySelector('.too-long')?.textContent).toBe('34 Zeichen über dem Limit von X'));
  });

  it('is not said on Facebook, which takes long comments', async () => {
    useMessageTemplates(messageTemplates('en'));
    const { box, root } = xPage('facebook', LONG);
    await vi.waitFor(() => expect(root.querySelector('.chip')).not.toBeNull());
    expect(root.querySelector('.chip')!.classList.contains('too-long-chip')).toBe(false);
    root.querySelector<HTMLButtonElement>('.chip')!.click();
    await vi.waitFor(() => expect(editorText(box)).toBe(LONG));
    await settle();
    expect(root.querySelector('.too-long')).toBeNull();
  });
});

describe('reply guard: length on X', () => {
  it('counts as X does (emoji 2, links 23) and only for X', async () => {
    const box = fakeLexicalBox(document.body, `${'ü'.repeat(260)} 👍🏽 https://example.com/${'x'.repeat(40)}`);
    const onX = guardReply(box, '', { gaps: '' }, { site: 'x' });
    expect(onX.over.value).toBe(260 + 1 + 2 + 1 + 23 - 280);
    const onFacebook = guardReply(box, '', { gaps: '' }, { site: 'facebook' });
    expect(onFacebook.over.value).toBe(0);
    box.querySelector('p')!.textContent = 'kurz';
    await settle();
    expect(onX.over.value).toBe(0);
    onX.stop();
    onFacebook.stop();
  });
});
