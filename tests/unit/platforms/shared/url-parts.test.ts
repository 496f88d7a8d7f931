import { describe, expect, it } from 'vitest';
import { formatUrl, param, urlParts } from '../../../../lib/platforms/url-parts';

describe('urlParts', () => {
  it('reads absolute and site-relative addresses the way URL does', () => {
    for (const href of [
      'https://www.facebook.com/shop/posts/7?comment_id=8&reply_comment_id=9#x',
      '/permalink.php?story_fbid=1&id=2&comment_id=3',
      'HTTPS://WWW.Facebook.com/Shop?q=a%20b&x=1+2',
    ]) {
      const parts = urlParts(href, 'https://www.facebook.com')!;
      const url = new URL(href, 'https://www.facebook.com');
      expect(parts.origin).toBe(url.origin);
      expect(parts.path).toBe(url.pathname);
      expect(Object.fromEntries(parts.params)).toEqual(Object.fromEntries(url.searchParams));
    }
  });

  it('reads every shape of query the way URLSearchParams does, and `keep` only drops names', () => {
    for (const query of ['a=1&&b=2&', 'a', '=x', 'a==b', '&', '', 'a=1&a=2', 'x%5Fy=%41&c+d=e+f', 'a=&=&b']) {
      const href = `https://x.com/p?${query}#frag`;
      const all = urlParts(href, 'https://x.com')!.params;
      expect(all, query).toEqual([...new URL(href).searchParams]);
      const kept = urlParts(href, 'https://x.com', (name) => name === 'a' || name === 'x_y')!.params;
      expect(kept, query).toEqual(all.filter(([name]) => name === 'a' || name === 'x_y'));
    }
  });

  it('refuses what is not an http(s) address', () => {
    expect(urlParts('javascript:alert(1)', 'https://x.com')).toBeNull();
    expect(urlParts('data:text/html,<b>', 'https://x.com')).toBeNull();
    expect(urlParts('//evil.example/path', 'https://x.com')).toBeNull();
  });

  it('keeps malformed escapes as they are instead of throwing', () => {
    expect(param(urlParts('/p?a=%E0%A4%A', 'https://x.com')!, 'a')).toBe('%E0%A4%A');
  });

  it('writes an address back with its parameters escaped', () => {
    expect(formatUrl({ origin: 'https://x.com', path: '/a', params: [['q', 'a b&c']] })).toBe('https://x.com/a?q=a%20b%26c');
    expect(formatUrl({ origin: 'https://x.com', path: '/a', params: [] })).toBe('https://x.com/a');
  });
});
