import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STARTER_TOPIC_IDS, parseGuideFile } from '../../lib/guide';
import { extensionUrl, launchWithExtension, putRow, storedRows, type ExtensionBrowser } from './support/browser';

interface Row {
  id: string;
  position: number;
  title: { de: string; en: string };
  templates: { id: string; lang: string; title: string; body: string; useCount: number }[];
}

const rows = (b: ExtensionBrowser) => storedRows<Row>(b, 'guideTopics');
const byPosition = (list: Row[]) => [...list].sort((a, c) => a.position - c.position).map((r) => r.id);
const listedIds = (page: Page) => page.locator('.topic-list li').evaluateAll((els) => els.map((el) => el.getAttribute('data-topic-id')));
const topicForm = (page: Page) => page.locator('form.topic-form');
const template = (page: Page, id: string) => page.locator(`fieldset.template[data-template-id="${id}"]`);

async function openOptions(b: ExtensionBrowser): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(extensionUrl(b, 'options.html'));
  await page.locator('.topic-list li').nth(STARTER_TOPIC_IDS.length - 1).waitFor({ timeout: 15_000 });
  return page;
}

async function importFile(page: Page, name: string, text: string): Promise<void> {
  await page.locator('input[name="import-guide"]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
}

/** A broken file: one unknown variable in a reply, one topic without any title. */
function brokenFile(exported: string): string {
  const data = JSON.parse(exported) as { topics: Row[] };
  data.topics[1]!.templates[0]!.body = 'Hallo {{vorname}}, danke!';
  data.topics[3]!.title = { de: '', en: '' };
  return JSON.stringify(data);
}

describe('response guide editor (English browser)', () => {
  let b: ExtensionBrowser;
  let page: Page;
  let exported = '';

  beforeAll(async () => {
    b = await launchWithExtension();
    page = await openOptions(b);
  });
  afterAll(async () => {
    await b?.close();
  });

  it('ships the starter guide: all 13 topics stored and listed in order', async () => {
    expect(byPosition(await rows(b))).toEqual([...STARTER_TOPIC_IDS]);
    expect(await listedIds(page)).toEqual([...STARTER_TOPIC_IDS]);
    expect(await page.locator('.topic-list li[data-topic-id="opening-hours"] .topic-open').textContent()).toBe('Opening hours & holidays');
  });

  it('edits a template and keeps the edit in storage', async () => {
    await page.locator('.topic-list li[data-topic-id="opening-hours"] .topic-open').click();
    const body = template(page, 'opening-hours.en.regular-hours').locator('textarea[name="template-body"]');
    await body.fill('Hi {{first_name}}, we are open [[opening hours]]. See you soon!\n{{agent}}');
    await page.locator('button.save-topic').click();
    await expect.poll(() => page.locator('.topic-edit-pane .status').textContent()).toBe('Topic saved.');
    const stored = (await rows(b)).find((r) => r.id === 'opening-hours')!;
    expect(stored.templates.find((t) => t.id === 'opening-hours.en.regular-hours')!.body).toBe(
      'Hi {{first_name}}, we are open [[opening hours]]. See you soon!\n{{agent}}',
    );
    // Reloaded, the page shows the stored text.
    await page.reload();
    await page.locator('.topic-list li[data-topic-id="opening-hours"] .topic-open').click();
    expect(await template(page, 'opening-hours.en.regular-hours').locator('textarea[name="template-body"]').inputValue()).toContain('See you soon!');
  });

  it('previews the template filled for the sample author, leaving the [[gaps]]', async () => {
    await template(page, 'opening-hours.en.regular-hours').locator('button.preview-template').click();
    await page.locator('input[name="sample-author"]').fill('Jonas Weber');
    const preview = page.locator('.preview-text[data-template-id="opening-hours.en.regular-hours"]');
    await expect.poll(() => preview.textContent()).toMatch(/^Hi Jonas, we are open \[\[opening hours\]\]\. See you soon!/);
    expect(await preview.locator('mark.gap').allTextContents()).toContain('[[opening hours]]');
    expect(await preview.textContent()).not.toContain('{{');

    // The sample comment's text shows what the badge would suggest; a click previews that template.
    await page.locator('textarea[name="sample-text"]').fill('Do you have a refund policy? I want to send back my order.');
    const suggestions = page.locator('.sample-suggestions li[data-template-id]');
    await expect.poll(() => suggestions.first().getAttribute('data-template-id')).toMatch(/^returns-refund\.en\./);
    const picked = (await suggestions.first().getAttribute('data-template-id'))!;
    await suggestions.first().locator('button').click();
    await expect.poll(() => page.locator('.preview-text').getAttribute('data-template-id')).toBe(picked);
    expect(await page.locator('form.topic-form').getAttribute('data-topic-id')).toBe('returns-refund');
    expect(await page.locator('.preview-text').textContent()).toMatch(/^Hi Jonas,/);
  });

  it('creates a topic (refusing an unknown variable inline first), reorders it and deletes it', async () => {
    const before = await rows(b);
    await page.locator('button.add-topic').click();
    await topicForm(page).locator('input[name="topic-title-en"]').fill('Gluten-free bread');
    await topicForm(page).locator('input[name="topic-title-de"]').fill('Glutenfreies Brot');
    await topicForm(page).locator('textarea[name="topic-keywords-en"]').fill('gluten-free\ncoeliac');
    // Unsaved edits are not dropped by opening another topic.
    await page.locator('.topic-list li[data-topic-id="opening-hours"] .topic-open').click();
    expect(await page.locator('.topic-edit-pane .status').textContent()).toBe('This topic has unsaved changes: save or cancel them first.');
    expect(await topicForm(page).locator('input[name="topic-title-en"]').inputValue()).toBe('Gluten-free bread');
    await page.locator('button.add-template-en').click();
    const tpl = topicForm(page).locator('fieldset.template').last();
    await tpl.locator('input[name="template-title"]').fill('Gluten-free range');
    await tpl.locator('textarea[name="template-body"]').fill('Hi {{firstname}}, our gluten-free bread: [[products]].');
    await page.locator('button.save-topic').click();
    await expect.poll(() => tpl.locator('.field-errors').textContent()).toContain('unknown variable "{{firstname}}"');
    expect(await page.locator('.topic-edit-pane .status').textContent()).toBe('Not saved: please correct the marked fields.');
    expect(await rows(b)).toHaveLength(before.length);

    await tpl.locator('textarea[name="template-body"]').fill('Hi {{first_name}}, our gluten-free bread: [[products]].');
    await page.locator('button.save-topic').click();
    await expect.poll(async () => (await rows(b)).length).toBe(before.length + 1);
    const created = (await rows(b)).find((r) => r.title.en === 'Gluten-free bread')!;
    expect(created.templates).toMatchObject([{ lang: 'en', title: 'Gluten-free range', body: 'Hi {{first_name}}, our gluten-free bread: [[products]].' }]);
    expect(byPosition(await rows(b)).at(-1)).toBe(created.id);
    expect((await listedIds(page)).at(-1)).toBe(created.id);

    // Up one place: before the last starter topic, in storage and in the list.
    await page.locator(`.topic-list li[data-topic-id="${created.id}"] button.topic-up`).click();
    await expect.poll(async () => byPosition(await rows(b)).slice(-2)).toEqual([created.id, STARTER_TOPIC_IDS.at(-1)]);
    await expect.poll(() => listedIds(page).then((ids) => ids.slice(-2))).toEqual([created.id, STARTER_TOPIC_IDS.at(-1)]);

    await page.locator(`.topic-list li[data-topic-id="${created.id}"] .topic-open`).click();
    await page.locator('button.delete-topic').click();
    // Deleting asks first, naming the topic.
    expect(await page.locator('.confirm-delete span').textContent()).toBe('Delete “Gluten-free bread” with all its templates (1)?');
    expect((await rows(b)).map((r) => r.id)).toContain(created.id);
    await page.locator('button.confirm-delete-topic').click();
    await expect.poll(async () => (await rows(b)).map((r) => r.id)).not.toContain(created.id);
    // The list follows storage through liveQuery, a moment after the write.
    await expect.poll(() => listedIds(page)).not.toContain(created.id);
  });

  it('searches titles, keywords and example questions', async () => {
    const search = page.locator('input[name="guide-search"]');
    await search.fill('refund');
    await expect.poll(() => listedIds(page)).toContain('returns-refund');
    expect((await listedIds(page)).length).toBeLessThan(4);
    // A German example question, in an English interface.
    await search.fill('Sendungsverfolgung');
    await expect.poll(() => listedIds(page)).toContain('delivery-status');
    expect(await listedIds(page)).not.toContain('opening-hours');
    await search.fill('qwertzuiop');
    await expect.poll(() => page.locator('.no-match').count()).toBe(1);
    await search.fill('');
    await expect.poll(() => page.locator('.topic-list li').count()).toBe(STARTER_TOPIC_IDS.length);
  });

  it('exports a file that reads back as the stored guide', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('button.export-guide').click()]);
    expect(download.suggestedFilename()).toMatch(/^moderato-guide-\d{4}-\d{2}-\d{2}\.json$/);
    exported = readFileSync((await download.path())!, 'utf8');
    const parsed = parseGuideFile(exported);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.guide.topics.map((t) => t.id)).toEqual([...STARTER_TOPIC_IDS]);
    expect(parsed.guide.topics.find((t) => t.id === 'opening-hours')!.templates.find((t) => t.id === 'opening-hours.en.regular-hours')!.body).toContain('See you soon!');
  });

  it('refuses a broken file, naming where and why, and changes nothing', async () => {
    const before = await rows(b);
    await importFile(page, 'broken.json', brokenFile(exported));
    const errors = page.locator('.import-errors li');
    await expect.poll(() => errors.count()).toBe(2);
    const texts = await errors.allTextContents();
    expect(texts[0]).toMatch(/^topics\[1\]\.templates\[0\]\.body \(topic "returns-refund", template "returns-refund\.de\.[a-z-]+"\): unknown variable "\{\{vorname\}\}"/);
    expect(texts[1]).toMatch(/^topics\[3\]\.title \(topic "price-offer"\): title missing/);
    expect(await page.locator('.import-errors p').textContent()).toBe('“broken.json” was not imported; the guide is unchanged. Problems found: 2');
    expect(await page.locator('.import-plans').count()).toBe(0);
    expect(await rows(b)).toEqual(before);

    // Not JSON at all: line and column.
    await importFile(page, 'notes.json', '{\n  "format": "moderato-response-guide",\n  "topics": [,]\n}');
    await expect.poll(() => page.locator('.import-errors li').first().textContent()).toMatch(/not valid JSON – line 3, column/);
    expect(await rows(b)).toEqual(before);
  });

  it('merges a modified file: additions and updates applied, nothing dropped; replace asks first and names removals', async () => {
    const before = await rows(b);
    const data = JSON.parse(exported) as { topics: (Row & Record<string, unknown>)[] };
    const hours = data.topics.find((t) => t.id === 'opening-hours')!;
    hours.templates.find((t) => t.id === 'opening-hours.de.holiday-hours')!.body = 'Hallo {{first_name}}, an Feiertagen: [[Zeiten]].';
    data.topics = data.topics.filter((t) => t.id !== 'job-application');
    data.topics.push({
      id: 'gift-cards', position: 99, title: { de: 'Gutscheine', en: 'Gift cards' },
      description: { de: '', en: '' }, keywords: { de: ['Gutschein'], en: ['gift card'] }, examples: { de: [], en: [] }, updatedAt: 0,
      templates: [{ id: 'gift-cards.en.buy', lang: 'en', title: 'Buying gift cards', body: 'Hi {{first_name}}, gift cards are sold [[where]].', useCount: 0 }],
    });
    const modified = JSON.stringify(data, null, 2);

    await importFile(page, 'team-guide.json', modified);
    await expect.poll(() => page.locator('.plan-merge .plan-topics').textContent()).toBe('Topics: 1 new, 0 updated, 13 kept');
    expect(await page.locator('.plan-merge .plan-templates').textContent()).toMatch(/^Templates: 1 new, 1 updated, \d+ kept$/);
    expect(await page.locator('.plan-replace .plan-topics').textContent()).toBe('Topics: 1 new, 0 updated, 12 kept, 1 removed');
    await page.locator('button.import-merge').click();
    await expect.poll(() => page.locator('.import-done').textContent()).toMatch(/^Merged: the guide now has 14 topics/);
    const merged = await rows(b);
    expect(merged.map((r) => r.id).sort()).toEqual([...before.map((r) => r.id), 'gift-cards'].sort());
    expect(merged.find((r) => r.id === 'opening-hours')!.templates.find((t) => t.id === 'opening-hours.de.holiday-hours')!.body).toBe('Hallo {{first_name}}, an Feiertagen: [[Zeiten]].');
    expect(merged.find((r) => r.id === 'job-application')).toEqual(before.find((r) => r.id === 'job-application'));
    await expect.poll(() => page.locator('.topic-list li').count()).toBe(14);

    // Replace with the same file: the only loss is the topic the file lacks, and it is named before anything happens.
    await importFile(page, 'team-guide.json', modified);
    await page.locator('button.import-replace').click();
    const removals = page.locator('.confirm-replace .removals li');
    await expect.poll(() => removals.evaluateAll((els) => els.map((el) => el.getAttribute('data-topic-id')))).toEqual(['job-application']);
    expect(await removals.first().textContent()).toBe('Topic “Jobs & applications” with all its templates');
    expect((await rows(b)).map((r) => r.id)).toContain('job-application');
    await page.locator('button.confirm-replace-button').click();
    await expect.poll(() => page.locator('.import-done').textContent()).toMatch(/^Replaced: the guide now has 13 topics/);
    expect((await rows(b)).map((r) => r.id)).not.toContain('job-application');
    expect((await rows(b)).map((r) => r.id)).toContain('gift-cards');
  });
});

describe('response guide editor: templates and use counts', () => {
  let b: ExtensionBrowser;
  let page: Page;
  beforeAll(async () => {
    b = await launchWithExtension();
    page = await openOptions(b);
  });
  afterAll(async () => {
    await b?.close();
  });

  it('reorders and deletes templates within their language', async () => {
    await page.locator('.topic-list li[data-topic-id="delivery-status"] .topic-open').click();
    await template(page, 'delivery-status.en.delay').locator('button.template-up').click();
    await template(page, 'delivery-status.en.delivered-missing').locator('button.template-delete').click();
    await page.locator('button.save-topic').click();
    await expect.poll(() => page.locator('.topic-edit-pane .status').textContent()).toBe('Topic saved.');
    const stored = (await rows(b)).find((r) => r.id === 'delivery-status')!;
    const en = stored.templates.filter((t) => t.lang === 'en') as (Row['templates'][number] & { position: number })[];
    expect(en.sort((x, y) => x.position - y.position).map((t) => t.id)).toEqual(['delivery-status.en.delay', 'delivery-status.en.check-order', 'delivery-status.en.short']);
    expect(stored.templates.filter((t) => t.lang === 'de')).toHaveLength(4);
  });

  it('shows the most used topics and sorts the list by use', async () => {
    const all = await rows(b);
    const counted = (id: string, uses: number) => {
      const row = all.find((r) => r.id === id)!;
      return { ...row, templates: row.templates.map((t, i) => (i === 0 ? { ...t, useCount: uses } : t)) };
    };
    await putRow(b, 'guideTopics', counted('praise-thanks', 5));
    await putRow(b, 'guideTopics', counted('hotline-handoff', 2));
    await page.reload();
    await page.locator('.topic-usage li').nth(1).waitFor();
    expect(await page.locator('.topic-usage li').evaluateAll((els) => els.map((el) => el.getAttribute('data-topic-id')))).toEqual(['praise-thanks', 'hotline-handoff']);
    expect(await page.locator('.topic-usage li .uses').allTextContents()).toEqual(['5 uses (71%)', '2 uses (29%)']);
    await page.locator('select[name="guide-sort"]').selectOption('use');
    await expect.poll(() => listedIds(page).then((ids) => ids.slice(0, 2))).toEqual(['praise-thanks', 'hotline-handoff']);
    expect(await page.locator('.topic-list li[data-topic-id="praise-thanks"] .uses').textContent()).toBe('used 5×');
  });
});

describe('response guide editor (German browser)', () => {
  let b: ExtensionBrowser;
  beforeAll(async () => {
    b = await launchWithExtension({ uiLanguage: 'de' });
  });
  afterAll(async () => {
    await b?.close();
  });

  it('names what is wrong with a file in German', async () => {
    const page = await openOptions(b);
    expect(await page.locator('.guide-editor h2').textContent()).toBe('Antwort-Leitfaden');
    await importFile(page, 'fremd.json', JSON.stringify({ format: 'moderato-response-guide', version: 1, topics: [{ id: 'x', title: { de: 'X', en: '' }, templates: [{ id: 'x.1', lang: 'de', title: 'T', body: 'Hallo {{vorname}}' }] }] }));
    await expect.poll(() => page.locator('.import-errors li').first().textContent()).toBe(
      'topics[0].templates[0].body (Thema „x“, Vorlage „x.1“): unbekannte Variable „{{vorname}}“ – erlaubt sind {{first_name}}, {{name}}, {{page}}, {{agent}}, {{date}}',
    );
    expect(await page.locator('.import-errors p').textContent()).toBe('„fremd.json“ wurde nicht importiert; der Leitfaden ist unverändert. Gefundene Probleme: 1');
    expect(byPosition(await rows(b))).toEqual([...STARTER_TOPIC_IDS]);
  });
});
