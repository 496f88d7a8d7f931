import { describe, expect, it } from 'vitest';
import { createDetector, createListDetector } from '../../../lib/netiquette/detect';
import type { DetectionResult } from '../../../lib/netiquette/detector';

// The whole detector (lists, patterns and classifier) is what the overlay runs: traps must pass it.
const full = createDetector();
// Lists only, for statements about the term layer itself.
const lists = createListDetector();

const flagged = (text: string, det = full): DetectionResult => det.detect(text);
/** The flagged words (rule:words) of the offensive rules. */
const hits = (text: string, det = full): string[] =>
  det
    .detect(text)
    .flags.filter((f) => ['insult', 'profanity', 'threat', 'hate'].includes(f.rule))
    .map((f) => `${f.rule}:${text.slice(f.start, f.end)}`);

describe('term layer sees through obfuscation', () => {
  it.each([
    ['Du V0ll1d10t', 'V0ll1d10t'],
    ['Du Vollllidiiiiot', 'Vollllidiiiiot'],
    ['Du V.o.l.l.i.d.i.o.t', 'V.o.l.l.i.d.i.o.t'],
    ['Du V o l l i d i o t', 'V o l l i d i o t'],
    ['Du Voll-Idiot', 'Voll-Idiot'],
    ['Du Voll\u200bidiot', 'Voll\u200bidiot'],
    ['Du \u0412оllidiоt', '\u0412оllidiоt'], // Cyrillic В and о
    ['Du 𝐕𝐨𝐥𝐥𝐢𝐝𝐢𝐨𝐭', '𝐕𝐨𝐥𝐥𝐢𝐝𝐢𝐨𝐭'],
    ['So ein A****loch', 'A****loch'],
    ['Ar$chl0ch!', 'Ar$chl0ch'],
  ])('German: %s', (text, words) => {
    const r = flagged(text);
    expect(r.offensive).toBe(true);
    expect(hits(text)).toContain(`insult:${words}`);
  });

  it.each([
    ['f*ck this', 'profanity:f*ck'],
    ['fuuuuuck', 'profanity:fuuuuuck'],
    ['f.u.c.k', 'profanity:f.u.c.k'],
    ['ｆｕｃｋ', 'profanity:ｆｕｃｋ'],
    ['what a b!tch', 'insult:b!tch'],
    ['you a$$hole', 'insult:a$$hole'],
    ['you are a m0r0n', 'insult:m0r0n'],
    ['sh1t service', 'profanity:sh1t'],
  ])('English: %s', (text, hit) => {
    expect(flagged(text).offensive).toBe(true);
    expect(hits(text)).toContain(hit);
  });

  it('marks disguised spellings as such in the reason', () => {
    const plain = full.detect('Arschloch').flags[0];
    const disguised = full.detect('Ar$chl0ch').flags[0];
    expect(plain?.reason.params.obfuscated).toBe(false);
    expect(disguised?.reason.params.obfuscated).toBe(true);
  });
});

describe('German compounds', () => {
  it.each(['Drecksladen', 'Vollidiot', 'Dreckskerl', 'Vollpfosten', 'Hurensöhne', 'Scheißladen', 'Idiotenverein'])(
    'finds the insult inside "%s" and highlights the whole word',
    (word) => {
      const text = `Was für ein ${word}, echt.`;
      const r = flagged(text);
      expect(r.offensive).toBe(true);
      const f = r.flags.find((x) => ['insult', 'profanity'].includes(x.rule));
      expect(f && text.slice(f.start, f.end)).toBe(word);
    },
  );

  it('reports the longer term once, not also the term inside it', () => {
    expect(hits('Du Hurensohn')).toEqual(['insult:Hurensohn']);
  });
});

describe('no Scunthorpe false alarms', () => {
  it.each([
    'Schlagsahne',
    'Analyse',
    'Arsenal',
    'Schwanzflosse',
    'Essex',
    'Schlagsahne ist lecker',
    'Die Analyse eurer Preise zeigt: zu teuer.',
    'Arsenal hat gestern gewonnen, super Spiel.',
    'Die Schwanzflosse des Wals war riesig.',
    'We drove through Essex and Sussex yesterday.',
    'Heute gab es Barsch mit Kartoffeln, sehr lecker.',
    'Mein Opa war Analphabet und hat trotzdem alles geschafft.',
    'Der Shitstorm gegen euch war übertrieben.',
    'Der Cocktail war super, das Cockpit der Maschine auch.',
    'Das Kanalnetz und die Marschmusik',
    'Scunthorpe and Penistone are towns in England.',
    'Wir fahren im Winter zum Idiotenhügel',
    'Dicke Bohnen mit Speck, bitte wieder ins Sortiment!',
    'Ich hatte eine Dickdarm-Spiegelung, darf ich danach eure Produkte essen?',
    'Ich hätte gern ein Zigeunerschnitzel und einen Asylantrag-Ratgeber',
    'Das Ass im Ärmel und der Dickkopf meines Hundes',
    'Wie lange dauert der Versand nach Titisee?',
    'Summa cum laude bestanden!',
    'Wie kann ich die Schuhe zurückschicken?',
    'Kann ich das Paket zurückschicken, wenn es kaputt ist?',
  ])('"%s" is not offensive', (text) => {
    const r = flagged(text);
    expect(r.flags.filter((f) => ['insult', 'profanity', 'threat', 'hate'].includes(f.rule))).toEqual([]);
    expect(r.offensive).toBe(false);
  });

  it('needs the German words that insult only when aimed at someone to be aimed', () => {
    expect(lists.detect('Du Lappen').offensive).toBe(true);
    expect(lists.detect('Nimm einen feuchten Lappen zum Abwischen').offensive).toBe(false);
    expect(lists.detect('ihr Affen').offensive).toBe(true);
    expect(lists.detect('Ihr Hund ist süß').offensive).toBe(false);
  });

  it('counts English-only short words only in English text ("dick" is "fat" in German)', () => {
    expect(lists.detect('Der Pulli ist mir zu dick').offensive).toBe(false);
    expect(lists.detect('you are such a dick').offensive).toBe(true);
  });
});

describe('both languages: threats, hate, insults as phrases', () => {
  it.each([
    ['Ich bring dich um', 'threat'],
    ['Ich werde dich finden und abstechen', 'threat'],
    ['Geh doch sterben', 'threat'],
    ['Ich weiß wo du wohnst', 'threat'],
    ['I will kill you', 'threat'],
    ['kill yourself', 'threat'],
    ['I know where you live', 'threat'],
    ['Ausländer raus!', 'hate'],
    ['Flüchtlinge sind alle Verbrecher', 'hate'],
    ['muslims are animals', 'hate'],
    ['go back to your country', 'hate'],
    ['Du bist so dumm', 'insult'],
    ['Halt die Fresse', 'insult'],
    ['you are pathetic', 'insult'],
    ['shut up', 'insult'],
  ])('"%s" → %s', (text, rule) => {
    const r = lists.detect(text);
    expect(r.offensive).toBe(true);
    expect(r.flags.map((f) => f.rule)).toContain(rule);
  });

  it('tells the languages apart from function words', () => {
    expect(full.detect('Das ist nicht euer Ernst, oder?').language).toBe('de');
    expect(full.detect('This is not what I ordered, is it?').language).toBe('en');
  });

  it('lets ordinary criticism through', () => {
    for (const text of [
      'Wann kommt endlich mein Paket? Ich warte seit zwei Wochen!',
      'Ihr Service ist leider schlecht geworden.',
      'Where is my refund? This is the third time I ask.',
      'Your support is terrible and slow.',
    ]) {
      expect(full.detect(text).offensive, text).toBe(false);
    }
  });
});
