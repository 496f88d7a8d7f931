import { describe, expect, it } from 'vitest';
import { siteLink } from '../../../lib/platforms/hosts';

describe('siteLink: what the popup and reminders open', () => {
  it.each([
    'https://www.facebook.com/sonnenschein/posts/1?comment_id=101',
    'https://m.facebook.com/story.php?story_fbid=1&id=2',
    'https://x.com/kathi/status/123',
    'https://mobile.twitter.com/kathi/status/123',
  ])('opens %s', (link) => {
    expect(siteLink(link)).toBe(link);
  });

  it.each([
    'javascript:alert(document.domain)',
    'data:text/html,<h1>Login</h1>',
    'http://www.facebook.com/sonnenschein/posts/1?comment_id=101',
    'https://evil.example/login?comment_id=123',
    'https://facebook.com.evil.example/',
    'https://notfacebook.com/',
    'not a link',
    null,
  ])('refuses %s', (link) => {
    expect(siteLink(link)).toBeNull();
  });
});
