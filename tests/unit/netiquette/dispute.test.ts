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

describe('disputes', () => {
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
