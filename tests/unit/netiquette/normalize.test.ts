import { describe, expect, it } from 'vitest';
import { charTable, CLS_LETTER } from '../../../lib/netiquette/char-table';
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

  it('ends a sentence at a full stop typed without its space, but keeps dotted disguises whole', () => {
    expect(sk('Paket kam heute an.Alles super')).toBe('paket kam heute an alles super');
    expect(sk('Kann man da eine.Gerade Linie schneiden?')).toBe('kan man da eine gerade linie schneiden');
    expect(sk('Your delivery was.Past due')).toBe('your delivery was past due');
    expect(sk('A.r.s.c.h.l.o.c.h')).toBe('arschloch'); // single letters
    expect(sk('ARSCH.LOCH')).toBe('arschloch'); // one case throughout
    expect(sk('Arsch.loch')).toBe('arschloch'); // no capital after the dot
    expect(sk('z.B. Dr.Müller')).toBe('zb dr mueller');
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

  /** "Arschloch" in a Mathematical Alphanumeric style, letter by letter from the style's capital A. */
  const styled = (word: string, base: number): string =>
    [...word].map((ch) => String.fromCodePoint(ch <= 'Z' ? base + ch.charCodeAt(0) - 65 : base + 26 + ch.charCodeAt(0) - 97)).join('');

  it.each([
    ['italic', 0x1d434], ['bold italic', 0x1d468], ['script', 0x1d49c], ['bold script', 0x1d4d0], ['Fraktur', 0x1d504],
    ['double-struck', 0x1d538], ['bold Fraktur', 0x1d56c], ['sans-serif', 0x1d5a0], ['sans-serif bold', 0x1d5d4],
    ['sans-serif italic', 0x1d608], ['sans-serif bold italic', 0x1d63c], ['monospace', 0x1d670],
  ])('reads "fancy text" in the %s style, including the holes naive generators emit (italic "h")', (_, base) => {
    expect(sk(styled('Arschloch', base))).toBe('arschloch');
  });

  it('reads the Letterlike Symbols the standard puts in those holes, and other compatibility letters', () => {
    expect(sk('ℌℯ𝓁𝓁ℴ')).toBe('hello'); // Fraktur H, script e and o
    expect(sk('ⅰdiot')).toBe('idiot'); // small roman numeral one
    expect(sk('ﬁck')).toBe('fick'); // ligature
    expect(sk('𝟎𝐫𝐬𝐜𝐡')).toBe('orsch'); // bold digit zero as leetspeak
  });

  it('reads dotless, Greek and Cyrillic i as i, not as the "l" they are confused with', () => {
    for (const text of ['Idιοt', 'Ιdιοt', 'Idıot', 'Іdіot']) expect(sk(text), text).toBe('idiot');
  });

  it('keeps symbols that only look like letters as symbols', () => {
    expect(sk('Marke™ 5 € ©')).toBe('marke');
  });

  it('knows every BMP character whose compatibility form is one Latin letter', () => {
    const table = charTable();
    const missing: string[] = [];
    for (let cp = 0x80; cp < 0x10000; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const nf = String.fromCharCode(cp).normalize('NFKC');
      if (!/^[A-Za-z]$/.test(nf)) continue;
      const e = table.bmp[cp] ?? 0;
      if (((e >> 10) & 7) !== CLS_LETTER || (e & 31) === 0) missing.push(cp.toString(16));
    }
    expect(missing).toEqual([]);
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
