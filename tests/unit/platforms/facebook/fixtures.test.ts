import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEMO_EXPECTED, DEMO_POSTS, HOSTILE_TEXT, renderDemoPage } from '../../../fixtures/facebook/demo-company';
import { esc, longTime, renderFacebookComment, shortTime } from '../../../fixtures/facebook/markup';
import { savedPostHtml, savedPostPath } from '../../../fixtures/facebook/saved';
import { parse } from './dom';

// The fixtures are test infrastructure other tests and the demo trust; these checks keep them honest.
describe('Facebook fixture markup', () => {
  it.each(['en', 'de'] as const)('saved-post-%s.html is what the generator renders (run write-saved.ts after changes)', (ui) => {
    expect(readFileSync(savedPostPath(ui), 'utf8')).toBe(savedPostHtml(ui));
  });

  it('escapes every piece of text, including attribute values', () => {
    expect(esc(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    const html = renderFacebookComment(
      { id: '1', author: `Evil "><script>x</script>`, text: HOSTILE_TEXT, minutesAgo: 3 },
      { postId: '9', pageName: 'Shop', pageVanity: 'shop', ui: 'en' },
    );
    const doc = parse(`<body>${html}</body>`);
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(doc.querySelectorAll('img[onerror], [onerror]')).toHaveLength(0);
    expect(doc.querySelector('div[role="article"]')!.getAttribute('aria-label')).toBe('Comment by Evil "><script>x</script> 3 minutes ago');
  });

  it.each([
    [0, 'Just now', 'Gerade eben', 'Just now', 'Gerade eben'],
    [1, '1m', '1 Min.', 'a minute ago', 'vor einer Minute'],
    [3, '3m', '3 Min.', '3 minutes ago', 'vor 3 Minuten'],
    [60, '1h', '1 Std.', 'an hour ago', 'vor einer Stunde'],
    [150, '2h', '2 Std.', '2 hours ago', 'vor 2 Stunden'],
    [1440, '1d', '1 T.', 'a day ago', 'vor einem Tag'],
    [3 * 7 * 1440, '3w', '3 Wo.', '3 weeks ago', 'vor 3 Wochen'],
    [400 * 1440, '1y', '1 J.', 'a year ago', 'vor einem Jahr'],
  ])('%i minutes: %s / %s / %s / %s', (minutes, en, de, enLong, deLong) => {
    expect([shortTime(minutes, 'en'), shortTime(minutes, 'de'), longTime(minutes, 'en'), longTime(minutes, 'de')]).toEqual([en, de, enLong, deLong]);
  });

  it('lists every rendered comment in DEMO_EXPECTED, and nothing else', () => {
    const doc = parse(renderDemoPage('en'));
    const rendered = [...doc.querySelectorAll('[role="main"] [data-commentid]')].map((w) => w.getAttribute('data-commentid'));
    expect(rendered).toEqual(DEMO_EXPECTED.map((e) => e.id));
    const specs = DEMO_POSTS.flatMap((p) => p.comments.flatMap((c) => [c, ...(c.collapsedPageReply ? [] : c.replies ?? [])]));
    expect(specs.map((s) => s.id)).toEqual(rendered);
  });

  it('keeps the network out: no external image or script addresses', () => {
    const html = renderDemoPage('de');
    expect(html).not.toMatch(/src="https?:/);
    expect(html).not.toMatch(/<script|<link /);
  });
});
