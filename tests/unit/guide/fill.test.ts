import { describe, expect, it } from 'vitest';
import { fillTemplate, formatTemplateDate, templateVarsFor } from '../../../lib/guide/fill';
import { findPlaceholders, scanTemplate } from '../../../lib/guide/template-syntax';

// 23 November 2026, 10:00 UTC
const DATE = Date.UTC(2026, 10, 23, 10, 0);

describe('fillTemplate', () => {
  it('fills every variable and leaves the agent’s placeholders alone', () => {
    const body = 'Hallo {{first_name}}, hier ist {{agent}} von {{page}}. Ihre Bestellung [[Bestellnummer]] vom {{date}} ({{name}}).';
    const text = fillTemplate(body, { first_name: 'Anna', name: 'Anna Berger', page: 'Müller Drogerie', agent: 'Jonas', date: DATE }, { lang: 'de', timeZone: 'Europe/Berlin' });
    expect(text).toBe('Hallo Anna, hier ist Jonas von Müller Drogerie. Ihre Bestellung [[Bestellnummer]] vom 23. November 2026 (Anna Berger).');
  });

  it('formats the date in the template’s language', () => {
    expect(fillTemplate('{{date}}', { date: DATE }, { lang: 'en', timeZone: 'Europe/Berlin' })).toBe('23 November 2026');
    expect(fillTemplate('{{date}}', { date: DATE }, { lang: 'de', timeZone: 'Europe/Berlin' })).toBe('23. November 2026');
    expect(formatTemplateDate(new Date(DATE), 'de', 'Europe/Vienna')).toBe('23. November 2026');
    // The zone decides the day near midnight.
    expect(formatTemplateDate(Date.UTC(2026, 10, 23, 23, 30), 'en', 'Europe/Berlin')).toBe('24 November 2026');
  });

  it('turns a missing value into a placeholder instead of leaving a hole', () => {
    expect(fillTemplate('Hallo {{first_name}}, Ihr {{agent}}', { first_name: null, agent: '  ' }, 'de')).toBe('Hallo [[Vorname]], Ihr [[Ihr Name]]');
    expect(fillTemplate('Hi {{first_name}}, {{agent}} from {{page}}', {}, 'en')).toBe('Hi [[first name]], [[your name]] from [[page name]]');
  });

  it('tolerates spaces inside the braces and keeps unknown tokens as written', () => {
    expect(fillTemplate('Hallo {{ first_name }}! {{unknown}}', { first_name: 'Max' }, 'de')).toBe('Hallo Max! {{unknown}}');
  });

  it('never expands a variable inside an inserted value', () => {
    expect(fillTemplate('Hallo {{first_name}}', { first_name: '{{agent}}' }, { lang: 'de' })).toBe('Hallo {{agent}}');
  });

  it('builds the variables for a comment from its author, page and agent', () => {
    const vars = templateVarsFor({ authorName: '🌸 Dr. Anna Berger 🌸', pageName: 'Müller Drogerie', agentName: 'Jonas', date: DATE });
    expect(vars).toMatchObject({ first_name: 'Anna', name: 'Dr. Anna Berger', page: 'Müller Drogerie', agent: 'Jonas', date: DATE });
  });

  // An override or an unclosed isolate in a display name would reverse the rest of the reply.
  it.each([
    ['an override', '\u202EAnna Berger'],
    ['an unclosed isolate', '\u2067Anna Berger'],
    ['marks and embeddings', '\u200FAnna\u200E \u202BBerger\u202C'],
  ])('carries no bidi control from %s into the reply', (_, authorName) => {
    const vars = templateVarsFor({ authorName, pageName: 'Shop', agentName: 'Jonas' });
    expect(vars).toMatchObject({ first_name: 'Anna', name: 'Anna Berger' });
    const text = fillTemplate('Danke, {{name}}! Ihre Bestellung [[Bestellnummer]] ist unterwegs. {{agent}}', vars, 'de');
    expect(text).toBe('Danke, Anna Berger! Ihre Bestellung [[Bestellnummer]] ist unterwegs. Jonas');
  });

  it('strips bidi controls from every value, not only the author’s name', () => {
    expect(fillTemplate('{{page}} – {{agent}}, {{first_name}}', { page: '\u202EShop', agent: 'Jonas\u2066', first_name: '\u200FAnna' }, 'de')).toBe('Shop – Jonas, Anna');
    expect(fillTemplate('Hallo {{first_name}},', { first_name: '\u202E' }, 'de')).toBe('Hallo [[Vorname]],');
  });
});

describe('findPlaceholders and template syntax', () => {
  it('returns each gap with its label and exact span', () => {
    const text = 'Ihre Nummer [[Bestellnummer]] kommt am [[ Liefertermin ]].';
    const gaps = findPlaceholders(text);
    expect(gaps.map((g) => g.label)).toEqual(['Bestellnummer', 'Liefertermin']);
    for (const g of gaps) expect(text.slice(g.start, g.end)).toMatch(/^\[\[.*\]\]$/);
    expect(text.slice(gaps[0]!.start, gaps[0]!.end)).toBe('[[Bestellnummer]]');
  });

  it('finds no gap in plain text, an empty pair or a single bracket', () => {
    expect(findPlaceholders('Danke [Anna] für [[]] und [x]')).toEqual([]);
  });

  it('reports unknown variables and stray brackets', () => {
    const scan = scanTemplate('Hallo {{vorname}} [[Ort]] }} und [[');
    expect(scan.unknownVariables.map((v) => v.name)).toEqual(['vorname']);
    expect(scan.placeholders.map((p) => p.label)).toEqual(['Ort']);
    expect(scan.malformed.map((m) => m.token)).toEqual(['}}', '[[']);
  });
});

describe('greeting for odd display names', () => {
  const greet = (authorName: string) =>
    fillTemplate('Hallo {{first_name}},', templateVarsFor({ authorName, pageName: 'Bäckerei Sonnenschein', agentName: 'Mara' }), 'de');

  // These leave the [[Vorname]] gap for the moderator instead of a made-up first name.
  it.each(['Ein Kunde', 'St. Pauli Fan', 'DJ Bobo', 'Oma Inge'])('%s gets no made-up first name', (name) => {
    expect(greet(name)).toBe('Hallo [[Vorname]],');
  });

  it('still greets a person by the first name', () => {
    expect(greet('Dr. Anna Berger')).toBe('Hallo Anna,');
  });
});
