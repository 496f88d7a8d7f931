import { describe, expect, it } from 'vitest';
import { findTextRoot, mapReadableText, rangesForSpans } from '../../../lib/overlay/highlight';
import { readableText } from '../../../lib/platforms/dom-text';

function dom(html: string): HTMLElement {
  const div = document.createElement('div');
  // Test markup only (never page text): builds the shapes Facebook renders.
  div.innerHTML = html;
  document.body.append(div);
  return div;
}

const spanOf = (text: string, words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });

describe('mapping flag spans back to the comment\'s text nodes', () => {
  it('reproduces readableText exactly, across paragraphs, line breaks, emoji and stray spaces', () => {
    const root = dom('<span dir="auto" lang="de"><div dir="auto">  Ihr seid <b>Idioten</b> \t<br>echt</div><div dir="auto"><img alt="😡"> SCHEISSE   </div><div></div><div></div><div>Ende</div></span>');
    const mapped = mapReadableText(root);
    expect(mapped.text).toBe(readableText(root));
    expect(mapped.origins).toHaveLength(mapped.text.length);
  });

  it('gives ranges whose text is the flagged words, even across element boundaries and with an emoji image', () => {
    const root = dom('<div dir="auto">Hallo, ihr <b>Voll</b>idioten!</div><div dir="auto">Ruf an: 0171 <i>2345678</i> <img alt="😡"></div>');
    const text = readableText(root);
    const spans = [spanOf(text, 'Vollidioten'), spanOf(text, '0171 2345678'), spanOf(text, '😡')];
    const ranges = rangesForSpans(root, text, spans);
    expect(ranges.map((r) => r.toString())).toEqual(['Vollidioten', '0171 2345678', '']);
    // The emoji is an image: its range encloses the <img> element.
    expect(ranges[2]!.cloneContents().querySelector('img')?.getAttribute('alt')).toBe('😡');
  });

  it('leaves out "See more" buttons as the adapter does, and finds the body inside the whole comment', () => {
    const item = dom('<a href="/kai">Kai</a><span dir="auto" lang="de"><div dir="auto">Das ist Betrug, ihr Spinner <div role="button">Mehr anzeigen</div></div></span><a href="?comment_id=1">3 Min.</a>');
    const text = 'Das ist Betrug, ihr Spinner';
    const root = findTextRoot(item, text);
    expect(root?.tagName).toBe('DIV');
    expect(rangesForSpans(root!, text, [spanOf(text, 'Spinner')]).map((r) => r.toString())).toEqual(['Spinner']);
  });

  it('highlights nothing when the page text no longer matches what was checked', () => {
    const root = dom('<div>Neuer Text nach dem Bearbeiten</div>');
    expect(rangesForSpans(root, 'Alter Text', [{ start: 0, end: 5 }])).toEqual([]);
    expect(findTextRoot(root, 'Alter Text')).toBeNull();
  });
});

describe('X posts (inline reading: mentions in inline divs, line breaks in the text)', () => {
  it('maps spans in a reply that starts with @mentions, as the X adapter reads it', async () => {
    const { inlineText } = await import('../../../lib/platforms/x/post-parts');
    const item = dom('<article><div data-testid="User-Name">Kai</div><div data-testid="tweetText" lang="de"><div><a href="/baeckerei">@baeckerei</a></div><span> ihr seid\r\nechte Idioten </span><img alt="😡"></div></article>');
    const tweet = item.querySelector('[data-testid="tweetText"]')!;
    const text = inlineText(tweet);
    expect(mapReadableText(tweet, undefined, 'inline').text).toBe(text);
    expect(findTextRoot(item, text, 'blocks')).toBeNull();
    const root = findTextRoot(item, text, 'inline');
    expect(root).toBe(tweet);
    expect(rangesForSpans(root!, text, [spanOf(text, 'Idioten'), spanOf(text, '@baeckerei')], 'inline').map((r) => r.toString())).toEqual(['Idioten', '@baeckerei']);
  });
});
