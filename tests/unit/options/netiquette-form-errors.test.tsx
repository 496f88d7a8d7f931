import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { config } from 'zod/mini';
import { de, en } from 'zod/locales';
import { templates } from '../a11y/messages';
import { useMessageTemplates } from '../../../lib/i18n';
import { database } from '../../../lib/db/database';
import { NetiquetteSettingsForm } from '../../../components/options/netiquette/NetiquetteSettingsForm';

const settle = async (n = 10) => {
  for (let i = 0; i < n; i++) await new Promise((r) => setTimeout(r, 0));
};
function type(el: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

afterEach(async () => {
  render(null, document.body);
  useMessageTemplates({});
  vi.restoreAllMocks();
  await database().settings.clear();
});

/** zod's own reasons, which entrypoints/options/main.tsx sets up in the interface language. */
const DEVELOPER_TEXT = /erwartet|expected|string|number|NaN|>=|<=|Invalid|Ungültig/;

async function mount(lang: 'de' | 'en') {
  config(lang === 'de' ? de() : en());
  useMessageTemplates(templates(lang));
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(lang);
  render(<NetiquetteSettingsForm />, document.body);
  await expect.poll(() => document.querySelector('form.netiquette-form')).not.toBeNull();
}

async function save(field: string): Promise<string[]> {
  await settle();
  document.querySelector<HTMLButtonElement>('button.save-netiquette')!.click();
  await expect.poll(() => document.querySelector(`[data-field="${field}"]`)?.textContent ?? '').not.toBe('');
  return [...document.querySelectorAll(`[data-field="${field}"] li`)].map((li) => li.textContent ?? '');
}

describe.each([
  ['de', { days: 'eine ganze Zahl von 1 bis 3650', long: 'Zeile 2: höchstens 100 Zeichen', signs: 'Zeile 3: Ein Begriff braucht mindestens einen Buchstaben oder eine Ziffer.', rule: 'Beleidigung › Name der Regel: Pflichtfeld', other: 'A term needs' }],
  ['en', { days: 'a whole number from 1 to 3650', long: 'Line 2: at most 100 characters', signs: 'Line 3: A term needs at least one letter or digit.', rule: 'Insult › Rule name: required', other: 'Ein Begriff' }],
] as const)('netiquette form (%s): reasons for refused fields', (lang, words) => {
  it('tells a refused strike expiry by its range, also when the field holds no number', async () => {
    await mount(lang);
    type(document.querySelector<HTMLInputElement>('input[name="strike-expiry-days"]')!, '0');
    expect(await save('strikeExpiryDays')).toEqual([words.days]);
    type(document.querySelector<HTMLInputElement>('input[name="strike-expiry-days"]')!, '');
    expect(await save('strikeExpiryDays')).toEqual([words.days]);
  });

  it('tells each refused term line in the interface language only, in words', async () => {
    await mount(lang);
    type(document.querySelector<HTMLTextAreaElement>('textarea[name="blocked-terms"]')!, `ok\n${'x'.repeat(101)}\n***`);
    const texts = await save('blockedTerms');
    expect(texts).toEqual([words.long, words.signs]);
    for (const text of texts) expect(text, text).not.toMatch(DEVELOPER_TEXT);
    expect(texts.join(' ')).not.toContain(words.other);
  });

  it('names the rule whose field was refused', async () => {
    await mount(lang);
    type(document.querySelector<HTMLInputElement>('input[name="rule-insult-name"]')!, '  ');
    const texts = await save('rules');
    expect(texts.map((s) => s.replace(/[\u2068\u2069]/g, ''))).toEqual([words.rule]);
  });
});
