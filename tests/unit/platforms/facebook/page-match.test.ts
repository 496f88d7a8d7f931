import { describe, expect, it } from 'vitest';
import { facebookOwnPage, isOwnerProfile, ownerByAddress, pageKeyOf, profileKeyOf } from '../../../../lib/platforms/facebook/page-match';
import type { OwnPage } from '../../../../lib/models/settings';

const shop: OwnPage = { site: 'facebook', name: 'Bäckerei Sonnenschein', url: 'https://www.facebook.com/baeckerei.sonnenschein', pageId: '' };
const byId: OwnPage = { site: 'facebook', name: 'Id Shop', url: 'https://www.facebook.com/profile.php?id=100064000000001', pageId: '' };
const xShop: OwnPage = { site: 'x', name: 'baeckerei', url: 'https://x.com/baeckerei', pageId: '' };
const match = (href: string, pages: OwnPage[] = [shop, byId, xShop]) => facebookOwnPage(new URL(href), pages)?.name ?? null;

describe('facebookOwnPage', () => {
  it.each([
    'https://www.facebook.com/baeckerei.sonnenschein',
    'https://www.facebook.com/Baeckerei.Sonnenschein/',
    'https://www.facebook.com/baeckerei.sonnenschein/posts/pfbid02abc?comment_id=1',
    'https://m.facebook.com/baeckerei.sonnenschein',
    'https://web.facebook.com/baeckerei.sonnenschein/photos',
  ])('knows %s as the company page', (href) => {
    expect(match(href)).toBe('Bäckerei Sonnenschein');
  });

  it('matches profile.php and permalink.php by the page id', () => {
    expect(match('https://www.facebook.com/profile.php?id=100064000000001')).toBe('Id Shop');
    expect(match('https://www.facebook.com/permalink.php?story_fbid=pfbid0x&id=100064000000001')).toBe('Id Shop');
    expect(match('https://www.facebook.com/permalink.php?story_fbid=pfbid0x&id=555')).toBeNull();
  });

  it('uses the configured page id for permalink.php when the address itself has a vanity name', () => {
    const withId = { ...shop, pageId: '100064000000777' };
    expect(match('https://www.facebook.com/permalink.php?story_fbid=1&id=100064000000777', [withId])).toBe('Bäckerei Sonnenschein');
  });

  it('knows a Page set up by its people/<Name>/<id> address by the id: after a rename too, and not a namesake', () => {
    const people: OwnPage = { site: 'facebook', name: 'People Shop', url: 'https://www.facebook.com/people/Baeckerei-Sonnenschein/100064000000042/', pageId: '' };
    expect(match('https://www.facebook.com/people/Baeckerei-Sonnenschein/100064000000042/', [people])).toBe('People Shop');
    expect(match('https://www.facebook.com/people/Sonnenschein-Backstube/100064000000042', [people])).toBe('People Shop');
    expect(match('https://www.facebook.com/100064000000042', [people])).toBe('People Shop');
    expect(match('https://www.facebook.com/profile.php?id=100064000000042', [people])).toBe('People Shop');
    expect(match('https://www.facebook.com/people/Baeckerei-Sonnenschein/100000000000009/', [people])).toBeNull();
  });

  it('knows a Page without a username by its p/<Name>-<id> address, and no stranger under p/', () => {
    const p: OwnPage = { site: 'facebook', name: 'P Shop', url: 'https://www.facebook.com/p/Baeckerei-Sonnenschein-100064000000042/', pageId: '' };
    expect(pageKeyOf(p)).toEqual({ vanity: null, pageId: '100064000000042' });
    expect(match('https://www.facebook.com/p/Baeckerei-Sonnenschein-100064000000042/', [p])).toBe('P Shop');
    expect(match('https://www.facebook.com/profile.php?id=100064000000042', [p])).toBe('P Shop');
    expect(match('https://www.facebook.com/p/Other-Shop-100000000000009/', [p])).toBeNull();
  });

  it('reads a share/<code> link as naming no page, so the form can say so', () => {
    const shared: OwnPage = { site: 'facebook', name: 'Shared', url: 'https://www.facebook.com/share/1AbCdEfGhJ/', pageId: '' };
    expect(pageKeyOf(shared)).toEqual({ vanity: null, pageId: null });
    expect(match('https://www.facebook.com/share/9ZyXwVuTsR/', [shared])).toBeNull();
  });

  it('never takes a stranger\'s people/<Name>/<id> for a Page set up by the same vanity', () => {
    expect(match('https://www.facebook.com/people/Baeckerei.Sonnenschein/61550000000001/')).toBeNull();
  });

  it('knows a Page set up by its numeric address on every address carrying that id', () => {
    const numeric: OwnPage = { site: 'facebook', name: 'Numeric Shop', url: 'https://www.facebook.com/100064000000042', pageId: '' };
    for (const href of ['https://www.facebook.com/100064000000042', 'https://www.facebook.com/profile.php?id=100064000000042', 'https://www.facebook.com/permalink.php?story_fbid=1&id=100064000000042']) {
      expect(match(href, [numeric])).toBe('Numeric Shop');
    }
  });

  it('reads profile.php in any letter case as the id, never as a vanity every profile.php page would share', () => {
    const upper: OwnPage = { site: 'facebook', name: 'Upper Shop', url: 'https://www.facebook.com/Profile.php?id=100064000000042', pageId: '' };
    expect(match('https://www.facebook.com/profile.php?id=100064000000042', [upper])).toBe('Upper Shop');
    expect(match('https://www.facebook.com/profile.php?id=100000000000009', [upper])).toBeNull();
  });

  it.each([
    'https://www.facebook.com/othershop',
    'https://www.facebook.com/baeckerei.sonnenschein.fake',
    'https://www.facebook.com/',
    'https://www.facebook.com/groups/baeckerei.sonnenschein',
    'https://facebook.com.evil.example/baeckerei.sonnenschein',
    'https://notfacebook.com/baeckerei.sonnenschein',
    'https://x.com/baeckerei',
  ])('leaves %s alone', (href) => {
    expect(match(href)).toBeNull();
  });
});

describe('pageKeyOf', () => {
  it.each([
    ['https://www.facebook.com/baeckerei.sonnenschein', 'baeckerei.sonnenschein', null],
    ['baeckerei.sonnenschein', 'baeckerei.sonnenschein', null],
    ['/Baeckerei.Sonnenschein/', 'baeckerei.sonnenschein', null],
    ['https://www.facebook.com/people/Baeckerei-Sonnenschein/100064000000001/', null, '100064000000001'],
    // The slug alone is no key: strangers share it, and it changes with a rename.
    ['https://www.facebook.com/people/Baeckerei-Sonnenschein/', null, null],
    ['https://www.facebook.com/100064000000001', null, '100064000000001'],
    ['https://www.facebook.com/Profile.php?id=100064000000001', null, '100064000000001'],
    ['facebook.com/profile.php?id=100064000000001', null, '100064000000001'],
    ['https://x.com/baeckerei', null, null],
    ['https://www.facebook.com/profile.php?id=100064000000001', null, '100064000000001'],
    // The page's name typed into the address field, also as a link would escape it.
    ['Bäckerei Sonnenschein', null, null],
    ['https://www.facebook.com/B%C3%A4ckerei%20Sonnenschein', null, null],
  ])('%s', (url, vanity, pageId) => {
    expect(pageKeyOf({ site: 'facebook', name: 'n', url, pageId: '' })).toEqual({ vanity, pageId });
  });

  // An address pasted without "https://" but with the host must not read as a path under facebook.com.
  it.each(['www.facebook.com/baeckerei.sonnenschein', 'facebook.com/baeckerei.sonnenschein'])('%s (pasted without scheme)', (url) => {
    expect(pageKeyOf({ site: 'facebook', name: 'n', url, pageId: '' }).vanity).toBe('baeckerei.sonnenschein');
  });
});

describe('profileKeyOf / isOwnerProfile: the Page by its address', () => {
  it.each([
    ['https://www.facebook.com/Baeckerei.Sonnenschein/', 'baeckerei.sonnenschein'],
    ['facebook.com/baeckerei.sonnenschein?comment_id=1', 'baeckerei.sonnenschein'],
    ['https://m.facebook.com/profile.php?id=100064000000001', '100064000000001'],
    ['https://www.facebook.com/profile.php?x=1&id=100064000000001', '100064000000001'],
    ['https://www.facebook.com/people/Baeckerei-Sonnenschein/100064000000001/', '100064000000001'],
    ['https://www.facebook.com/100064000000001', '100064000000001'],
    ['https://www.facebook.com/people/Baeckerei-Sonnenschein/', null],
    ['https://www.facebook.com/profile.php?id=abc', null],
    ['https://www.facebook.com/groups/baeckerei', null],
    ['Bäckerei Sonnenschein', null],
    ['baeckerei.sonnenschein', null],
    ['https://facebook.com.evil.example/baeckerei.sonnenschein', null],
    ['https://notfacebook.com/baeckerei.sonnenschein', null],
  ])('%s → %s', (address, key) => {
    expect(profileKeyOf(address)).toBe(key);
  });

  it('compares an author\'s address with the owner entries that are addresses, never with names', () => {
    const owners = ['Bäckerei Sonnenschein', 'https://www.facebook.com/baeckerei.sonnenschein', 'https://www.facebook.com/profile.php?id=100064000000001'];
    expect(isOwnerProfile('https://www.facebook.com/baeckerei.sonnenschein', owners)).toBe(true);
    expect(isOwnerProfile('https://www.facebook.com/people/B%C3%A4ckerei/100064000000001/', owners)).toBe(true);
    expect(isOwnerProfile('https://www.facebook.com/baeckerei.sonnenschein.fake', owners)).toBe(false);
    expect(isOwnerProfile(null, owners)).toBe(false);
    expect(isOwnerProfile('https://www.facebook.com/b%C3%A4ckerei%20sonnenschein', ['Bäckerei Sonnenschein'])).toBe(false);
  });

  it('says false only when the address is plainly someone else\'s, and null when it cannot tell', () => {
    const vanityOnly = ['Bäckerei Sonnenschein', 'https://www.facebook.com/baeckerei.sonnenschein'];
    const withId = [...vanityOnly, '100064000000001'];
    expect(ownerByAddress('https://www.facebook.com/mallory', vanityOnly)).toBe(false);
    expect(ownerByAddress('https://www.facebook.com/profile.php?id=100000000000009', vanityOnly)).toBeNull();
    expect(ownerByAddress('https://www.facebook.com/profile.php?id=100000000000009', withId)).toBe(false);
    expect(ownerByAddress('https://www.facebook.com/profile.php?id=100064000000001', withId)).toBe(true);
    expect(ownerByAddress('https://www.facebook.com/mallory', ['Bäckerei Sonnenschein'])).toBeNull();
    expect(ownerByAddress(null, withId)).toBeNull();
  });
});
