import { describe, expect, it } from 'vitest';
import { watchedPages } from '../../../lib/comments/watched-pages';
import { scopeChoices } from '../../../components/stats/scope';
import type { ResponseRecord } from '../../../lib/stats/response-record';

const rec = (site: 'facebook' | 'x', pageKey: string): ResponseRecord => ({ site, pageKey, postedAt: 1, firstSeenAt: 2, answeredAt: 3, byOwner: false });

describe('scopeChoices', () => {
  it('marks the pages no longer in the settings (audit 6)', () => {
    const watched = watchedPages([{ site: 'facebook', name: 'Bäckerei' }, { site: 'x', name: '@Shop' }]);
    const { pages } = scopeChoices([rec('facebook', 'Bäckerei'), rec('facebook', 'Alte Filiale'), rec('x', 'shop')], watched);
    expect(pages).toEqual([
      { site: 'facebook', pageKey: 'Alte Filiale', watched: false },
      { site: 'facebook', pageKey: 'Bäckerei', watched: true },
      { site: 'x', pageKey: 'shop', watched: true },
    ]);
  });

  it('lists one page once however its name is spelled (audit 9)', () => {
    const { pages } = scopeChoices([rec('x', 'Baeckerei'), rec('x', '@baeckerei '), rec('facebook', 'baeckerei')]);
    expect(pages.map((p) => `${p.site}:${p.pageKey}`)).toEqual(['facebook:baeckerei', 'x:Baeckerei']);
  });
});
