import { describe, expect, it } from 'vitest';
import type { OwnPage } from '../../../../lib/models/settings';
import { handleOfPage, xOwnPage } from '../../../../lib/platforms/x/page-match';

const company: OwnPage = { site: 'x', name: 'sonnenschein_de', url: 'https://x.com/sonnenschein_de', pageId: '' };
const branch: OwnPage = { site: 'x', name: 'Filiale Ost', url: 'https://twitter.com/Sonne_Ost', pageId: '' };
const facebookPage: OwnPage = { site: 'facebook', name: 'sonnenschein_de', url: 'https://www.facebook.com/sonnenschein_de', pageId: '' };
const pages = [company, branch];
const at = (href: string, list: readonly OwnPage[] = pages) => xOwnPage(new URL(href), list);

describe('x page matching', () => {
  it('knows the configured handle from the address or the name', () => {
    expect(handleOfPage(company)).toBe('sonnenschein_de');
    expect(handleOfPage(branch)).toBe('sonne_ost');
    expect(handleOfPage({ site: 'x', name: '@Sonnenschein_DE', url: '@Sonnenschein_DE', pageId: '' })).toBe('sonnenschein_de');
    expect(handleOfPage({ site: 'x', name: 'Bäckerei', url: 'https://example.com/', pageId: '' })).toBeNull();
  });

  it('matches the profile and its replies tab on x.com, twitter.com and mobile hosts, in any case', () => {
    expect(at('https://x.com/sonnenschein_de')).toBe(company);
    expect(at('https://x.com/Sonnenschein_DE/')).toBe(company);
    expect(at('https://twitter.com/sonnenschein_de/with_replies')).toBe(company);
    expect(at('https://mobile.x.com/SONNENSCHEIN_DE')).toBe(company);
    expect(at('https://x.com/sonne_ost')).toBe(branch);
  });

  it('leaves other profiles, other profile tabs and other sites alone', () => {
    expect(at('https://x.com/anna_berger')).toBeNull();
    expect(at('https://x.com/sonnenschein_de/media')).toBeNull();
    expect(at('https://x.com/sonnenschein_de/likes')).toBeNull();
    expect(at('https://x.com/home')).toBeNull();
    expect(at('https://x.com/explore')).toBeNull();
    expect(at('https://www.facebook.com/sonnenschein_de')).toBeNull();
    expect(at('https://x.com.evil.example/sonnenschein_de')).toBeNull();
  });

  it('accepts every status page once an X page is configured, preferring the page whose handle is in the address', () => {
    expect(at('https://x.com/sonne_ost/status/1898700000000000100')).toBe(branch);
    expect(at('https://x.com/kathi_m/status/1898700000000000210')).toBe(company);
    expect(at('https://twitter.com/kathi_m/status/1898700000000000210/photo/1')).toBe(company);
    expect(at('https://x.com/i/web/status/1898700000000000210')).toBe(company);
  });

  it('does not annotate the lists hanging off a post (quotes, reposts, likes, analytics)', () => {
    expect(at('https://x.com/kathi_m/status/1898700000000000210/quotes')).toBeNull();
    expect(at('https://x.com/kathi_m/status/1898700000000000210/retweets')).toBeNull();
    expect(at('https://x.com/kathi_m/status/1898700000000000210/analytics')).toBeNull();
  });

  it('matches the mentions view and searches for the handle', () => {
    expect(at('https://x.com/notifications/mentions')).toBe(company);
    expect(at('https://x.com/notifications')).toBeNull();
    expect(at('https://x.com/search?q=%40Sonne_Ost&src=typed_query')).toBe(branch);
    expect(at('https://x.com/search?q=to%3Asonnenschein_de')).toBe(company);
    expect(at('https://x.com/search?q=sonnenschein')).toBeNull();
    expect(at('https://x.com/search?q=%40sonnenschein_de_fan')).toBeNull();
  });

  it('needs a configured X page: Facebook pages and an empty list match nothing', () => {
    expect(at('https://x.com/sonnenschein_de', [facebookPage])).toBeNull();
    expect(at('https://x.com/kathi_m/status/1', [])).toBeNull();
    expect(at('https://x.com/notifications/mentions', [facebookPage])).toBeNull();
  });
});

describe('x page matching: the demo company', () => {
  it('overlays every demo view, and the configured page passes the settings schema', async () => {
    const { OwnPageSchema } = await import('../../../../lib/models/settings');
    const demo = await import('../../../fixtures/x/demo-company');
    const page = OwnPageSchema.parse(demo.X_OWN_PAGE);
    for (const url of [demo.STATUS_URL, demo.CUSTOMER_STATUS_URL, demo.MENTIONS_URL, demo.PROFILE_URL, demo.REPLIES_URL]) {
      expect(xOwnPage(new URL(url), [page])).toBe(page);
    }
  });
});
