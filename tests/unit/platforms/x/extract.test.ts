import { beforeEach, describe, expect, it } from 'vitest';
import { MAX_TEXT } from '../../../../lib/platforms/dom-text';
import { ConversationMemory } from '../../../../lib/platforms/x/conversation';
import { readXPost } from '../../../../lib/platforms/x/extract';
import { MINUTE } from '../../../../lib/time/units';
import { X_COMPANY, X_DEMO_NOW, X_HOSTILE_NAME, X_HOSTILE_TEXT } from '../../../fixtures/x/demo-company';
import type { XPostSpec, XRowSpec } from '../../../fixtures/x/markup';
import { articleOf, ctx, pageWith, readAll, setAddress } from './dom';

const mention = (over: Partial<XPostSpec> = {}): XPostSpec => ({
  id: '501', handle: 'anna_berger', name: 'Anna Berger', text: '@sonnenschein_de Habt ihr heute offen?', minutesAgo: 42, lang: 'de', ...over,
});
const one = (spec: XPostSpec, ui: 'en' | 'de' = 'en') => {
  const items = readAll(pageWith([{ post: spec }], ui));
  expect(items).toHaveLength(1);
  return items[0]!;
};

beforeEach(() => setAddress('http://localhost:3000/'));

describe('x extract: who and what', () => {
  it('reads id, handle, display name, text and a clean permalink', () => {
    const item = one(mention());
    expect(item).toMatchObject({
      site: 'x', id: '501', parentId: null, byOwner: false, pageName: X_COMPANY.handle,
      author: { name: 'Anna Berger', url: 'https://x.com/anna_berger' },
      text: '@sonnenschein_de Habt ihr heute offen?',
      permalink: 'https://x.com/anna_berger/status/501',
    });
  });

  it('turns emoji images into their characters, in text and display names', () => {
    const item = one(mention({ name: 'Lena K. 🌻', text: '@sonnenschein_de Danke 😍🥐 und 🇩🇪!' }));
    expect(item.author.name).toBe('Lena K. 🌻');
    expect(item.text).toBe('@sonnenschein_de Danke 😍🥐 und 🇩🇪!');
  });

  it('keeps the text on one line around mention links and keeps real line breaks', () => {
    const item = one(mention({ text: 'Hallo @sonnenschein_de und @anna_berger,\nzweite Zeile' }));
    expect(item.text).toBe('Hallo @sonnenschein_de und @anna_berger,\nzweite Zeile');
  });

  it('gives full addresses for shortened links and leaves out the "Show more" button', () => {
    const item = one(mention({ text: '@sonnenschein_de siehe https://baeckerei.example/filialen/marktplatz-muenchen', showMore: true }));
    expect(item.text).toBe('@sonnenschein_de siehe https://baeckerei.example/filialen/marktplatz-muenchen…');
    expect(item.text).not.toMatch(/Show more|Mehr anzeigen/);
  });

  it('names the author, not whoever reposted it', () => {
    const item = one(mention({ socialContext: 'Bäckerei Sonnenschein reposted', socialHandle: X_COMPANY.handle }));
    expect(item.author).toEqual({ name: 'Anna Berger', url: 'https://x.com/anna_berger' });
    expect(item.byOwner).toBe(false);
  });

  it('falls back to "@handle" when a display name is empty', () => {
    expect(one(mention({ name: '' })).author.name).toBe('@anna_berger');
  });
});

describe('x extract: time and id come from the post\'s own permalink', () => {
  const quoting = mention({
    id: '601', minutesAgo: 90,
    quote: { id: '600', handle: 'brotblog', name: 'Brot Blog', text: 'Platz 1: @sonnenschein_de 🏆', minutesAgo: 3 * 24 * 60 },
  });

  it('takes the exact datetime of its own <time>, never the quoted post\'s', () => {
    const item = one(quoting);
    expect(item.id).toBe('601');
    expect(item.postedAt).toBe(X_DEMO_NOW - 90 * MINUTE);
    expect(item.timeSource).toBe('exact');
  });

  it('leaves the quoted post\'s text and author out', () => {
    const item = one(quoting);
    expect(item.text).toBe('@sonnenschein_de Habt ihr heute offen?');
    expect(item.author.name).toBe('Anna Berger');
  });

  it('does not count a mention inside a quoted post as written to the company', () => {
    const stranger = { ...quoting, text: 'Stimmt!', handle: 'markus_w', name: 'Markus' };
    expect(readAll(pageWith([{ post: stranger }]))).toEqual([]);
  });

  it('reads nothing of a quoted post when the post itself has no text', () => {
    const bare = { ...quoting, text: '', handle: 'markus_w', name: 'Markus' };
    expect(readAll(pageWith([{ post: bare }]))).toEqual([]);
    const [item] = readAll(pageWith([{ post: { ...bare, replyingTo: [X_COMPANY.handle] } }]));
    expect(item).toMatchObject({ id: '601', text: '', author: { name: 'Markus' } });
  });

  it('never takes the quoted post\'s time for the post\'s own, even if a status link wraps it', () => {
    const doc = pageWith([{ post: quoting }]);
    const quoteTime = doc.querySelector('div[role="link"] time')!;
    const wrap = doc.createElement('a');
    wrap.setAttribute('href', '/brotblog/status/600');
    quoteTime.replaceWith(wrap);
    wrap.append(quoteTime);
    expect(readAll(doc).map((i) => i.id)).toEqual(['601']);
    doc.querySelector('[data-testid="User-Name"] a[href$="/status/601"]')!.remove();
    expect(readXPost(articleOf(doc, '600'), ctx(), new ConversationMemory())).toEqual({ kind: 'unreadable', reason: 'no-permalink' });
  });

  it('does not take a status link in the text for the permalink', () => {
    const item = one(mention({ id: '602', linkToPost: { handle: 'sonnenschein_de', id: '999' } }));
    expect(item.id).toBe('602');
    expect(item.permalink).toBe('https://x.com/anna_berger/status/602');
  });

  it('reads the focused post\'s time under its text', () => {
    const doc = pageWith([{ post: mention({ id: '603', minutesAgo: 300 }), focused: true }]);
    const [item] = readAll(doc);
    expect(doc.querySelector('[data-testid="User-Name"] time')).toBeNull();
    expect(item).toMatchObject({ id: '603', postedAt: X_DEMO_NOW - 300 * MINUTE, timeSource: 'exact' });
  });

  it('falls back to the relative label when the datetime is missing, and cleans odd permalinks', () => {
    const doc = pageWith([{ post: mention({ id: '604', minutesAgo: 240 }) }]);
    const time = doc.querySelector('time')!;
    time.removeAttribute('datetime');
    time.closest('a')!.setAttribute('href', 'https://twitter.com/Anna_Berger/status/604/photo/1?s=20&t=tracking');
    const [item] = readAll(doc);
    expect(item).toMatchObject({ id: '604', postedAt: X_DEMO_NOW - 240 * MINUTE, timeSource: 'relative' });
    expect(item!.permalink).toBe('https://x.com/Anna_Berger/status/604');
  });

  it('reads German relative labels', () => {
    const doc = pageWith([{ post: mention({ id: '605', minutesAgo: 12 }) }], 'de');
    doc.querySelector('time')!.removeAttribute('datetime');
    expect(doc.querySelector('article a[aria-label]')!.getAttribute('aria-label')).toBe('vor 12 Minuten');
    expect(readAll(doc)[0]).toMatchObject({ postedAt: X_DEMO_NOW - 12 * MINUTE, timeSource: 'relative' });
  });
});

describe('x extract: which posts concern the company', () => {
  const reasonOf = (rows: XRowSpec[], id: string, owners: string[] = [X_COMPANY.handle]) => {
    const doc = pageWith(rows);
    const reading = readXPost(articleOf(doc, id), ctx({ ownerNames: owners }), new ConversationMemory());
    return reading.kind === 'post' ? reading.addressed : reading.kind;
  };

  it('takes the company\'s own posts, matching the handle without case', () => {
    const own = { ...mention({ id: '701', handle: 'Sonnenschein_DE', name: 'Bäckerei Sonnenschein', text: 'Heute frische Brezn' }) };
    expect(reasonOf([{ post: own }], '701')).toBe('own');
    expect(readAll(pageWith([{ post: own }]))[0]!.byOwner).toBe(true);
  });

  it('never takes a look-alike display name for the company', () => {
    const fake = mention({ id: '702', handle: 'sonnenschein_x', name: 'Bäckerei Sonnenschein', text: 'Gewinnspiel!' });
    expect(reasonOf([{ post: fake }], '702', [X_COMPANY.handle, 'Bäckerei Sonnenschein'])).toBe('not-addressed');
  });

  it('takes mentions of the handle in any case, but not of a longer handle or an e-mail address', () => {
    expect(reasonOf([{ post: mention({ text: 'Frühstück bei @Sonnenschein_DE war top' }) }], '501')).toBe('mention');
    expect(reasonOf([{ post: mention({ text: 'Fan von @sonnenschein_dex' }) }], '501')).toBe('not-addressed');
    expect(reasonOf([{ post: mention({ text: 'Schreibt an info@sonnenschein_de' }) }], '501')).toBe('not-addressed');
  });

  it('takes replies whose "Replying to" line names the company, in English and German', () => {
    const reply = mention({ text: 'Danke!', replyingTo: ['anna_berger', X_COMPANY.handle] });
    expect(reasonOf([{ post: reply }], '501')).toBe('replying-to');
    const de = readAll(pageWith([{ post: reply }], 'de'));
    expect(de.map((i) => i.id)).toEqual(['501']);
    expect(reasonOf([{ post: mention({ text: 'Danke!', replyingTo: ['anna_berger'] }) }], '501')).toBe('not-addressed');
  });

  it('returns nothing for ads and for articles without a permalink, and says which is which', () => {
    const doc = pageWith([{ ad: { id: '0', handle: 'mehlwerk', name: 'Mehlwerk', text: '@sonnenschein_de Bio-Mehl' } }, { post: mention() }]);
    const ad = doc.querySelector('[data-testid="placementTracking"] article')!;
    expect(readXPost(ad, ctx(), new ConversationMemory())).toEqual({ kind: 'promoted' });
    const broken = articleOf(doc, '501');
    broken.querySelector('time')!.closest('a')!.setAttribute('href', '/anna_berger');
    expect(readXPost(broken, ctx(), new ConversationMemory())).toEqual({ kind: 'unreadable', reason: 'no-permalink' });
    expect(readAll(doc)).toEqual([]);
  });
});

describe('x extract: hostile and huge text', () => {
  it('keeps markup in names and text as text, and the page gains no element from it', () => {
    const doc = pageWith([{ post: mention({ name: X_HOSTILE_NAME, text: `@sonnenschein_de ${X_HOSTILE_TEXT}` }) }]);
    expect(doc.querySelectorAll('script, b, img[src="x"]').length).toBe(0);
    const [item] = readAll(doc);
    expect(item!.author.name).toBe(X_HOSTILE_NAME);
    expect(item!.text).toBe(`@sonnenschein_de ${X_HOSTILE_TEXT}`);
  });

  it('caps a 100 KB post at the shared text limit', () => {
    const [item] = readAll(pageWith([{ post: mention({ text: `@sonnenschein_de ${'Sehr lang. '.repeat(10_000)}` }) }]));
    expect(item!.text.length).toBe(MAX_TEXT);
    expect(item!.text.endsWith('…')).toBe(true);
  });
});
