import { describe, expect, it } from 'vitest';
import { MAX_TEXT, tidyText, walkText } from '../../../../lib/platforms/dom-text';
import { oneLineShown, rawPlainText, rawShownText, tidyShown } from '../../../../lib/platforms/x/shown-text';
import { parse } from './dom';

/** X's text readers are shortcuts of dom-text's: these pin them to what the general code gives. */
const INERT = /^(SCRIPT|STYLE|TEMPLATE)$/;
const general = (root: Node, skip?: (el: Element) => boolean) => walkText(root, { skip, inert: INERT });
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

const samples = [
  '<a href="/anna"><div><span>Anna  Berger</span></div></a>',
  '<a href="/anna"><span>Lena 🌻</span><img alt="🌻"><br>zwei</a>',
  '<a href="/anna"><script>no</script><style>.x{}</style><template>t</template>Name<svg><title>badge</title></svg></a>',
  '<a href="/anna"><!-- note -->\r\n  Name \t\n\n\n\n end  </a>',
  `<a href="/anna">${'x'.repeat(MAX_TEXT + 5)}</a>`,
  `<a href="/anna">${' \n'.repeat(MAX_TEXT)}Name</a>`,
  '<a href="/anna"></a>',
];

describe('x shown text', () => {
  it('walks like walkText with X\'s options, with and without a skip', () => {
    const skip = (el: Element) => el.tagName === 'SPAN';
    for (const html of samples) {
      const root = parse(`<main>${html}</main>`).querySelector('a')!;
      expect(rawShownText(root)).toBe(general(root));
      expect(rawShownText(root, skip)).toBe(general(root, skip));
    }
    const img = parse('<img alt="🥐">').querySelector('img')!;
    expect(rawShownText(img)).toBe('🥐');
  });

  it('reads plain elements through textContent and gives the walk\'s text for every other shape', () => {
    for (const html of samples) {
      const root = parse(`<main>${html}</main>`).querySelector('a')!;
      expect(rawPlainText(root)).toBe(general(root));
    }
    expect(rawPlainText(parse('<img alt="🥐">').querySelector('img')!)).toBe('🥐');
  });

  it('tidies and joins lines as tidyText and oneLine would', () => {
    for (const html of samples) {
      const raw = general(parse(`<main>${html}</main>`).querySelector('a')!);
      const tidied = tidyText(raw.replace(/\r\n?/g, '\n'));
      expect(tidyShown(raw)).toBe(tidied);
      expect(oneLineShown(raw)).toBe(oneLine(tidied));
    }
    for (const raw of ['', '  a  ', 'a\rb', 'a \t\nb', '\u00a0a\u2028', 'x'.repeat(MAX_TEXT + 1)]) {
      expect(tidyShown(raw)).toBe(tidyText(raw.replace(/\r\n?/g, '\n')));
      expect(oneLineShown(raw)).toBe(oneLine(tidyText(raw.replace(/\r\n?/g, '\n'))));
    }
  });
});
