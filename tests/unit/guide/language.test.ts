import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../lib/guide/language';
import { HELD_OUT_CASES, RANKING_CASES } from './ranking-cases';

describe('detectLanguage', () => {
  it.each([
    ['Wo bleibt mein Paket? Ich warte seit einer Woche.', 'de'],
    ['Hab am Montag bestellt und es ist noch nicht da', 'de'],
    ['Größe M?', 'de'],
    ['Where is my parcel? I have been waiting for a week.', 'en'],
    ['thx so much, love it', 'en'],
    ['Is the shop open on Sunday', 'en'],
  ] as const)('%s → %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it.each([
    ['Hi, Lieferung?', 'de'],
    ['Hi Team, Rechnung fehlt', 'de'],
    ['Hey, wo bleibt mein Paket?', 'de'],
    ['Hey, where is my order?', 'en'],
  ] as const)('"Hi" and "Hey" open German comments as often as English ones: %s → %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it.each(['Opening hours Düsseldorf?', 'Köln store opening hours?', 'Opening times Münster?'])(
    'an umlaut in a place name does not make "%s" German',
    (text) => {
      expect(detectLanguage(text)).toBe('en');
    },
  );

  it('falls back when nothing tells', () => {
    expect(detectLanguage('👍', 'en')).toBe('en');
    expect(detectLanguage('👍')).toBe('de');
  });

  it('gets every realistic comment of the ranking cases right', () => {
    const wrong = [...RANKING_CASES, ...HELD_OUT_CASES].filter((c) => detectLanguage(c.text) !== c.lang).map((c) => c.text);
    expect(wrong).toEqual([]);
  });
});
