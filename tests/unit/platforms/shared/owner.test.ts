import { describe, expect, it } from 'vitest';
import { isOwnerName, normaliseName } from '../../../../lib/platforms/owner';

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
