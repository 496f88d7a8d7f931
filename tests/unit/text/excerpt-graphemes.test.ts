import { describe, expect, it } from 'vitest';
import { excerpt as popupExcerpt } from '../../../components/popup/excerpt';
import { excerpt } from '../../../lib/excerpt';

describe('excerpt of a text that starts with many emoji', () => {
  it('popup row: 141 emoji are cut to 140 characters with an ellipsis', () => {
    const out = popupExcerpt('😂'.repeat(141));
    expect(Array.from(out).length).toBeLessThanOrEqual(140);
    expect(out.endsWith('…')).toBe(true);
  });

  it('popup row: an emoji-spam comment of 5,000 emoji is not put whole into the row', () => {
    expect(Array.from(popupExcerpt('😂'.repeat(5000))).length).toBeLessThanOrEqual(140);
  });

  it('reminder: 120 emoji then text are cut to 120 characters', () => {
    const out = excerpt(`${'🔥'.repeat(120)} and a long complaint that follows`, 120);
    expect(Array.from(out).length).toBeLessThanOrEqual(120);
  });
});

describe('excerpt cut inside a multi-code-point emoji', () => {
  it('a flag (two regional indicators) is not cut into a lone letter symbol', () => {
    const out = excerpt(`${'a'.repeat(118)}🇩🇪 danke für nichts`, 120);
    // 118 letters + 🇩 + … : the flag is cut in half and shows as a boxed "D".
    expect(out).not.toMatch(/\u{1F1E9}…$/u);
  });
  it('a ZWJ family emoji is not cut into a lone man', () => {
    const out = excerpt(`${'a'.repeat(117)}👨‍👩‍👧 wir warten`, 120);
    expect(out).not.toMatch(/\u200d…$|👨…$/u);
  });
});
