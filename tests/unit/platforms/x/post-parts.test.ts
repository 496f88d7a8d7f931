import { describe, expect, it } from 'vitest';
import { actionBarOf } from '../../../../lib/platforms/x/action-bar';
import { authorOf, ownFirst, ownPermalink, textOf } from '../../../../lib/platforms/x/post-parts';
import { X } from '../../../../lib/platforms/x/selectors';
import { parse } from './dom';

/**
 * The post's own parts are found from the first match (or, for the action row, the last) and a walk up from it;
 * when that match is a quoted post's, the others are looked at. X draws the quote after the post's own parts,
 * so these articles put it first on purpose.
 */
const quoteFirst = parse(`<main><article data-testid="tweet">
  <div role="link"><div data-testid="User-Name"><span>Quoted Person @quoted_one</span>
    <a href="/quoted_one/status/111"><time datetime="2026-03-01T10:00:00.000Z">1 Mar</time></a></div>
    <div data-testid="tweetText" lang="de">quoted text</div>
    <div role="group" aria-label="quote actions"><button>q</button></div></div>
  <div data-testid="User-Name"><a href="/own_author"><span>Own Author</span></a><a href="/own_author"><span>@own_author</span></a>
    <a href="/own_author/status/222"><time datetime="2026-03-10T09:00:00.000Z">1h</time></a></div>
  <div data-testid="tweetText" lang="de">own text</div>
  <div role="group" aria-label="own actions"><button>r</button></div>
  <div role="link"><div role="group" aria-label="late quote actions"><button>q</button></div></div>
</article></main>`).querySelector('article')!;

describe('x post parts: a quote before the post\'s own parts', () => {
  it('takes the post\'s own permalink, author, text and action row, never the quote\'s', () => {
    const permalink = ownPermalink(quoteFirst);
    expect(permalink).toMatchObject({ id: '222', handle: 'own_author' });
    expect(authorOf(quoteFirst, permalink)).toEqual({ handle: 'own_author', displayName: 'Own Author' });
    expect(ownFirst(quoteFirst, X.userName)?.textContent).toContain('Own Author');
    expect(textOf(quoteFirst)).toBe('own text');
    expect(actionBarOf(quoteFirst)?.getAttribute('aria-label')).toBe('own actions');
  });

  it('finds no action row, text or permalink of its own when only the quote has them', () => {
    const bare = parse(`<article><div role="link"><a href="/q/status/1"><time>1h</time></a>
      <div data-testid="tweetText">q</div><div role="group">x</div></div></article>`).querySelector('article')!;
    expect(ownPermalink(bare)).toBeNull();
    expect(textOf(bare)).toBe('');
    expect(actionBarOf(bare)).toBeNull();
  });

  it('looks for the action row backwards only among elements every X.actionBar candidate could match', () => {
    for (const c of X.actionBar) expect(c.css).toContain('div[role="group"]');
  });
});
