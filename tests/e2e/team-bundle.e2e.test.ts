import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openExtensionPage, launchWithExtension, putRow, seedSettings, storedRows, type ExtensionBrowser } from './support/browser';

/**
 * Team sharing without a server, between two browser profiles: A exports a bundle, B imports it.
 * Every piece of data is written into each profile's own IndexedDB, so the only way from A to B is
 * the downloaded file.
 */

interface TemplateRow { id: string; body: string; updatedAt: number; useCount: number; [k: string]: unknown }
interface TopicRow { id: string; templates: TemplateRow[]; [k: string]: unknown }
interface SettingsRow { id: string; value: Record<string, unknown> }

let a: ExtensionBrowser;
let b: ExtensionBrowser;
let bundleText = '';
let topicId = '';
let templateId = '';

const HOUR = 3_600_000;
const note = (id: string, text: string, at: number) => ({
  id, site: 'facebook', commentKey: `facebook:${id}`, authorKey: null, authorName: 'Lena Hoffmann', pageName: 'Bäckerei Sonnenschein', text, agent: 'Team', at,
});

async function seededGuide(x: ExtensionBrowser): Promise<TopicRow[]> {
  // The starter guide is seeded by the background on startup; hooks cannot use expect.poll.
  for (let i = 0; i < 150; i++) {
    const rows = await storedRows<TopicRow>(x, 'guideTopics');
    if (rows.length > 1) return rows;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the starter guide was never seeded');
}

/** A's or B's own edit of the same starter template, as the guide editor would store it. */
async function editTemplate(x: ExtensionBrowser, body: string, at: number): Promise<void> {
  const topic = (await seededGuide(x)).find((t) => t.id === topicId)!;
  await putRow(x, 'guideTopics', {
    ...topic,
    templates: topic.templates.map((t) => (t.id === templateId ? { ...t, body, updatedAt: at, useCount: 4 } : t)),
  });
}

async function everything(x: ExtensionBrowser) {
  return {
    settings: await storedRows(x, 'settings'),
    guideTopics: await storedRows(x, 'guideTopics'),
    notes: await storedRows(x, 'notes'),
    strikes: await storedRows(x, 'strikes'),
  };
}

async function importFile(options: Page, name: string, text: string): Promise<void> {
  await options.locator('input[name="team-import"]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

const count = (options: Page, section: string, field: string) =>
  options.locator(`.team-preview tr[data-section="${section}"] td[data-count="${field}"]`).textContent();

beforeAll(async () => {
  [a, b] = await Promise.all([launchWithExtension(), launchWithExtension()]);
  const guide = await seededGuide(a);
  const first = guide[0]!;
  topicId = first.id;
  templateId = first.templates[0]!.id;
  await seededGuide(b);

  const now = Date.now();
  await editTemplate(a, 'A: Ihr Paket ist unterwegs, {{first_name}}.', now - HOUR);
  await editTemplate(b, 'B: ältere Fassung, {{first_name}}.', now - 5 * HOUR);
  await putRow(a, 'notes', note('note-a', 'Notiz aus Browser A', now - 2 * HOUR));
  await putRow(b, 'notes', note('note-b', 'Notiz aus Browser B', now - 3 * HOUR));
  await seedSettings(a, { agentName: 'Anna Agentin', targetMinutes: 25 });
  await seedSettings(b, { agentName: 'Ben', targetMinutes: 60 });
});

afterAll(async () => {
  await a?.close();
  await b?.close();
});

describe('team bundle between two browser profiles', () => {
  it('A exports one dated JSON file without personal data', async () => {
    const options = await openExtensionPage(a, 'options.html');
    await options.locator('.team-export-button').waitFor();
    const [download] = await Promise.all([options.waitForEvent('download'), options.locator('.team-export-button').click()]);
    expect(download.suggestedFilename()).toMatch(/^moderato-team-\d{4}-\d{2}-\d{2}\.json$/);
    bundleText = await readFile((await download.path())!, 'utf8');
    const bundle = JSON.parse(bundleText);
    expect(bundle.format).toBe('moderato-team-bundle');
    expect(bundle).not.toHaveProperty('exportedBy'); // the box was not ticked
    expect(bundleText).not.toContain('Anna Agentin');
    expect(bundleText).not.toContain('firstSeenAt');
    expect(bundle.sections.notes.map((n: { id: string }) => n.id)).toEqual(['note-a']);
    expect(bundle.sections.sharedSettings.find((r: { id: string }) => r.id === 'settings-target-minutes').value).toBe(25);
    await expect.poll(() => options.locator('.team-export .status').textContent()).toContain('moderato-team-');

    // Ticked, the agent's name goes along as the sender, and only there.
    await options.locator('input[name="team-include-name"]').check();
    const [named] = await Promise.all([options.waitForEvent('download'), options.locator('.team-export-button').click()]);
    bundleText = await readFile((await named.path())!, 'utf8');
    expect(JSON.parse(bundleText).exportedBy).toBe('Anna Agentin');
    expect(bundleText.split('Anna Agentin').length).toBe(2);
    await options.close();
  });

  it('B sees what will change, applies it, and keeps its older version in the history', async () => {
    const guideSize = (await storedRows(b, 'guideTopics')).length;
    const options = await openExtensionPage(b, 'options.html');
    await importFile(options, 'moderato-team.json', bundleText);
    await options.locator('.team-preview').waitFor();
    expect(await options.locator('.team-preview > p').first().textContent()).toMatch(/^Bundle from \u2068Anna Agentin\u2069, exported /);
    expect(await count(options, 'guideTopics', 'updated')).toBe('1');
    expect(await count(options, 'guideTopics', 'unchanged')).toBe(String(guideSize - 1));
    expect(await count(options, 'notes', 'added')).toBe('1');
    expect(await count(options, 'notes', 'keptLocal')).toBe('0');
    expect(await count(options, 'sharedSettings', 'updated')).toBe('1');
    expect(await count(options, 'strikes', 'added')).toBe('0');
    await options.locator('.team-sharing').screenshot({ path: 'tests/e2e/screenshots/team-import-preview.png' });
    // Nothing is stored before "Apply".
    expect((await storedRows<{ id: string }>(b, 'notes')).map((n) => n.id)).toEqual(['note-b']);

    await options.locator('button.team-apply').click();
    await options.locator('.team-applied').waitFor();

    const topic = (await storedRows<TopicRow>(b, 'guideTopics')).find((t) => t.id === topicId)!;
    const template = topic.templates.find((t) => t.id === templateId)!;
    expect(template.body).toBe('A: Ihr Paket ist unterwegs, {{first_name}}.');
    expect(template.useCount).toBe(4); // B's own statistics stay
    const settings = await storedRows<SettingsRow>(b, 'settings');
    const history = (settings.find((r) => r.id === 'teamSync')!.value.history as Record<string, Record<string, TopicRow[]>>).guideTopics![topicId]!;
    expect(history[0]!.templates.find((t) => t.id === templateId)!.body).toBe('B: ältere Fassung, {{first_name}}.');
    expect((await storedRows<{ id: string }>(b, 'notes')).map((n) => n.id).sort()).toEqual(['note-a', 'note-b']);
    const general = settings.find((r) => r.id === 'settings')!.value;
    expect(general.targetMinutes).toBe(25);
    expect(general.agentName).toBe('Ben'); // personal: never taken from the bundle
    await options.close();
  });

  it('importing the same file again changes nothing', async () => {
    const before = await everything(b);
    const options = await openExtensionPage(b, 'options.html');
    await importFile(options, 'moderato-team.json', bundleText);
    await options.locator('.team-preview .team-nothing').waitFor();
    expect(await options.locator('button.team-apply').count()).toBe(0);
    expect(await count(options, 'guideTopics', 'updated')).toBe('0');
    expect(await count(options, 'notes', 'added')).toBe('0');
    expect(await count(options, 'notes', 'unchanged')).toBe('1');
    expect(await everything(b)).toEqual(before);
    await options.close();
  });

  it('a topic A deletes in the guide editor is deleted in B too, and B keeps the deletion', async () => {
    const gone = (await seededGuide(a)).find((t) => t.id !== topicId)!.id;
    expect((await storedRows<TopicRow>(b, 'guideTopics')).map((t) => t.id)).toContain(gone);

    const optionsA = await openExtensionPage(a, 'options.html');
    await optionsA.locator(`.topic-list li[data-topic-id="${gone}"] .topic-open`).click();
    await optionsA.locator('button.delete-topic').click();
    await optionsA.locator('button.confirm-delete-topic').click();
    await expect.poll(async () => (await storedRows<TopicRow>(a, 'guideTopics')).map((t) => t.id)).not.toContain(gone);
    const [download] = await Promise.all([optionsA.waitForEvent('download'), optionsA.locator('.team-export-button').click()]);
    const text = await readFile((await download.path())!, 'utf8');
    expect(JSON.parse(text).sections.guideTopics.find((t: { id: string }) => t.id === gone)).toMatchObject({ deletedAt: expect.any(Number) });
    await optionsA.close();

    const options = await openExtensionPage(b, 'options.html');
    await importFile(options, 'moderato-team-deletion.json', text);
    await options.locator('.team-preview').waitFor();
    expect(await count(options, 'guideTopics', 'deleted')).toBe('1');
    expect(await count(options, 'guideTopics', 'updated')).toBe('0');
    expect(await options.locator('.team-deletion-hint').textContent()).toMatch(/^Deleted: records a colleague deleted/);
    await options.locator('button.team-apply').click();
    await options.locator('.team-applied').waitFor();
    expect((await storedRows<TopicRow>(b, 'guideTopics')).map((t) => t.id)).not.toContain(gone);

    // The same file again: the deletion is already here, nothing changes and nothing comes back.
    await importFile(options, 'moderato-team-deletion.json', text);
    await options.locator('.team-preview .team-nothing').waitFor();
    expect(await count(options, 'guideTopics', 'unchanged')).toBe(String(JSON.parse(text).sections.guideTopics.length));
    await options.close();
  });

  it('a truncated file and a foreign JSON file are refused with path and reason, and B stays as it was', async () => {
    const before = await everything(b);
    const options = await openExtensionPage(b, 'options.html');

    await importFile(options, 'broken.json', bundleText.slice(0, Math.floor(bundleText.length / 2)));
    await options.locator('.team-refused').waitFor();
    expect(await options.locator('.team-refused').textContent()).toContain('\u2068broken.json\u2069 was not imported, nothing was changed');
    expect(await options.locator('.team-errors li').first().textContent()).toMatch(/^The file is not valid JSON/);

    await importFile(options, 'package.json', JSON.stringify({ name: 'something-else', version: '1.0.0' }));
    await expect.poll(() => options.locator('.team-refused').textContent()).toContain('\u2068package.json\u2069 was not imported');
    expect(await options.locator('.team-errors li').count()).toBe(1);

    // A bundle with one bad record: refused as a whole, the record's path named.
    const bad = JSON.parse(bundleText);
    bad.sections.notes[0].updatedAt = 'yesterday';
    await importFile(options, 'bad-note.json', JSON.stringify(bad));
    await expect.poll(() => options.locator('.team-errors li[data-path="sections.notes[0].updatedAt"]').count()).toBe(1);
    expect(await options.locator('.team-errors li[data-path="sections.notes[0].updatedAt"]').textContent()).toContain('sections.notes[0].updatedAt');
    expect(await options.locator('button.team-apply').count()).toBe(0);

    expect(await everything(b)).toEqual(before);
    await options.close();
  });
});
