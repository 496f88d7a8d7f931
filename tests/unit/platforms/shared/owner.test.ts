import { describe, expect, it } from 'vitest';
import { isOwnerName, normaliseName, ownerEntries } from '../../../../lib/platforms/owner';

describe('owner names', () => {
  it('compare without case, extra spaces, "@" or decomposed accents', () => {
    expect(normaliseName('  @Bäckerei   Sonnenschein ')).toBe('bäckerei sonnenschein');
    expect(isOwnerName('BA\u0308CKEREI Sonnenschein', ['Bäckerei Sonnenschein'])).toBe(true);
    expect(isOwnerName('@baeckerei', ['Baeckerei'])).toBe(true);
  });

  it('need the whole name, not a prefix', () => {
    expect(isOwnerName('Bäckerei Sonnenschein Fanclub', ['Bäckerei Sonnenschein'])).toBe(false);
    expect(isOwnerName('Bäckerei', ['Bäckerei Sonnenschein'])).toBe(false);
  });

  it('never match an empty name', () => {
    expect(isOwnerName('', [''])).toBe(false);
    expect(isOwnerName('  ', ['Shop', ' '])).toBe(false);
  });
});

describe('ownerEntries', () => {
  it('gives one site\'s names, addresses and, where set, the Page id', () => {
    const pages = [
      { site: 'facebook' as const, name: 'Bäckerei Sonnenschein', url: 'https://www.facebook.com/baeckerei.sonnenschein', pageId: '100064000000001' },
      { site: 'facebook' as const, name: 'Filiale Nord', url: 'https://www.facebook.com/filiale.nord', pageId: '' },
      { site: 'x' as const, name: 'baeckerei', url: 'https://x.com/baeckerei', pageId: '' },
    ];
    expect(ownerEntries(pages, 'facebook')).toEqual(['Bäckerei Sonnenschein', 'https://www.facebook.com/baeckerei.sonnenschein', '100064000000001', 'Filiale Nord', 'https://www.facebook.com/filiale.nord']);
    expect(ownerEntries(pages, 'x')).toEqual(['baeckerei', 'https://x.com/baeckerei']);
  });
});
