import { afterEach, describe, expect, it, vi } from 'vitest';
import { createGuideService, type GuideService } from '../../../lib/background/guide-service';
import { handleRequest } from '../../../lib/background/handle-request';
import { recordSightings } from '../../../lib/db/comments-store';
import { deleteTopic, loadGuide, seedStarterGuideOnce, upsertTopic } from '../../../lib/db/guide-store';
import { saveSettings } from '../../../lib/db/settings-store';
import { makeGuide, STARTER_TOPIC_IDS } from '../../../lib/guide';
import { SuggestReplySchema } from '../../../lib/models/messages';
import { defaultSettings } from '../../../lib/models/settings';
import { freshDb } from '../db/test-db';
import { observed } from '../models/observed-comment';
import { xCharactersOver } from '../../../lib/platforms/x/post-length';

const T = Date.UTC(2026, 10, 23, 12);
const open: GuideService[] = [];
afterEach(() => {
  for (const s of open.splice(0)) s.close();
});

async function setup() {
  const db = freshDb();
  await seedStarterGuideOnce(db, T);
  await saveSettings(db, { ...defaultSettings(), agentName: 'Mara' });
  const service = createGuideService(db);
  open.push(service);
  return { db, service };
}

const item = (key: string, text: string, authorName = 'Lena Berger') => ({ key, text, authorName, pageName: 'Bäckerei Sonnenschein' });

describe('guide service: suggest', () => {
  it('gives the three best templates per comment in its language, filled with first name, agent and page', async () => {
    const { service } = await setup();
    const reply = await service.suggest([
      item('facebook:1', 'Wo bleibt meine Bestellung? Warte schon seit einer Woche auf das Paket.'),
      item('facebook:2', 'Where is my parcel? Tracking says delivered but nothing arrived.', 'Tom Baker'),
    ], T);
    expect(SuggestReplySchema.safeParse(reply).success).toBe(true);
    const [de, en] = reply.suggestions;
    expect(de!.key).toBe('facebook:1');
    expect(de!.list).toHaveLength(3);
    expect(de!.list.every((s) => s.lang === 'de')).toBe(true);
    expect(de!.list[0]!.topicId).toBe('delivery-status');
    expect(de!.list[0]!.filled).toContain('Lena');
    expect(de!.list[0]!.filled).toContain('Mara');
    expect(de!.list[0]!.filled).not.toMatch(/\{\{/);
    expect(en!.list.every((s) => s.lang === 'en')).toBe(true);
    expect(en!.list[0]!.templateId).toBe('delivery-status.en.delivered-missing');
    expect(en!.list[0]!.filled).toMatch(/^Hi Tom,/);
    // Gaps for the agent stay.
    expect(en!.list.map((s) => s.filled).join('\n')).toMatch(/\[\[[^\]]+\]\]/);
  });

  it('leaves a gap where no first name can be told, and answers an empty guide with empty lists', async () => {
    const { db, service } = await setup();
    const reply = await service.suggest([item('k', 'Wann habt ihr am Samstag geöffnet?', 'Autohaus Müller GmbH')], T);
    expect(reply.suggestions[0]!.list[0]!.filled).toContain('[[Vorname]]');
    for (const id of STARTER_TOPIC_IDS) await deleteTopic(db, id);
    await vi.waitFor(async () => expect((await service.suggest([item('k', 'Wann habt ihr geöffnet?')], T)).suggestions).toEqual([{ key: 'k', list: [] }]));
  });

  it('follows the stored guide: a topic added in the options page is suggested without a restart', async () => {
    const { db, service } = await setup();
    const text = 'Gibt es bei euch auch glutenfreie Dinkelbrötchen?';
    const before = await service.suggest([item('k', text)], T);
    expect(before.suggestions[0]!.list.some((s) => s.topicId === 'gluten')).toBe(false);
    const [topic] = makeGuide({
      topics: [{
        id: 'gluten', title: { de: 'Glutenfrei', en: 'Gluten-free' },
        keywords: { de: ['glutenfrei', 'Dinkelbrötchen', 'Zöliakie'], en: ['gluten-free'] },
        templates: [{ id: 'gluten.de.1', lang: 'de', title: 'Glutenfreie Auswahl', body: 'Hallo {{first_name}}, glutenfrei haben wir [[Produkte]].' }],
      }],
    }).topics;
    await upsertTopic(db, topic!, T);
    await vi.waitFor(async () => {
      const after = await service.suggest([item('k', text)], T);
      expect(after.suggestions[0]!.list[0]).toMatchObject({ topicId: 'gluten', templateId: 'gluten.de.1', filled: 'Hallo Lena, glutenfrei haben wir [[Produkte]].' });
    });
  });
});

describe('guide service: comments that show no language', () => {
  it('answers "PayPal?" in the language of the page it was written on', async () => {
    const { db, service } = await setup();
    const english = ['Where is my order?', 'Is the store open on Sunday?', 'Thanks for the quick help!', 'I have been waiting for a week', 'Do you ship to Ireland?'];
    await recordSightings(db, english.map((text, i) => observed({ id: `en${i}`, text, pageName: 'Corner Bakery' })), T);
    await recordSightings(db, [observed({ id: 'de1', text: 'Wo bleibt mein Paket?' })], T);
    const reply = await service.suggest([item('facebook:1', 'PayPal?'), { ...item('facebook:2', 'PayPal?'), pageName: 'Corner Bakery' }], T);
    const [german, onEnglishPage] = reply.suggestions;
    expect(german!.list[0]).toMatchObject({ topicId: 'payment-invoice', lang: 'de' });
    expect(onEnglishPage!.list[0]).toMatchObject({ topicId: 'payment-invoice', lang: 'en' });
  });

  it('answers in German while the page’s comments do not tell its language', async () => {
    const { service } = await setup();
    const reply = await service.suggest([{ ...item('k', 'Login?'), pageName: 'New Page' }], T);
    expect(reply.suggestions[0]!.list.map((s) => s.lang)).toEqual(['de', 'de', 'de']);
  });
});

describe('guide service: template-used', () => {
  it('counts a use in storage; unknown ids are not counted', async () => {
    const { db, service } = await setup();
    expect(await service.templateUsed('opening-hours.de.regular-hours')).toEqual({ counted: true });
    expect(await service.templateUsed('no.such')).toEqual({ counted: false });
    const guide = await loadGuide(db);
    const used = guide.topics.flatMap((t) => t.templates).filter((t) => t.useCount > 0);
    expect(used.map((t) => [t.id, t.useCount])).toEqual([['opening-hours.de.regular-hours', 1]]);
  });
});

describe('guide service: use counts in the ranking', () => {
  it('ranks a template the team uses higher once it was used, without waiting for a guide edit', async () => {
    const { service } = await setup();
    const text = 'Wo bleibt meine Bestellung? Warte schon seit einer Woche auf das Paket.';
    const before = (await service.suggest([item('k', text)], T)).suggestions[0]!.list;
    const third = before[2]!;
    for (let i = 0; i < 20; i++) await service.templateUsed(third.templateId);
    await vi.waitFor(async () => {
      const after = (await service.suggest([item('k', text)], T)).suggestions[0]!.list;
      const again = after.find((s) => s.templateId === third.templateId);
      expect(again?.score ?? 0).toBeGreaterThan(third.score);
    });
  });
});

describe('handleRequest: guide messages', () => {
  it('answers suggest and template-used through the same service', async () => {
    const { db } = await setup();
    const reply = await handleRequest(db, { type: 'suggest', items: [item('x:1', 'Habt ihr Sonntag offen?')] }, T);
    expect(SuggestReplySchema.parse(reply).suggestions[0]!.list[0]!.topicId).toBe('opening-hours');
    const id = SuggestReplySchema.parse(reply).suggestions[0]!.list[0]!.templateId;
    expect(await handleRequest(db, { type: 'template-used', templateId: id }, T)).toEqual({ counted: true });
    expect((await loadGuide(db)).topics.flatMap((t) => t.templates).find((t) => t.id === id)!.useCount).toBe(1);
  });

  it('ignores malformed guide messages', async () => {
    const { db } = await setup();
    expect(handleRequest(db, { type: 'suggest', items: [{ key: 'k' }] }, T)).toBeUndefined();
    expect(handleRequest(db, { type: 'template-used', templateId: '' }, T)).toBeUndefined();
  });
});

describe('guide service: replies that fit on X', () => {
  const question = 'Wo bleibt meine Bestellung? Warte schon seit einer Woche auf das Paket.';

  it('offers a template of the same topic that X takes where the best one is over 280 characters', async () => {
    const { service } = await setup();
    const reply = await service.suggest([item('facebook:1', question), item('x:2', question)], T);
    const [fb, x] = reply.suggestions.map((s) => s.list);
    // On Facebook the long, more complete answer comes first.
    expect(fb![0]!.templateId).toBe('delivery-status.de.check-order');
    expect(xCharactersOver(fb![0]!.filled)).toBeGreaterThan(0);
    // On X the short one takes its place; the topics stay the ranking's, and nothing is offered twice.
    expect(x![0]).toMatchObject({ topicId: 'delivery-status', templateId: 'delivery-status.de.short' });
    expect(xCharactersOver(x![0]!.filled)).toBe(0);
    expect(x!.map((s) => s.topicId)).toEqual(fb!.map((s) => s.topicId));
    expect(x![0]!.filled).toMatch(/^Hallo Lena,[^]*Mara$/);
    expect(new Set(x!.map((s) => s.templateId)).size).toBe(x!.length);
  });

  it('keeps a long template when its topic has none that fits, for the badge to warn about', async () => {
    const { db, service } = await setup();
    const long = `Hallo {{first_name}}, ${'zu unseren glutenfreien Dinkelbrötchen gibt es viel zu sagen. '.repeat(6)}`;
    const [topic] = makeGuide({
      topics: [{
        id: 'gluten', title: { de: 'Glutenfrei', en: 'Gluten-free' },
        keywords: { de: ['glutenfrei', 'Dinkelbrötchen', 'Zöliakie'], en: ['gluten-free'] },
        templates: [{ id: 'gluten.de.1', lang: 'de', title: 'Lang', body: long }],
      }],
    }).topics;
    await upsertTopic(db, topic!, T);
    await vi.waitFor(async () => {
      const [s] = (await service.suggest([item('x:3', 'Gibt es glutenfreie Dinkelbrötchen?')], T)).suggestions;
      expect(s!.list[0]).toMatchObject({ templateId: 'gluten.de.1' });
      expect(xCharactersOver(s!.list[0]!.filled)).toBeGreaterThan(0);
    });
  });
});
