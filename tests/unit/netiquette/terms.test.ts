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

/** The flags of the offensive rules as rule:words, whichever layer raised them. */
const offensiveFlags = (text: string, det = full): string[] => hits(text, det);

describe('a full stop typed without its space', () => {
  it.each([
    'Paket kam heute an.Alles super, danke!',
    'Liebe Grüße an.Alle im Team',
    'Kann man da eine.Gerade Linie schneiden?',
    'Ich frage mich ob.Ich das zurückgeben kann',
    'Your delivery was.Past due again',
    'The timing is.Hit or miss',
  ])('does not glue "%s" into a term', (text) => {
    expect(full.detect(text).flags).toEqual([]);
  });

  it('still reads disguises written with dots', () => {
    expect(hits('Du A.r.s.c.h.l.o.c.h', lists)).toEqual(['insult:A.r.s.c.h.l.o.c.h']);
    expect(hits('Du Arsch.loch', lists)).toEqual(['insult:Arsch.loch']);
  });
});

describe('a whitelist speaks for the lists of its own language', () => {
  it.each([
    ['Fick dich', 'profanity:Fick'],
    ['Ihr könnt mich mal, fickt euch', 'profanity:fickt'],
    ['Du Assi', 'insult:Assi'],
    ['Du bist so ein Assi', 'insult:Assi'],
  ])('obscenity’s English whitelist does not silence the German list: "%s"', (text, hit) => {
    expect(hits(text, lists)).toContain(hit);
  });

  it('a longer innocent word still clears the other language’s match inside it', () => {
    expect(full.detect('Wir fahren im Winter zum Idiotenhügel').offensive).toBe(false); // English "idiot" too
    expect(full.detect('Human trafficking must end').flags.filter((f) => f.rule === 'profanity')).toEqual([]); // German "fick"
  });
});

describe('stretched and doubled letters', () => {
  it.each(['Du Arschlooooch', 'Du Idiooooot', 'Du Arschgeeeeige', 'Du Spasst', 'Sheeeeit', 'Du Wichsssser', 'Du Arschlloch'])(
    '"%s" is read',
    (text) => {
      expect(lists.detect(text).offensive).toBe(true);
    },
  );

  it.each([
    'Du spaßt wohl!', // "spaßen", to joke: spelt out like a stretched "Spast"
    'Ihr habt wohl gespaßt, oder?', // its past participle
    'Am Spaßtag war es toll',
    'Wir vergaßen die Tasche im Laden', // like a stretched "vergasen"
    'Arnold Schwarzenegger war hier', // like a stretched "Neger"
    'The mussels were great', // like a stretched "Musel"
  ])('"%s" is not offensive', (text) => {
    expect(full.detect(text).offensive).toBe(false);
  });
});

describe('fancy text and homoglyphs', () => {
  const styled = (word: string, base: number): string =>
    [...word].map((ch) => String.fromCodePoint(ch <= 'Z' ? base + ch.charCodeAt(0) - 65 : base + 26 + ch.charCodeAt(0) - 97)).join('');

  it.each([
    ['italic', 0x1d434], ['bold italic', 0x1d468], ['bold script', 0x1d4d0], ['Fraktur', 0x1d504], ['bold Fraktur', 0x1d56c],
    ['sans-serif', 0x1d5a0], ['sans-serif bold', 0x1d5d4], ['sans-serif bold italic', 0x1d63c], ['monospace', 0x1d670],
  ])('"Arschloch" in %s is an insult from the list', (_, base) => {
    const text = `Du ${styled('Arschloch', base)}`;
    expect(full.detect(text).flags.some((f) => f.rule === 'insult' && f.reason.code === 'term')).toBe(true);
  });

  it.each(['Du Idιοt', 'Du Ιdιοt', 'Du Idıot', 'Du Іdіot'])('Greek, dotless and Cyrillic i: "%s" is an insult from the list', (text) => {
    expect(full.detect(text).flags.some((f) => f.rule === 'insult' && f.reason.code === 'term')).toBe(true);
  });
});

describe('English names and places', () => {
  it.each([
    'Spotted Dick pudding is back on the menu?',
    "We shop at Dick's every week",
    'Tell Dick I said thanks',
    'Dick Van Dyke is my favourite actor',
    'We watched the Dick Van Dyke show',
    'My name is Dickson and I ordered twice',
    'Deliver to Bitchfield?',
    'Greetings from Shitterton',
  ])('"%s" is not flagged', (text) => {
    expect(full.detect(text).flags).toEqual([]);
  });

  it.each([
    ['you dick', 'insult:you dick'],
    ['He is such a dick', 'insult:a dick'],
    ['What a dick move', 'insult:dick move'],
    ['Suck my dick', 'profanity:my dick'],
    ['Roger is a bit of a dick', 'insult:a dick'],
    ['what a dickhead', 'insult:dickhead'],
  ])('"dick" in context still counts: "%s"', (text, hit) => {
    expect(hits(text, lists)).toContain(hit);
  });
});

describe('idioms the classifier must not read as abuse', () => {
  it.each([
    'Sorry for the stupid question, but do you ship to Austria?',
    'Sorry for the dumb question, do you deliver on Sundays?',
    'Your sourdough is sick!',
    'I could kill for a slice of that cheesecake',
    'Der Pulli ist mir zu dick',
    'Die Pizza ist mir zu dick',
    'Der Boden ist viel zu dick',
    'Die Sahne ist zu dick',
  ])('"%s" is not flagged', (text) => {
    expect(full.detect(text).flags).toEqual([]);
  });

  it('keeps the same words as evidence outside the idiom', () => {
    expect(full.detect('You are stupid and so is your question').offensive).toBe(true);
    expect(full.detect('I will kill you').offensive).toBe(true);
  });
});

describe('German everyday words and place names', () => {
  it.each(['Die App ist idiotensicher', 'Eine idiotensichere Anleitung, danke!', 'Grüße aus Pissen bei Leipzig', 'Die Filiale in Kotzen ist super'])(
    '"%s" is not flagged',
    (text) => {
      expect(full.detect(text).flags).toEqual([]);
    },
  );

  it('still flags the verbs where they are no place', () => {
    expect(hits('Ich muss mal pissen', lists)).toEqual(['profanity:pissen']);
    expect(hits('Du Vollidiot', lists)).toEqual(['insult:Vollidiot']);
  });
});

describe('masked words', () => {
  it.each([
    ['F**k you', 'profanity:F**k'],
    ['What the f**k is this', 'profanity:f**k'],
    ['S**t service', 'profanity:S**t'],
  ])('a mask with one real letter on each side is read: "%s"', (text, hit) => {
    expect(hits(text, lists)).toContain(hit);
  });

  it('gives a mask that reads as several words the mildest reading ("S**t": shit, not slut)', () => {
    expect(offensiveFlags('S**t service', lists)).toEqual(['profanity:S**t']);
  });

  it('leaves gender stars alone', () => {
    expect(full.detect('Liebe Kund*innen, unsere Mitarbeiter*innen sind für Sie da').flags).toEqual([]);
  });
});

describe('umlauts typed as plain vowels', () => {
  it.each(['Du Blodmann', 'Du Lugner', 'Du bist blod', 'Ihr seid damlich', 'Du Dummschwatzer'])('"%s" is read', (text) => {
    expect(lists.detect(text).offensive).toBe(true);
  });

  it('not where the plain spelling is another word', () => {
    expect(full.detect('Die Kühe mussten alle erschossen werden').flags.map((f) => f.rule)).not.toContain('threat');
    expect(full.detect('Wir waren heute in der Lugner City').offensive).toBe(false);
  });
});

describe('"Arsch"', () => {
  it.each(['Ich habe mir den Arsch abgefroren vor der Filiale', 'Die neue Filiale liegt echt am Arsch der Welt'])(
    'alone is vulgar, not an insult: "%s"',
    (text) => {
      expect(full.detect(text).flags.map((f) => f.rule)).toEqual(['profanity']);
    },
  );

  it.each([
    ['Du Arsch', 'insult:Du Arsch'],
    ['Du bist ein Arsch', 'insult:Du bist ein Arsch'],
    ['Was für ein Arsch', 'insult:Was für ein Arsch'],
    ['Der Chef ist so ein Arsch', 'insult:ist so ein Arsch'],
    ['Du blöder Arsch', 'insult:blöder Arsch'],
    ['Ihr Ärsche', 'insult:Ihr Ärsche'],
  ])('aimed at someone, it is the insult: "%s"', (text, hit) => {
    expect(hits(text, lists)).toEqual([hit]);
  });
});
