import { describe, expect, it } from 'vitest';
import { createDetector } from '../../../lib/netiquette/detect';
import { attacksReader, detectDispute, type ThreadItem } from '../../../lib/netiquette/dispute';

const detector = createDetector();
let clock = Date.parse('2026-03-01T10:00:00Z');

function item(author: string, text: string, byOwner = false): ThreadItem {
  clock += 60_000;
  return {
    id: `facebook:${clock}`,
    authorKey: `facebook:name:${author.toLowerCase()}`,
    authorName: author,
    byOwner,
    at: clock,
    text,
    detection: detector.detect(text),
  };
}

describe('heated replies', () => {
  it('include direct attacks on the other person without listed insults', () => {
    expect(attacksReader('Du hast doch keine Ahnung, wovon du redest')).toBe(true);
    expect(attacksReader("You're delusional, read the news")).toBe(true);
    expect(attacksReader('Lern lesen, dann reden wir weiter')).toBe(false); // no second person word
    expect(attacksReader('Ich habe keine Ahnung, wann das Paket kommt')).toBe(false);
  });
});

describe('attacks on the reader', () => {
  it.each([
    'Du laberst nur Müll.',
    'Und du hast offensichtlich null Plan.',
    'Dich hat keiner gefragt.',
    'Wer hat euch denn gefragt?',
    'Keiner hat nach deiner Meinung gefragt',
    'Kümmer dich um deinen eigenen Kram.',
    'Du lügst doch, und das weißt du.',
    "You clearly can't read.",
    'You lie and you know it.',
    "You're lying again.",
    'Nobody asked you.',
    'Go educate yourself before you post garbage.',
    'Grow up, you child.',
    'You are even more pathetic than he is.',
    'u never talk to me shut up',
    // Tears of laughter under a reply aimed at someone mock; and no laughter softens calling them a liar.
    '😂😂😂 You are delusional',
    'Du Lügner 😄',
  ])('%s', (text) => {
    expect(attacksReader(text)).toBe(true);
  });

  it.each([
    'Haha, ich hatte auch keine Ahnung, bis du es erwähnt hast 😄',
    'Ach Quatsch, du hast natürlich recht 😊',
    'Ich heul gleich vor Freude, danke dir!',
    'Did you grow up near the old bakery? I had no idea it closed.',
    'Sorry for the stupid question, but are you still in town?',
    'Ha, the answer lies in the FAQ, you will find it there.',
    'Ich lüge nicht, du kannst gern nachfragen.',
    "You're right, that was a silly idea :)",
    'Did you lie down after the run?',
    'Ich bin so peinlich, hab dich gar nicht gesehen',
  ])('%s is no attack', (text) => {
    expect(attacksReader(text)).toBe(false);
  });

  it('takes sarcastic thanks for none', () => {
    expect(attacksReader('Danke für nichts, du hast echt keine Ahnung')).toBe(true);
    expect(attacksReader('Thanks for nothing, you have no idea')).toBe(true);
  });
});

describe('disputes', () => {
  const exchange = (turns: [string, string][]) => turns.map(([who, text]) => item(who, text));

  it('are not friendly banter between two customers', () => {
    expect(detectDispute(exchange([
      ['Anna', 'Haha, ich hatte auch keine Ahnung, bis du es erwähnt hast 😄'],
      ['Ben', 'Ach Quatsch, du hast natürlich recht 😊'],
      ['Anna', 'Ich heul gleich vor Freude, danke dir!'],
    ]))).toBeNull();
    expect(detectDispute(exchange([
      ['Anna', 'Did you grow up near the old bakery? I had no idea it closed.'],
      ['Ben', 'Sorry for the stupid question, but are you still in town?'],
      ['Anna', 'Ha, the answer lies in the FAQ, you will find it there.'],
    ]))).toBeNull();
  });

  it('are found in plain hostility without listed insults', () => {
    expect(detectDispute(exchange([
      ['Anna', 'Du laberst nur Müll.'],
      ['Ben', 'Und du hast offensichtlich null Plan.'],
      ['Anna', 'Dich hat keiner gefragt.'],
      ['Ben', 'Kümmer dich um deinen eigenen Kram.'],
    ]))?.turns).toBe(4);
    expect(detectDispute(exchange([
      ['Anna', "You clearly can't read."],
      ['Ben', 'You lie and you know it.'],
      ['Anna', 'Go educate yourself before you post garbage.'],
    ]))?.turns).toBe(3);
  });

  it('are two authors trading at least three heated turns, and come with a calming reply in both languages', () => {
    const thread = [
      item('Anna', 'Der neue Laden ist super!'),
      item('Ben', 'Du hast doch keine Ahnung, der Laden ist Müll'),
      item('Anna', 'DU BIST DOCH NUR NEIDISCH, MANN!!!'),
      item('Carla', 'Ich finde die Brötchen gut.'),
      item('Ben', 'Halt die Fresse, du Lappen'),
      item('Bäckerei', 'Danke für euer Feedback!', true),
    ];
    const d = detectDispute(thread, { netiquetteUrl: 'https://example.com/netiquette' });
    expect(d).not.toBeNull();
    expect(d?.authors.map((a) => a.name)).toEqual(['Ben', 'Anna']);
    expect(d?.turns).toBe(3);
    expect(d?.itemIds).toEqual([thread[1]?.id, thread[2]?.id, thread[4]?.id]);
    expect(d?.suggestion.de).toMatch(/^Hallo Ben und Anna, .*sachlich.*https:\/\/example\.com\/netiquette/);
    expect(d?.suggestion.en).toMatch(/^Hi Ben and Anna, .*factual.*https:\/\/example\.com\/netiquette/);
  });

  it('need the turns to alternate: one angry author alone is not a dispute', () => {
    const thread = [
      item('Ben', 'Ihr Idioten!'),
      item('Ben', 'Echt, ihr seid so dumm'),
      item('Ben', 'DAS IST EINE FRECHHEIT HIER'),
      item('Anna', 'Du hast keine Ahnung, Ben'),
    ];
    expect(detectDispute(thread)).toBeNull();
  });

  it('need the replies to be heated: a friendly back-and-forth is no dispute, even with "!!!"', () => {
    const thread = [
      item('Anna', 'Weiß jemand, ob samstags offen ist?'),
      item('Ben', 'Ja, bis 14 Uhr!!!'),
      item('Anna', 'Danke dir!!!'),
      item('Ben', 'Gerne!!! :)'),
    ];
    expect(detectDispute(thread)).toBeNull();
  });

  it('never count the page itself as a side', () => {
    const thread = [
      item('Ben', 'Ihr seid Betrüger, du Lappen'),
      item('Bäckerei', 'DAS STIMMT NICHT!!!', true),
      item('Ben', 'Halt die Fresse'),
      item('Bäckerei', 'Du hast keine Ahnung', true),
    ];
    expect(detectDispute(thread)).toBeNull();
  });

  it('order the thread by time when it arrives out of order', () => {
    const a = item('Anna', 'Du Idiot');
    const b = item('Ben', 'Selber Idiot, du Lappen');
    const c = item('Anna', 'Halt die Fresse');
    expect(detectDispute([c, a, b])?.itemIds).toEqual([a.id, b.id, c.id]);
  });
});
