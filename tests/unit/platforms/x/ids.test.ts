import { describe, expect, it } from 'vitest';
import {
  canonicalPermalink, handleFromHref, handleKey, handleOfOwnerEntry, isXHost, ownerHandleSet, statusFromHref, statusFromPath,
} from '../../../../lib/platforms/x/ids';

describe('x ids: status addresses', () => {
  it('reads handle and id from /<handle>/status/<id>, whatever follows', () => {
    expect(statusFromPath('/sonnenschein_de/status/1898700000000000100')).toEqual({ handle: 'sonnenschein_de', id: '1898700000000000100' });
    expect(statusFromPath('/Anna_Berger/status/42/photo/1')).toEqual({ handle: 'Anna_Berger', id: '42' });
    expect(statusFromPath('/anna/statuses/42')).toEqual({ handle: 'anna', id: '42' });
  });

  it('reads /i/web/status/<id> without an author', () => {
    expect(statusFromPath('/i/web/status/77')).toEqual({ handle: null, id: '77' });
    expect(statusFromPath('/i/status/77')).toEqual({ handle: null, id: '77' });
  });

  it('refuses addresses that are not a post', () => {
    expect(statusFromPath('/sonnenschein_de')).toBeNull();
    expect(statusFromPath('/sonnenschein_de/status/')).toBeNull();
    expect(statusFromPath('/sonnenschein_de/status/12ab')).toBeNull();
    expect(statusFromPath('/a_handle_that_is_too_long/status/1')).toBeNull();
    expect(statusFromPath('/home/status/1')).toBeNull();
  });

  it('reads links relative to x.com and absolute ones on x.com, twitter.com and mobile hosts only', () => {
    expect(statusFromHref('/anna/status/5')).toEqual({ handle: 'anna', id: '5' });
    expect(statusFromHref('https://twitter.com/anna/status/5?s=20&t=abc')).toEqual({ handle: 'anna', id: '5' });
    expect(statusFromHref('https://mobile.x.com/anna/status/5')).toEqual({ handle: 'anna', id: '5' });
    expect(statusFromHref('https://evil.example/anna/status/5')).toBeNull();
    expect(statusFromHref('javascript:alert(1)//x.com/anna/status/5')).toBeNull();
  });

  it('reads X\'s own site-relative shapes the same way as any other address', () => {
    expect(statusFromHref('/anna/status/5/photo/1')).toEqual({ handle: 'anna', id: '5' });
    expect(statusFromHref('/anna/status/5?s=20')).toEqual({ handle: 'anna', id: '5' });
    expect(statusFromHref('/anna/status/5#m')).toEqual({ handle: 'anna', id: '5' });
    expect(statusFromHref(' /anna/status/5 ')).toEqual({ handle: 'anna', id: '5' });
    expect(statusFromHref('/anna/status/5x')).toBeNull();
    expect(statusFromHref('/i/status/77')).toEqual({ handle: null, id: '77' });
    expect(statusFromHref('/home/status/1')).toBeNull();
    expect(statusFromHref('//anna/status/5')).toBeNull();
  });
});

describe('x ids: handles', () => {
  it('takes a handle only from a one-segment profile link', () => {
    expect(handleFromHref('/sonnenschein_de')).toBe('sonnenschein_de');
    expect(handleFromHref('https://x.com/Anna_Berger')).toBe('Anna_Berger');
    expect(handleFromHref('/anna/status/5')).toBeNull();
    expect(handleFromHref('/notifications')).toBeNull();
    expect(handleFromHref('/explore')).toBeNull();
    expect(handleFromHref('https://t.co/abc')).toBeNull();
    expect(handleFromHref('/anna/')).toBe('anna');
    expect(handleFromHref('/anna//?s=1')).toBe('anna');
    expect(handleFromHref(' /anna ')).toBe('anna');
    expect(handleFromHref('/Home')).toBeNull();
    expect(handleFromHref('//anna')).toBeNull();
    expect(handleFromHref('/a_handle_that_is_too_long')).toBeNull();
  });

  it('compares handles without case or "@"', () => {
    expect(handleKey('@Sonnenschein_DE')).toBe('sonnenschein_de');
    expect(handleKey(' Sonnenschein_DE\n')).toBe('sonnenschein_de');
    expect(handleKey('Sonnenschein_DE')).toBe('sonnenschein_de');
    expect(handleKey('')).toBe('');
  });

  it('reads the company handle from a configured name or address, never from a display name', () => {
    expect(handleOfOwnerEntry('sonnenschein_de')).toBe('sonnenschein_de');
    expect(handleOfOwnerEntry('@Sonnenschein_DE')).toBe('sonnenschein_de');
    expect(handleOfOwnerEntry('https://twitter.com/Sonnenschein_DE')).toBe('sonnenschein_de');
    expect(handleOfOwnerEntry('x.com/sonnenschein_de')).toBe('sonnenschein_de');
    expect(handleOfOwnerEntry('Bäckerei Sonnenschein')).toBeNull();
    expect(handleOfOwnerEntry('https://x.com/sonnenschein_de/status/1')).toBeNull();
    expect([...ownerHandleSet(['Bäckerei Sonnenschein', '@sonnenschein_DE', 'filiale_ost'])]).toEqual(['sonnenschein_de', 'filiale_ost']);
  });

  it('gives one permalink per post and knows the X hosts', () => {
    expect(canonicalPermalink('@anna', '5')).toBe('https://x.com/anna/status/5');
    expect(canonicalPermalink('anna', '5')).toBe('https://x.com/anna/status/5');
    expect(isXHost('twitter.com')).toBe(true);
    expect(isXHost('www.x.com')).toBe(true);
    expect(isXHost('mobile.twitter.com')).toBe(true);
    expect(isXHost('x.com.evil.example')).toBe(false);
    expect(isXHost('notx.com')).toBe(false);
  });
});
