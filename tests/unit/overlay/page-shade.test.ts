import { afterEach, describe, expect, it } from 'vitest';
import { darkBehind } from '../../../lib/overlay/page-shade';

afterEach(() => {
  document.body.replaceChildren();
  document.body.removeAttribute('style');
  document.documentElement.removeAttribute('style');
});

function nested(...backgrounds: string[]): Element {
  let parent: Element = document.body;
  for (const bg of backgrounds) {
    const div = document.createElement('div');
    if (bg) div.setAttribute('style', `background-color: ${bg}`);
    parent.append(div);
    parent = div;
  }
  return parent;
}

describe('darkBehind', () => {
  it("reads the site's own dark themes as dark and light cards as light", () => {
    expect(darkBehind(nested('#242526', ''))).toBe(true); // Facebook dark
    expect(darkBehind(nested('rgb(21, 32, 43)', '', ''))).toBe(true); // X dim
    expect(darkBehind(nested('#000000'))).toBe(true); // X lights out
    expect(darkBehind(nested('#ffffff', ''))).toBe(false);
    expect(darkBehind(nested('#f0f2f5'))).toBe(false); // Facebook's light grey
  });

  it('takes the nearest painted background: a light card on a dark page is light', () => {
    expect(darkBehind(nested('#18191a', '#ffffff', ''))).toBe(false);
    expect(darkBehind(nested('#ffffff', '#242526', ''))).toBe(true);
  });

  it('looks through transparent and faint layers', () => {
    expect(darkBehind(nested('#242526', 'rgba(255, 255, 255, 0.1)', 'transparent'))).toBe(true);
    expect(darkBehind(nested('#ffffff', 'rgba(0, 0, 0, 0.05)'))).toBe(false);
  });

  it('with nothing painted, is dark only when the page asks for a dark colour scheme', () => {
    const el = nested('', '');
    expect(darkBehind(el)).toBe(false);
    document.documentElement.setAttribute('style', 'color-scheme: dark');
    expect(darkBehind(el)).toBe(true);
  });
});
