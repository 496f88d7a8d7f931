import { describe, expect, it } from 'vitest';
import { buildSkeleton, Skeleton, skeletonString } from '../../../lib/netiquette/normalize';

/** The words of a skeleton, space-separated, framing boundaries dropped. */
const sk = (text: string): string => skeletonString(text);

describe('skeleton: what the term lists are matched against', () => {
  it('lower-cases and keeps plain words apart', () => {
    expect(sk('Das ist ein Test')).toBe('das ist ein test');
  });

  it('reads leetspeak digits and symbols inside words as letters', () => {
    expect(sk('V0ll1d10t')).toBe('vollidiot');
    expect(sk('Ar$chl0ch')).toBe('arschloch');
    expect(sk('sh1t')).toBe('shit');
  });

  it('leaves numbers that are numbers alone', () => {
    expect(sk('Bestellung 12345 vom 3.4.')).toBe('bestellung vom');
    expect(sk('Preis 19,99 €')).toBe('preis');
  });

  it('collapses stretched letters but keeps the doubles that tell words apart', () => {
    expect(sk('Vollllidiiiiot')).toBe('vollidiot');
    expect(sk('fuuuuuck')).toBe('fuck');
    expect(sk('ass')).toBe('ass');
    expect(sk('Voll')).toBe('voll');
  });

  it('drops dots, hyphens and invisible characters inserted into a word', () => {
    expect(sk('A.r.s.c.h.l.o.c.h')).toBe('arschloch');
    expect(sk('Idi-ot')).toBe('idiot');
    expect(sk('Voll\u200bidiot')).toBe('vollidiot');
    expect(sk('Id\u00adiot')).toBe('idiot');
  });

  it('joins letters spaced out one by one', () => {
    expect(sk('f u c k')).toBe('fuck');
    expect(sk('I d i o t')).toBe('idiot');
  });

  it('resolves look-alike letters from other scripts and styled Unicode', () => {
    expect(sk('\u0410rschloch')).toBe('arschloch'); // Cyrillic A
    expect(sk('ｆｕｃｋ')).toBe('fuck'); // fullwidth
    expect(sk('𝐕𝐨𝐥𝐥𝐢𝐝𝐢𝐨𝐭')).toBe('vollidiot'); // mathematical bold (astral)
    expect(sk('i\u0308diot')).toBe('idiot'); // combining diaeresis
  });

  it('spells umlauts and ß out, so both German spellings meet', () => {
    expect(sk('Mißgeburt')).toBe(sk('Missgeburt'));
    expect(sk('Ärger über Öl')).toBe('aerger ueber oel');
    expect(sk('Hurensöhne')).toBe(sk('Hurensoehne'));
  });

  it('skips links and @mentions: they are not the commenter’s words', () => {
    expect(sk('schau https://example.com/arschloch hier')).toBe('schau hier');
    expect(sk('@Idiot_99 danke')).toBe('danke');
  });

  it('maps every letter back to where it is in the original text', () => {
    const text = 'Du V0ll-1d10t!';
    const s = buildSkeleton(text, new Skeleton());
    const first = [...s.codes.subarray(0, s.length)].findIndex((c, i) => i > 3 && c === 22); // "v"
    expect(s.from[first]).toBe(3);
    expect(s.endOf(s.length - 2)).toBe(13); // the final "t", before the "!"
  });

  it('counts capitals, digits and exclamation marks for the pattern detectors', () => {
    const s = buildSkeleton('DAS IST JA WOHL DAS LETZTE!!! 123', new Skeleton());
    expect(s.upper).toBe(s.cased);
    expect(s.exclamations).toBe(3);
    expect(s.digits).toBe(3);
    expect(s.capsRun).toBe(21); // D-A-S I-S-T J-A W-O-H-L D-A-S L-E-T-Z-T-E
  });

  it('finds a row of capital words inside a normal comment', () => {
    const s = buildSkeleton('Ich sage es nochmal: DAS IST EINE FRECHHEIT und zwar eine große', new Skeleton());
    expect(s.capsRun).toBe(19);
    expect(buildSkeleton('Wir bestellen bei DHL und UPS', new Skeleton()).capsRun).toBe(3);
  });

  it('survives hostile input: lone surrogates, control characters, long text', () => {
    const s = new Skeleton();
    expect(() => buildSkeleton('\ud800\udfff\udc00 a\u0000b\u0007c \ud83d', s)).not.toThrow();
    const long = 'abc '.repeat(30_000);
    buildSkeleton(long, s);
    expect(s.length).toBeGreaterThan(30_000);
  });
});
