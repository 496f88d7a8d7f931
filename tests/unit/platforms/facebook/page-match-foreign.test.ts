import { describe, expect, it } from 'vitest';
import { facebookOwnPage } from '../../../../lib/platforms/facebook/page-match';
import type { OwnPage } from '../../../../lib/models/settings';

const SHOP: OwnPage = { site: 'facebook', name: 'Bäckerei Sonnenschein', url: 'https://www.facebook.com/sonnenschein', pageId: '100064000000001' };

describe('which Facebook addresses count as the company page', () => {
  it("does not take someone else's page for the company's because the address carries ?id=<company page id>", () => {
    // Anyone can send a moderator this link; it opens the page "scamshop", not the company's.
    const url = new URL(`https://www.facebook.com/scamshop?id=${SHOP.pageId}`);
    expect(facebookOwnPage(url, [SHOP])).toBeNull();
  });
  it('nor a post of another page', () => {
    const url = new URL(`https://www.facebook.com/scamshop/posts/pfbid0abc?id=${SHOP.pageId}`);
    expect(facebookOwnPage(url, [SHOP])).toBeNull();
  });

  it('still takes a post of the company page addressed by the id in its query', () => {
    expect(facebookOwnPage(new URL(`https://www.facebook.com/permalink.php?story_fbid=123&id=${SHOP.pageId}`), [SHOP])).toBe(SHOP);
    expect(facebookOwnPage(new URL(`https://www.facebook.com/story.php?story_fbid=123&id=${SHOP.pageId}`), [SHOP])).toBe(SHOP);
  });
});
