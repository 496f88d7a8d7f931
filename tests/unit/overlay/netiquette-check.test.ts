import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import { handleRequest } from '../../../lib/background/handle-request';
import { parseObserveReply } from '../../../lib/models/light/record-state';
import type { ObservedComment } from '../../../lib/models/comment';
import { NetiquetteChecker, type CheckEntry, type CheckedModel } from '../../../lib/overlay/netiquette-check';
import { freshDb } from '../db/test-db';

const observed = (id: string, author: string, text: string, parentId: string | null = null): ObservedComment => ({
  site: 'facebook', id, parentId, author: { name: author, url: `https://www.facebook.com/${author.toLowerCase()}` }, text,
  permalink: null, postedAt: null, timeSource: 'first-seen', byOwner: false, answered: false, answeredAt: null, pageName: 'Bäckerei',
});

function entry(o: ObservedComment, thread: string): CheckEntry & { model: CheckedModel } {
  const item = document.createElement('div');
  item.textContent = o.text;
  document.body.append(item);
  return { item, thread, model: { observed: signal(o), flags: signal(null), dispute: signal(null), authorKey: `facebook:${o.author.name}` } };
}

/**
 * The checker against the real background, as the annotator uses it: each batch's texts travel with
 * its sightings ('observe'), and the verdicts come back in the same reply. Counts the keys checked.
 */
function setup(lang: 'de' | 'en' = 'en') {
  const db = freshDb();
  const sent: string[][] = [];
  const checker = new NetiquetteChecker(document, lang);
  const check = async (entries: CheckEntry[]): Promise<void> => {
    const due = checker.prepare(entries);
    if (due) sent.push(due.keys);
    const comments = entries.map((e) => e.model.observed.peek());
    const reply = parseObserveReply(await handleRequest(db, { type: 'observe', comments, ...(due ? { check: { lang: due.lang, keys: due.keys } } : {}) }, Date.now()));
    if (due && reply?.check) checker.accept(due, reply.check);
  };
  return { checker, sent, check };
}

const settle = () => new Promise((r) => setTimeout(r, 50));

describe('netiquette on the page', () => {
  it('puts flags on the flagged comment only, and does not send an unchanged text again', async () => {
    const { check, sent } = setup();
    const rude = entry(observed('1', 'Kai', 'Ihr seid doch alle Idioten hier.'), '1');
    const nice = entry(observed('2', 'Lisa', 'Die Schlagsahne war super, danke für die Analyse!'), '2');
    await check([rude, nice]);
    await expect.poll(() => rude.model.flags.value?.flags.map((f) => f.words), { timeout: 5000 }).toEqual(['Idioten']);
    expect(rude.model.flags.value?.ladder?.step).toBe('public-reminder');
    expect(nice.model.flags.value).toBeNull();
    expect(sent).toEqual([['facebook:1', 'facebook:2']]);

    await check([rude, nice]);
    await settle();
    expect(sent).toHaveLength(1);
    rude.model.observed.value = { ...rude.model.observed.value, text: 'Entschuldigung, war nicht so gemeint.' };
    await check([rude, nice]);
    await settle();
    expect(sent).toEqual([['facebook:1', 'facebook:2'], ['facebook:1']]);
    expect(rude.model.flags.value).toBeNull();
  });

  it('marks a dispute on the thread\'s top comment once two people have traded enough heated replies', async () => {
    const { check } = setup();
    const top = entry(observed('10', 'Anna', 'Ich finde die Torte richtig gut.'), '10');
    const replies = [
      ['11', 'Jonas', 'Du hast doch keine Ahnung, lächerlich.'],
      ['12', 'Greta', 'Halt dich raus, du Lügner.'],
      ['13', 'Jonas', 'Du bist so peinlich, lern lesen!'],
    ].map(([id, who, text]) => entry(observed(id!, who!, text!, '10'), '10'));
    await check([top, replies[0]!, replies[1]!]);
    await expect.poll(() => replies[1]!.model.flags.value?.flags.length, { timeout: 5000 }).toBe(1);
    expect(top.model.dispute.value).toBeNull();
    await check([replies[2]!]);
    await expect.poll(() => top.model.dispute.value?.turns, { timeout: 5000 }).toBe(3);
    expect(top.model.dispute.value?.names).toEqual(['Jonas', 'Greta']);
    expect(top.model.dispute.value?.turns).toBe(3);
    // Posted to a German thread, the calming reply is German, whatever the interface's language.
    expect(top.model.dispute.value?.suggestion).toMatch(/^Hallo Jonas und Greta/);
    expect(replies.every((r) => r.model.dispute.value === null)).toBe(true);
  });

  it('suggests the calming reply in English for an English thread under a German interface', async () => {
    const { check } = setup('de');
    const top = entry(observed('20', 'Anna', 'I really like the cake here.'), '20');
    const replies = [
      ['21', 'Jonas', 'You have no idea, ridiculous idiot.'],
      ['22', 'Greta', 'Stay out of it, you liar and idiot.'],
      ['23', 'Jonas', 'You are so pathetic, learn to read, idiot!'],
    ].map(([id, who, text]) => entry(observed(id!, who!, text!, '20'), '20'));
    await check([top, ...replies]);
    await expect.poll(() => top.model.dispute.value?.turns, { timeout: 5000 }).toBe(3);
    expect(top.model.dispute.value?.suggestion).toMatch(/^Hi Jonas and Greta/);
  });
});
