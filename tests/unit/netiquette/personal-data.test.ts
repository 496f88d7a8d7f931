import { describe, expect, it } from 'vitest';
import { createListDetector } from '../../../lib/netiquette/detect';

const detector = createListDetector();

/** The personal-data findings as `kind:words`. */
const found = (text: string): string[] =>
  detector
    .detect(text)
    .flags.filter((f) => f.rule === 'personal-data')
    .map((f) => `${String(f.reason.code)}:${text.slice(f.start, f.end)}`);

describe('phone numbers', () => {
  it.each([
    ['Ruf mich an: 0171 1234567', '0171 1234567'],
    ['Handy 0171/1234567', '0171/1234567'],
    ['Tel. 030 12345678', '030 12345678'],
    ['Festnetz (030) 123 456 78 abends', '(030) 123 456 78'],
    ['erreichbar unter 0221-987654-0', '0221-987654-0'],
    ['Meine Nummer: +49 171 1234567', '+49 171 1234567'],
    ['+49 (0) 30 1234567', '+49 (0) 30 1234567'],
    ['0049 30 12345678', '0049 30 12345678'],
    ['+491711234567', '+491711234567'],
    ['call me +44 20 7946 0958', '+44 20 7946 0958'],
    ['US: +1 (415) 555-2671', '+1 (415) 555-2671'],
    ['Schweiz +41 44 668 18 00', '+41 44 668 18 00'],
  ])('finds the number in "%s"', (text, number) => {
    expect(found(text)).toEqual([`phone:${number}`]);
  });

  it.each([
    'Bestellnummer 123456789012',
    'Meine Kundennummer ist 0123456789',
    'Termin am 12.03.2024 um 10 Uhr',
    'Die Rechnung über 1.234,56 € kam am 01.02.2025',
    'Sendungsnummer 00340434161234567890',
    'Es sind 2000 Stück für 150 Euro',
    'Version 10.2.3 hat den Fehler',
  ])('leaves "%s" alone', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('IBANs', () => {
  it('finds a German IBAN with spaces', () => {
    expect(found('Überweist an DE89 3704 0044 0532 0130 00 danke')).toEqual(['iban:DE89 3704 0044 0532 0130 00']);
  });

  it('finds it without spaces and in lower case', () => {
    expect(found('IBAN: DE89370400440532013000')).toEqual(['iban:DE89370400440532013000']);
    expect(found('iban de89370400440532013000')).toEqual(['iban:de89370400440532013000']);
  });

  it('finds other countries’ IBANs', () => {
    expect(found('GB29 NWBK 6016 1331 9268 19')).toEqual(['iban:GB29 NWBK 6016 1331 9268 19']);
    expect(found('AT61 1904 3002 3457 3201')).toEqual(['iban:AT61 1904 3002 3457 3201']);
  });

  it('rejects look-alikes whose checksum fails', () => {
    expect(found('DE89 3704 0044 0532 0130 01')).toEqual([]);
    expect(found('Artikel DE12345678901234567890')).toEqual([]);
  });
});

describe('e-mail addresses', () => {
  it('finds plain and dodged addresses', () => {
    expect(found('Schreibt mir: max.mustermann@example.com')).toEqual(['email:max.mustermann@example.com']);
    expect(found('mail an anna (at) firma (punkt) de')).toEqual(['email:anna (at) firma (punkt) de']);
    expect(found('contact john[at]example.org please')).toEqual(['email:john[at]example.org']);
  });

  it('does not take @mentions for addresses', () => {
    expect(found('@anna danke dir, @Firma_Support bitte melden')).toEqual([]);
  });
});

describe('street addresses', () => {
  it.each([
    ['Ich wohne in der Musterstraße 12, 12345 Berlin', 'Musterstraße 12, 12345 Berlin'],
    ['Lieferung an Hauptstr. 5a bitte', 'Hauptstr. 5a'],
    ['Am Frankfurter Allee 112 ist der Laden', 'Frankfurter Allee 112'],
    ['He lives at 221 Baker Street, London', '221 Baker Street'],
  ])('finds "%s"', (text, address) => {
    expect(found(text)).toEqual([`address:${address}`]);
  });

  it('does not take a street name without a number for an address', () => {
    expect(found('Die Filiale in der Hauptstraße ist super')).toEqual([]);
  });
});

describe('personal data is one rule with one switch', () => {
  it('flags nothing when the rule is off', () => {
    const off = createListDetector({
      ruleSet: { rules: [{ id: 'personal-data', enabled: false, severity: 'high', name: { de: 'x', en: 'x' }, description: { de: 'x', en: 'x' } }] },
    });
    expect(off.detect('Ruf an: 0171 1234567, DE89370400440532013000').flags).toEqual([]);
  });

  it('does not call personal data offensive', () => {
    const r = detector.detect('Ruf an: 0171 1234567');
    expect(r.offensive).toBe(false);
    expect(r.flags[0]?.severity).toBe('high');
  });
});
