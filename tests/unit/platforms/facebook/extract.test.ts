import { describe, expect, it } from 'vitest';
import { timeLinkOf } from '../../../../lib/platforms/facebook/extract';
import { facebook } from '../../../../lib/platforms/facebook/adapter';
import { MINUTE, DAY } from '../../../../lib/time/units';
import { DEMO_NOW, DEMO_PAGE } from '../../../fixtures/facebook/demo-company';
import { type FbCommentSpec } from '../../../fixtures/facebook/markup';
import { ctx, extractAll, observeAll, pageWith } from './dom';

const anna: FbCommentSpec = { id: '101', author: 'Anna Berger', text: 'Habt ihr offen?', lang: 'de', minutesAgo: 3 };
const one = (spec: FbCommentSpec, ui: 'en' | 'de' = 'en') => {
  const items = extractAll(pageWith([spec], ui));
  expect(items).toHaveLength(1 + (spec.collapsedPageReply ? 0 : spec.replies?.length ?? 0));
  return items[0]!;
};

describe('extractFacebookItem: who and what', () => {
  it('reads author name, profile address without comment parameters, and text', () => {
    expect(one(anna)).toMatchObject({
      site: 'facebook', id: '101', parentId: null, text: 'Habt ihr offen?', byOwner: false, pageName: DEMO_PAGE.name,
      author: { name: 'Anna Berger', url: 'https://www.facebook.com/anna.berger' },
      permalink: 'https://www.facebook.com/baeckerei.sonnenschein/posts/810000000000009?comment_id=101',
    });
  });

  it('keeps the id parameter of profile.php addresses', () => {
    const c = one({ ...anna, profileUrl: 'https://www.facebook.com/profile.php?id=100012345678901' });
    expect(c.author.url).toBe('https://www.facebook.com/profile.php?id=100012345678901');
  });

  it('reads emoji images into the text', () => {
    expect(one({ ...anna, text: 'Lecker 😍🥐!' }).text).toBe('Lecker 😍🥐!');
  });

  it('leaves the "See more" button out of the text', () => {
    expect(one({ ...anna, text: 'Ein langer Kommentar', seeMore: true }).text).toBe('Ein langer Kommentar');
  });

  // KNOWN BUG (reported): FB.body's first candidate matches each paragraph's div[dir=auto]; firstOwn takes the
  // first one only, so every paragraph after the first is lost. Reading the span[dir=auto][lang] container fixes it.
  it('reads every paragraph of a multi-paragraph comment', () => {
    expect(one({ ...anna, text: 'Kleine Frage:\nHabt ihr auch vegane Brötchen?' }).text).toBe('Kleine Frage:\nHabt ihr auch vegane Brötchen?');
  });

  it('reads German UI markup the same way', () => {
    expect(one(anna, 'de')).toMatchObject({ id: '101', author: { name: 'Anna Berger' }, text: 'Habt ihr offen?', postedAt: DEMO_NOW - 3 * MINUTE });
  });
});

describe('extractFacebookItem: when', () => {
  it('takes the time link text as a relative time', () => {
    expect(one({ ...anna, minutesAgo: 120 })).toMatchObject({ postedAt: DEMO_NOW - 2 * 60 * MINUTE, timeSource: 'relative' });
    expect(one({ ...anna, minutesAgo: 120 }, 'de')).toMatchObject({ postedAt: DEMO_NOW - 2 * 60 * MINUTE, timeSource: 'relative' });
  });

  it('prefers a legacy data-utime over the coarse link text', () => {
    // 150 minutes shows as "2h"; data-utime knows it exactly.
    expect(one({ ...anna, minutesAgo: 150, utime: true })).toMatchObject({ postedAt: DEMO_NOW - 150 * MINUTE, timeSource: 'exact' });
  });

  it('falls back to the aria-label and the data-commentid wrapper without a time link', () => {
    expect(one({ ...anna, minutesAgo: 2 * 24 * 60, noTimeLink: true })).toMatchObject({
      id: '101', postedAt: DEMO_NOW - 2 * DAY, timeSource: 'relative', permalink: null,
    });
    expect(one({ ...anna, minutesAgo: 5, noTimeLink: true }, 'de')).toMatchObject({ postedAt: DEMO_NOW - 5 * MINUTE });
  });

  /** A wall-clock time `daysBack` local days before DEMO_NOW, as the labels name it. */
  const localAt = (daysBack: number, h: number, m = 0) => {
    const d = new Date(DEMO_NOW);
    d.setHours(0, 0, 0, 0);
    d.setDate(d.getDate() - daysBack);
    return d.setHours(h, m);
  };

  it('prefers the exact time in the time link\'s aria-label over its coarse text', () => {
    // 26 hours old: the link reads "1d", which alone would date it 24 hours ago.
    expect(one({ ...anna, minutesAgo: 26 * 60, timeLinkLabel: 'Yesterday at 08:00' })).toMatchObject({ postedAt: localAt(1, 8), timeSource: 'exact' });
    expect(one({ ...anna, minutesAgo: 26 * 60, timeLinkLabel: 'Gestern um 08:00' }, 'de')).toMatchObject({ postedAt: localAt(1, 8), timeSource: 'exact' });
  });

  it('prefers the exact time at the end of the article label over the coarse link text', () => {
    // 20 days old: the link reads "2w" / "2 Wo.".
    expect(one({ ...anna, minutesAgo: 20 * 24 * 60, labelTime: '18 February at 10:00' })).toMatchObject({
      postedAt: new Date(2026, 1, 18, 10).getTime(), timeSource: 'exact',
    });
    expect(one({ ...anna, minutesAgo: 26 * 60, labelTime: 'Gestern um 08:00' }, 'de')).toMatchObject({ postedAt: localAt(1, 8), timeSource: 'exact' });
    expect(one({ ...anna, minutesAgo: 20 * 24 * 60, labelTime: '18. Februar um 10:00' }, 'de').postedAt).toBe(new Date(2026, 1, 18, 10).getTime());
  });

  it('keeps the link text when the labels only repeat it in long form', () => {
    expect(one({ ...anna, minutesAgo: 26 * 60, timeLinkLabel: 'a day ago' })).toMatchObject({ postedAt: DEMO_NOW - DAY, timeSource: 'relative' });
    // Without any text of its own, the link's relative label still dates the comment.
    const doc = pageWith([{ ...anna, minutesAgo: 26 * 60, timeLinkLabel: '1 day ago' }]);
    doc.querySelector('a[aria-label="1 day ago"]')!.textContent = '';
    expect(extractAll(doc)[0]).toMatchObject({ postedAt: DEMO_NOW - DAY, timeSource: 'relative' });
  });

  it('reads a legacy title on the time link or its children', () => {
    const title = 'Monday, 9 March 2026 at 08:00';
    expect(one({ ...anna, minutesAgo: 26 * 60, timeTitle: title })).toMatchObject({ postedAt: new Date(2026, 2, 9, 8).getTime(), timeSource: 'exact' });
    for (const where of ['a[href*="comment_id="][tabindex="0"]:not(:has(span[dir]))', 'a[href*="comment_id="][tabindex="0"]:not(:has(span[dir])) span']) {
      const doc = pageWith([{ ...anna, minutesAgo: 26 * 60 }]);
      doc.querySelector(where)!.setAttribute('title', title);
      expect(extractAll(doc)[0], where).toMatchObject({ postedAt: new Date(2026, 2, 9, 8).getTime(), timeSource: 'exact' });
    }
  });

  it('reads no title outside the time link, and no title that is not a date', () => {
    const doc = pageWith([{ ...anna, minutesAgo: 26 * 60, timeTitle: 'Like' }]);
    doc.querySelector('span[lang]')!.setAttribute('title', '9 March 2026 at 08:00');
    expect(extractAll(doc)[0]).toMatchObject({ postedAt: DEMO_NOW - DAY, timeSource: 'relative' });
  });

  it('reads "Just now" / "Gerade eben" as now', () => {
    expect(one({ ...anna, minutesAgo: 0 }).postedAt).toBe(DEMO_NOW);
    expect(one({ ...anna, minutesAgo: 0 }, 'de').postedAt).toBe(DEMO_NOW);
  });

  it('does not take the author name link for the time link', () => {
    const doc = pageWith([anna]);
    const article = facebook.findItems(doc)[0]!;
    const found = timeLinkOf(article, DEMO_NOW);
    expect(found?.link.textContent).toBe('3m');
    expect(found?.time).toEqual({ at: DEMO_NOW - 3 * MINUTE, source: 'relative' });
  });
});

describe('extractFacebookItem: replies and the Page', () => {
  const thread: FbCommentSpec = {
    ...anna,
    replies: [
      { id: '102', author: 'Jonas Weber', text: 'Ich auch', minutesAgo: 2 },
      { id: '103', author: DEMO_PAGE.name, byPage: true, text: 'Ja, bis 18 Uhr.', minutesAgo: 1 },
    ],
  };

  it.each(['beside', 'inside'] as const)('gives replies their own id and the parent id (replies %s the comment)', (replyLayout) => {
    const items = extractAll(pageWith([thread], 'en', { replyLayout }));
    expect(items.map((i) => [i.id, i.parentId, i.text])).toEqual([
      ['101', null, 'Habt ihr offen?'],
      ['102', '101', 'Ich auch'],
      ['103', '101', 'Ja, bis 18 Uhr.'],
    ]);
    // The parent's own time, not a nested reply's.
    expect(items[0]!.postedAt).toBe(DEMO_NOW - 3 * MINUTE);
  });

  it('leaves a nested reply\'s badge and data-utime to the reply (one query finds both for the whole article)', () => {
    const nested: FbCommentSpec = { ...anna, replies: [{ id: '104', author: 'Other Name', byPage: true, utime: true, text: 'Ja', minutesAgo: 90 }] };
    const items = extractAll(pageWith([nested], 'en', { replyLayout: 'inside' }), ctx({ ownerNames: ['Old Page Name'] }));
    expect(items.map((i) => [i.id, i.byOwner, i.timeSource, i.postedAt])).toEqual([
      ['101', false, 'relative', DEMO_NOW - 3 * MINUTE],
      ['104', true, 'exact', DEMO_NOW - 90 * MINUTE],
    ]);
  });

  it('folds the blanks in an author name, whether it is one text node or several', () => {
    expect(one({ ...anna, author: ' Anna \u00a0Berger\n' }).author.name).toBe('Anna Berger');
    const doc = pageWith([anna]);
    const span = doc.querySelector('a[tabindex="0"] span[dir="auto"]')!;
    span.append(doc.createTextNode('  Jr.'));
    expect(extractAll(doc)[0]!.author.name).toBe('Anna Berger Jr.');
  });

  it.each(['beside', 'inside'] as const)('files a reply without a time link under its parent (replies %s the comment)', (replyLayout) => {
    const noLink: FbCommentSpec = { ...thread, replies: thread.replies!.map((r) => ({ ...r, noTimeLink: true })) };
    const doc = pageWith([noLink, { id: '301', author: 'Tom Fischer', text: 'Lieferung?', minutesAgo: 4, noTimeLink: true }], 'en', { replyLayout });
    expect(extractAll(doc).map((i) => [i.id, i.parentId])).toEqual([['101', null], ['102', '101'], ['103', '101'], ['301', null]]);
    expect(observeAll(doc).map((c) => [c.id, c.answered])).toEqual([['101', true], ['102', true], ['103', false], ['301', false]]);
  });

  it.each(['beside', 'inside'] as const)('files a reply to a reply without a time link under the thread\'s top comment, as permalinks do (%s)', (replyLayout) => {
    const jonas: FbCommentSpec = { ...thread.replies![0]!, replies: [{ ...thread.replies![1]!, noTimeLink: true }] };
    const doc = pageWith([{ ...anna, replies: [jonas] }], 'en', { replyLayout });
    expect(extractAll(doc).map((i) => [i.id, i.parentId])).toEqual([['101', null], ['102', '101'], ['103', '101']]);
    expect(observeAll(doc).map((c) => [c.id, c.answered])).toEqual([['101', true], ['102', true], ['103', false]]);
  });

  it('files a reply without a time link under the comment before it where replies sit beside their comment (permalink view)', () => {
    const reply = (id: string, author: string): FbCommentSpec => ({ id, author, text: 'Ich auch!', minutesAgo: 1, noTimeLink: true });
    const tom: FbCommentSpec = { id: '301', author: 'Tom Fischer', text: 'Lieferung?', minutesAgo: 4, noTimeLink: true, replies: [reply('302', 'Lena Maier')] };
    const doc = pageWith([{ ...anna, replies: [reply('102', 'Jonas Weber'), reply('103', 'Mia Koch')] }, tom]);
    // The permalink view's layout: every reply's wrapper moved out beside its comment's, in order.
    for (const top of ['101', '301']) {
      const wrapper = doc.querySelector(`[data-commentid="${top}"]`)!;
      const replies = [...wrapper.querySelectorAll(':scope [data-commentid]')];
      wrapper.after(...replies);
    }
    const list = doc.querySelector('[data-commentid="101"]')!.parentElement;
    expect([...list!.children].map((w) => w.getAttribute('data-commentid'))).toEqual(['101', '102', '103', '301', '302']);
    expect(extractAll(doc).map((i) => [i.id, i.parentId])).toEqual([['101', null], ['102', '101'], ['103', '101'], ['301', null], ['302', '301']]);
  });

  it('reads base64 ids on comments and replies', () => {
    const items = extractAll(pageWith([{ ...thread, base64Id: true, replies: thread.replies!.map((r) => ({ ...r, base64Id: true })) }]));
    expect(items.map((i) => [i.id, i.parentId])).toEqual([['101', null], ['102', '101'], ['103', '101']]);
  });

  it('knows the Page by its name, in either UI language', () => {
    for (const ui of ['en', 'de'] as const) {
      expect(extractAll(pageWith([thread], ui)).map((i) => i.byOwner)).toEqual([false, false, true]);
    }
  });

  it('knows the Page by its "Author" identity badge even under a name not configured', () => {
    const items = extractAll(pageWith([thread]), ctx({ ownerNames: ['Old Page Name'] }));
    expect(items.map((i) => i.byOwner)).toEqual([false, false, true]);
  });

  describe('knows the Page by its profile address when its shown name differs from the configured one', () => {
    const withoutBadge = (doc: Document) => {
      doc.querySelectorAll('[aria-label="View information about identity badges"]').forEach((b) => b.remove());
      return doc;
    };
    const pageReply = (profileUrl?: string): FbCommentSpec => ({ ...anna, replies: [{ ...thread.replies![1]!, profileUrl }] });

    it.each([
      ['a vanity address', undefined, DEMO_PAGE.url],
      ['an address pasted without scheme', undefined, 'facebook.com/Baeckerei.Sonnenschein/'],
      ['profile.php?id=', 'https://www.facebook.com/profile.php?id=100064000000001', 'https://www.facebook.com/profile.php?id=100064000000001'],
      ['people/<Name>/<id>', 'https://www.facebook.com/profile.php?id=100064000000001', 'https://www.facebook.com/people/Baeckerei-Sonnenschein/100064000000001/'],
      ['people/<Name>/<id> on the author link', 'https://www.facebook.com/people/B%C3%A4ckerei-Sonnenschein/100064000000001/', 'https://www.facebook.com/profile.php?id=100064000000001'],
    ])('%s', (_, profileUrl, address) => {
      const doc = withoutBadge(pageWith([pageReply(profileUrl)]));
      const context = ctx({ ownerNames: ['Baeckerei Sonnenschein', address] });
      expect(extractAll(doc, context).map((i) => [i.id, i.byOwner])).toEqual([['101', false], ['103', true]]);
      expect(observeAll(doc, context).map((c) => [c.id, c.answered])).toEqual([['101', true], ['103', false]]);
    });

    it.each([
      ['another profile', 'https://www.facebook.com/baeckerei.sonnenschein.fake', DEMO_PAGE.url],
      ['another id', 'https://www.facebook.com/profile.php?id=100064000000002', 'https://www.facebook.com/profile.php?id=100064000000001'],
      ['a person whose name slug is the Page\'s', 'https://www.facebook.com/people/Baeckerei-Sonnenschein/100000000000009/', 'https://www.facebook.com/people/Baeckerei-Sonnenschein/100064000000001/'],
      ['no address configured, only names', undefined, 'baeckerei.sonnenschein'],
    ])('but not %s', (_, profileUrl, address) => {
      const doc = withoutBadge(pageWith([pageReply(profileUrl)]));
      expect(extractAll(doc, ctx({ ownerNames: ['Baeckerei Sonnenschein', address] })).map((i) => i.byOwner)).toEqual([false, false]);
    });
  });

  describe('an account that calls itself after the Page is not the Page when its address says otherwise', () => {
    const withoutBadge = (doc: Document) => {
      doc.querySelectorAll('[aria-label="View information about identity badges"]').forEach((b) => b.remove());
      return doc;
    };
    // The reply shows the Page's own name; only its profile link tells who wrote it.
    const namesake = (profileUrl: string): FbCommentSpec => ({ ...anna, replies: [{ ...thread.replies![1]!, profileUrl }] });

    it.each([
      ['another vanity, the Page set up by its vanity', 'https://www.facebook.com/mallory.fake', [DEMO_PAGE.name, DEMO_PAGE.url]],
      ['another id, the Page\'s id in the settings', 'https://www.facebook.com/profile.php?id=100000000000009', [DEMO_PAGE.name, DEMO_PAGE.url, DEMO_PAGE.pageId]],
      ['a people/ slug like the Page\'s, the Page set up by its id', 'https://www.facebook.com/people/Baeckerei-Sonnenschein/100000000000009/', [DEMO_PAGE.name, 'https://www.facebook.com/people/Baeckerei-Sonnenschein/100064000000001/']],
    ])('%s: the customer still waits', (_, profileUrl, ownerNames) => {
      const doc = withoutBadge(pageWith([namesake(profileUrl)]));
      const context = ctx({ ownerNames });
      expect(extractAll(doc, context).map((i) => [i.id, i.byOwner])).toEqual([['101', false], ['103', false]]);
      expect(observeAll(doc, context).map((c) => [c.id, c.answered])).toEqual([['101', false], ['103', false]]);
    });

    it.each([
      ['the Page\'s id while only its vanity is set up (a Page may link itself by id)', 'https://www.facebook.com/profile.php?id=100064000000001', [DEMO_PAGE.name, DEMO_PAGE.url]],
      ['a vanity while only the Page\'s id is set up', 'https://www.facebook.com/baeckerei.sonnenschein', [DEMO_PAGE.name, 'https://www.facebook.com/profile.php?id=100064000000001']],
      ['any address while only names are set up', 'https://www.facebook.com/mallory.fake', [DEMO_PAGE.name]],
    ])('the name still decides where the address cannot: %s', (_, profileUrl, ownerNames) => {
      const doc = withoutBadge(pageWith([namesake(profileUrl)]));
      expect(extractAll(doc, ctx({ ownerNames })).map((i) => [i.id, i.byOwner])).toEqual([['101', false], ['103', true]]);
    });
  });

  it('decides answered per thread: the Page replied after both', () => {
    expect(observeAll(pageWith([thread])).map((c) => [c.id, c.answered, c.answeredAt])).toEqual([
      ['101', true, DEMO_NOW - MINUTE],
      ['102', true, DEMO_NOW - MINUTE],
      ['103', false, null],
    ]);
  });

  it.each(['beside', 'inside'] as const)('trusts the collapsed "<Page> replied" summary, EN and DE (replies %s the comment)', (replyLayout) => {
    for (const ui of ['en', 'de'] as const) {
      const doc = pageWith([{ ...thread, collapsedPageReply: true }], ui, { replyLayout });
      expect(extractAll(doc).map((i) => [i.id, i.ownerReplyHint])).toEqual([['101', true]]);
      expect(observeAll(doc).map((c) => [c.id, c.answered])).toEqual([['101', true]]);
    }
  });

  it('takes no nested reply\'s summary for the comment\'s own', () => {
    const jonas: FbCommentSpec = { id: '102', author: 'Jonas Weber', text: 'Ich auch', minutesAgo: 2, collapsedPageReply: true, replies: [thread.replies![1]!] };
    const items = extractAll(pageWith([{ ...anna, replies: [jonas] }], 'en', { replyLayout: 'inside' }));
    expect(items.map((i) => [i.id, i.ownerReplyHint])).toEqual([['101', false], ['102', true]]);
  });

  it('ignores a collapsed summary naming someone else', () => {
    const doc = pageWith([{ ...thread, collapsedPageReply: true }], 'en', { pageName: 'Anna Berger' });
    expect(extractAll(doc)[0]!.ownerReplyHint).toBe(false);
  });

  // KNOWN BUG (reported): the label and summary checks accept any name that merely starts with the Page's name,
  // so a fan account "Bäckerei Sonnenschein Fanclub" counts as the Page.
  it('does not take a fan account whose name starts with the Page name for the Page', () => {
    const fan: FbCommentSpec = { id: '201', author: `${DEMO_PAGE.name} Fanclub`, text: 'Wir lieben euch', minutesAgo: 4 };
    const q: FbCommentSpec = { id: '202', author: 'Anna Berger', text: 'Frage', minutesAgo: 9, replies: [{ ...fan, id: '203' }] };
    const items = extractAll(pageWith([fan, q]));
    expect(items.map((i) => [i.id, i.byOwner])).toEqual([['201', false], ['202', false], ['203', false]]);
  });
});

describe('extractFacebookItem: the name from the label as a last resort', () => {
  const withoutNameLinks = (doc: Document) => {
    doc.querySelectorAll('a[tabindex="0"]:has(span[dir="auto"])').forEach((a) => a.remove());
    return doc;
  };

  it.each([
    ['en', {}], ['de', {}], ['en', { labelTime: 'Yesterday at 10:00' }], ['de', { labelTime: '1. September um 10:00' }], ['en', { minutesAgo: 0 }],
  ] as const)('leaves the glued time out of the name (%s, %j)', (ui, over) => {
    const items = extractAll(withoutNameLinks(pageWith([{ ...anna, ...over }], ui)));
    expect(items[0]!.author).toEqual({ name: 'Anna Berger', url: null });
  });

  it('keeps the name the same as the time in the label moves on', () => {
    const names = [3, 59, 180].map((minutesAgo) => extractAll(withoutNameLinks(pageWith([{ ...anna, minutesAgo }])))[0]!.author.name);
    expect(names).toEqual(['Anna Berger', 'Anna Berger', 'Anna Berger']);
  });

  it('still reads a reply\'s name up to " to "', () => {
    const items = extractAll(withoutNameLinks(pageWith([{ ...anna, replies: [{ id: '102', author: 'Jonas Weber', text: 'Ich auch', minutesAgo: 2 }] }])));
    expect(items.map((i) => i.author.name)).toEqual(['Anna Berger', 'Jonas Weber']);
  });
});

describe('extractFacebookItem: unreadable nodes', () => {
  it('returns null for an article without any comment id', () => {
    const doc = pageWith([]);
    const article = doc.createElement('div');
    article.setAttribute('role', 'article');
    article.setAttribute('aria-label', 'Comment by Nobody 3 minutes ago');
    doc.querySelector('[role="main"]')!.append(article);
    expect(facebook.findItems(doc)).toContain(article);
    expect(facebook.extract(article, ctx())).toBeNull();
  });
});
