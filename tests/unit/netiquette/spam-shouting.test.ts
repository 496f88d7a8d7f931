import { describe, expect, it } from 'vitest';
import { createListDetector } from '../../../lib/netiquette/detect';

const detector = createListDetector();
const rulesOf = (text: string): string[] => [...new Set(detector.detect(text).flags.map((f) => f.rule))];
const spans = (text: string, rule: string): string[] =>
  detector
    .detect(text)
    .flags.filter((f) => f.rule === rule)
    .map((f) => text.slice(f.start, f.end));

describe('spam', () => {
  it('flags advertising that combines money promises, phrases and links', () => {
    const text = 'Verdiene 5000€ pro Monat von zu Hause! Schreib mir auf WhatsApp http://bit.ly/x';
    expect(rulesOf(text)).toEqual(['spam']);
    expect(spans(text, 'spam')).toEqual(['Verdiene 5000€', 'von zu Hause', 'Schreib mir auf WhatsApp', 'http://bit.ly/x']);
  });

  it('flags English promises of easy money', () => {
    expect(rulesOf('Earn $500 a day working from home, guaranteed profit! DM me')).toContain('spam');
  });

  it('flags link farms', () => {
    expect(rulesOf('top deals: https://a.example https://b.example https://c.example https://d.example')).toContain('spam');
  });

  it('leaves a customer with one link or one money word alone', () => {
    expect(rulesOf('Hier das Foto vom Schaden: https://imgur.com/abc123')).toEqual([]);
    expect(rulesOf('Ich habe 49,99 € bezahlt und nichts bekommen')).toEqual([]);
    expect(rulesOf('Kann man bei euch mit Bitcoin bezahlen?')).toEqual([]);
  });
});

describe('shouting', () => {
  it('flags a comment written mostly in capitals', () => {
    const text = 'DAS IST JA WOHL DAS LETZTE HIER';
    expect(spans(text, 'shouting')).toEqual([text]);
  });

  it('flags a row of capital words inside a normal comment', () => {
    expect(spans('Ich sage es nochmal: DAS IST EINE FRECHHEIT und zwar eine große', 'shouting')).toEqual([
      'DAS IST EINE FRECHHEIT',
    ]);
  });

  it('flags rows of exclamation marks, also with the "1" of a missed shift key', () => {
    expect(spans('Wann kommt es endlich!!!', 'shouting')).toEqual(['!!!']);
    expect(spans('Antwortet mal!!!11', 'shouting')).toEqual(['!!!11']);
  });

  it('leaves acronyms, short capitals and single exclamation marks alone', () => {
    expect(rulesOf('Wir versenden mit DHL oder UPS in die EU und die USA!')).toEqual([]);
    expect(rulesOf('OK danke!')).toEqual([]);
    expect(rulesOf('Super!! Danke')).toEqual([]);
  });

  it('is not an offensive finding', () => {
    expect(detector.detect('DAS IST JA WOHL DAS LETZTE HIER!!!').offensive).toBe(false);
  });
});
