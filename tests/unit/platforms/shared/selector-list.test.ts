import { describe, expect, it } from 'vitest';
import { combined, matchesAny, queryAllFirst } from '../../../../lib/platforms/selector-list';
import type { SelectorList } from '../../../../lib/platforms/types';

const list: SelectorList = [
  { css: '[data-testid="comment"]', seen: 'newest' },
  { css: 'div[role="article"]', seen: 'fallback' },
  { css: 'article', seen: 'oldest' },
];

const doc = (html: string) => new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');

describe('queryAllFirst', () => {
  it('uses the first candidate that matches anything, and says which', () => {
    const d = doc('<div role="article" id="a"></div><div data-testid="comment" id="b"></div><article id="c"></article>');
    const r = queryAllFirst(d, list);
    expect(r.index).toBe(0);
    expect(r.elements.map((e) => e.id)).toEqual(['b']);
  });

  it('falls back in order when newer forms are gone', () => {
    const d = doc('<article id="c"></article><div role="article" id="a"></div><div role="article" id="a2"></div>');
    expect(queryAllFirst(d, list)).toMatchObject({ index: 1 });
    expect(queryAllFirst(d, list).elements.map((e) => e.id)).toEqual(['a', 'a2']);
    expect(queryAllFirst(doc('<article id="c"></article>'), list).index).toBe(2);
  });

  it('reports a miss as index -1', () => {
    expect(queryAllFirst(doc('<p></p>'), list)).toEqual({ elements: [], index: -1 });
  });

  it('searches below the given root only', () => {
    const d = doc('<section id="s"><article id="in"></article></section><article id="out"></article>');
    expect(queryAllFirst(d.getElementById('s')!, list).elements.map((e) => e.id)).toEqual(['in']);
  });
});

describe('matchesAny and combined', () => {
  it('tests membership against every candidate', () => {
    const d = doc('<article id="c"></article><p id="p"></p>');
    expect(matchesAny(d.getElementById('c')!, list)).toBe(true);
    expect(matchesAny(d.getElementById('p')!, list)).toBe(false);
    expect(combined(list)).toBe('[data-testid="comment"], div[role="article"], article');
    expect(d.querySelectorAll(combined(list))).toHaveLength(1);
  });
});
