import { describe, expect, it } from 'vitest';
import { isolate } from '../../../lib/bidi';

/** Walks the text as the bidi algorithm scopes it: whether an embedding or override starts outside every isolate. */
function leaks(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === '\u2066' || ch === '\u2067' || ch === '\u2068') depth++;
    else if (ch === '\u2069') depth = Math.max(0, depth - 1);
    else if (/[\u202A-\u202E]/.test(ch) && depth === 0) return true;
  }
  return depth !== 0;
}

describe('isolate', () => {
  it('wraps a name in a first-strong isolate, keeping an override inside it', () => {
    expect(isolate('\u202Eevil')).toBe('\u2068\u202Eevil\u2069');
    expect(leaks(`About ${isolate('\u202Eevil')} (shown on all their comments)`)).toBe(false);
  });

  it('a name carrying its own pop (U+2069) cannot close the isolate early and let an override reach the sentence', () => {
    const name = 'Eve\u2069\u202E';
    expect(leaks(`About ${isolate(name)} (shown on all their comments)`)).toBe(false);
    expect(isolate(name)).toBe('\u2068Eve\u202E\u2069');
  });

  it('an unclosed isolate initiator in a name cannot take the pop and leave the sentence inside the isolate', () => {
    for (const opener of ['\u2066', '\u2067', '\u2068']) {
      expect(leaks(`${isolate(`Eve${opener}`)} is on it`)).toBe(false);
      expect(isolate(`Eve${opener}`)).toBe('\u2068Eve\u2069');
    }
  });
});
