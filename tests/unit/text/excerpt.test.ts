import { describe, expect, it } from 'vitest';
import { excerpt } from '../../../lib/excerpt';

describe('excerpt', () => {
  it('puts the text on one line and leaves a short one whole', () => {
    expect(excerpt('  Wann\n\tkommt   meine Bestellung? ', 80)).toBe('Wann kommt meine Bestellung?');
    // 60 emoji are 120 UTF-16 units but 60 characters: not cut at 80.
    expect(excerpt('😀'.repeat(60), 80)).toBe('😀'.repeat(60));
  });

  it('cuts a long text at the limit with an ellipsis, never inside an emoji', () => {
    const cut = excerpt(`a${'😀'.repeat(200)}`, 80);
    expect(Array.from(cut)).toHaveLength(80);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(excerpt('x'.repeat(100_000), 140)).toBe(`${'x'.repeat(139)}…`);
  });
});
