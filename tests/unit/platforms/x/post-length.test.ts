import { describe, expect, it } from 'vitest';
import { X_POST_LIMIT, xCharactersOver, xWeightedLength } from '../../../../lib/platforms/x/post-length';

describe("X's weighted post length", () => {
  it('counts Latin, German and punctuation 1 each', () => {
    expect(xWeightedLength('Hallo Jürgen, schöne Grüße – „bis bald“')).toBe('Hallo Jürgen, schöne Grüße – „bis bald“'.length);
    // The ellipsis (U+2026) is outside X's light ranges.
    expect(xWeightedLength('bald…')).toBe(4 + 2);
  });

  it('counts CJK 2 per character', () => {
    expect(xWeightedLength('你好')).toBe(4);
    expect(xWeightedLength('Hi 世界')).toBe(3 + 4);
  });

  it('counts an emoji sequence 2, however many code points it has', () => {
    expect(xWeightedLength('👍')).toBe(2);
    expect(xWeightedLength('👍🏽')).toBe(2);
    expect(xWeightedLength('👩‍👩‍👧‍👦')).toBe(2);
    expect(xWeightedLength('🇩🇪')).toBe(2);
    expect(xWeightedLength('❤️')).toBe(2);
    expect(xWeightedLength('1️⃣')).toBe(2);
    expect(xWeightedLength('Danke 🙏')).toBe(6 + 2);
    // Plain Latin-1 signs that are also pictographs stay 1 without the emoji selector.
    expect(xWeightedLength('© 2026')).toBe(6);
  });

  it('counts a link 23 whatever its length, without the punctuation after it', () => {
    expect(xWeightedLength('https://example.com/a/very/long/path/that/goes/on/and/on?with=query')).toBe(23);
    expect(xWeightedLength('Siehe https://x.com/hilfe.')).toBe(6 + 23 + 1);
    expect(xWeightedLength('www.example.de')).toBe(23);
  });

  it('counts composed and decomposed umlauts alike (NFC)', () => {
    expect(xWeightedLength('Mu\u0308ller')).toBe(xWeightedLength('Müller'));
  });

  it('says how far over 280 a text is', () => {
    expect(X_POST_LIMIT).toBe(280);
    expect(xCharactersOver('a'.repeat(280))).toBe(0);
    expect(xCharactersOver('a'.repeat(281))).toBe(1);
    expect(xCharactersOver('你'.repeat(141))).toBe(2);
  });
});
