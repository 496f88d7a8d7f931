import { describe, expect, it } from 'vitest';
import { MAX_TEXT, readableText } from '../../../../lib/platforms/dom-text';
import { HOSTILE_TEXT, hugeText } from '../../../fixtures/facebook/demo-company';
import { esc, textWithEmoji } from '../../../fixtures/facebook/markup';

const el = (html: string) => new DOMParser().parseFromString(`<body><div id="root">${html}</div></body>`, 'text/html').getElementById('root')!;

describe('readableText', () => {
  it('reads emoji images as their alt text', () => {
    expect(readableText(el(textWithEmoji('Super 😍🥐 danke')))).toBe('Super 😍🥐 danke');
  });

  it('turns <br> and blocks into line breaks, without piling them up', () => {
    expect(readableText(el('<div>eins</div><div>zwei<br>drei</div><div></div><div></div><p>vier</p>'))).toBe('eins\nzwei\ndrei\nvier');
  });

  it('trims and drops spaces before line breaks', () => {
    expect(readableText(el('  <span>Hallo   </span><br>  Welt  '))).toBe('Hallo\n  Welt');
  });

  it('leaves out what `skip` names, e.g. a "See more" button', () => {
    expect(readableText(el('Langer Text <div role="button">See more</div>'), (e) => e.matches('[role="button"]'))).toBe('Langer Text');
  });

  it('keeps markup in comment text as text', () => {
    const root = el(esc(HOSTILE_TEXT));
    expect(root.children).toHaveLength(0);
    expect(readableText(root)).toBe(HOSTILE_TEXT);
  });

  it('caps a 100 KB comment at MAX_TEXT characters, marked with an ellipsis', () => {
    const text = readableText(el(esc(hugeText(100_000))));
    expect(text).toHaveLength(MAX_TEXT);
    expect(text.endsWith('…')).toBe(true);
  });

  it('stops walking once the cap is reached, even across many nodes', () => {
    const many = Array.from({ length: 5000 }, (_, i) => `<div>${'x'.repeat(20)}${i}</div>`).join('');
    const text = readableText(el(many));
    expect(text.length).toBe(MAX_TEXT);
  });
});
