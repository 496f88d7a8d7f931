import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SettingsForm } from '../../../components/options/SettingsForm';
import { database } from '../../../lib/db/database';
import { useMessageTemplates } from '../../../lib/i18n';
import { templates } from './messages';
import { config } from 'zod/mini';
import { de, en } from 'zod/locales';

async function mounted(): Promise<HTMLFormElement> {
  render(<SettingsForm />, document.body);
  await expect.poll(() => document.querySelector('form.settings-form')).not.toBeNull();
  return document.querySelector<HTMLFormElement>('form.settings-form')!;
}

const settle = () => new Promise((r) => setTimeout(r, 0));

function type(el: HTMLInputElement, value: string): void {
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

/** The accessible name from aria-label, aria-labelledby or an enclosing or pointing label. */
function accessibleName(el: HTMLElement): string {
  const aria = el.getAttribute('aria-label');
  if (aria) return aria;
  const by = el.getAttribute('aria-labelledby');
  if (by) return by.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim();
  const label = el.closest('label') ?? (el.id ? document.querySelector(`label[for="${el.id}"]`) : null);
  return label?.textContent?.trim() ?? '';
}

afterEach(async () => {
  render(null, document.body);
  useMessageTemplates({});
  await database().settings.clear();
});

async function refusal(form: HTMLFormElement): Promise<string> {
  form.querySelector<HTMLButtonElement>('button.save')!.click();
  await expect.poll(() => form.querySelector('.status.error')?.textContent ?? '').not.toBe('');
  return form.querySelector('.status.error')!.textContent!;
}

describe('settings form: refused values', () => {
  it('names the refused fields with the form’s own German labels', async () => {
    useMessageTemplates(templates('de'));
    const form = await mounted();
    document.querySelector<HTMLButtonElement>('.add-page')!.click();
    await settle();
    type(form.querySelector<HTMLInputElement>('input[name="target-minutes"]')!, '0');
    await settle();
    type(form.querySelector<HTMLInputElement>('input[name="target-minutes-facebook"]')!, '0');
    await settle();
    const text = await refusal(form);
    expect(text).toContain('Nicht gespeichert');
    expect(text).toContain('Antwortzeit-Ziel in Minuten');
    expect(text).toContain('Seite 1');
    expect(text).toContain('Seite 1 › Adresse');
    expect(text).toContain('Facebook: eigenes Ziel in Minuten');
    expect(text).not.toMatch(/targetMinutes|siteTarget|facebook|pages|url|\bname\b|Invalid/);
  });

  // zod's own messages are developer text in either language; the options page sets them to the
  // interface language for its other forms, and this one must not show them.
  describe.each([
    ['de', de, 'Seite 1 › Name der Seite (wie bei ihren Beiträgen angezeigt): Pflichtfeld; Seite 1 › Adresse: Pflichtfeld', 'Seite 1 › Numerische Seiten-ID (optional, für permalink.php-Adressen): nur Ziffern', 'Antwortzeit-Ziel in Minuten: eine ganze Zahl von 1 bis 20160'],
    ['en', en, 'Page 1 › Page name (as shown on its posts): required; Page 1 › Address: required', 'Page 1 › Numeric page id (optional, for permalink.php addresses): digits only', 'Response-time target in minutes: a whole number from 1 to 20160'],
  ] as const)('(%s)', (lang, zodLocale, required, digits, target) => {
    afterEach(() => void config(en()));

    const form = async (): Promise<HTMLFormElement> => {
      useMessageTemplates(templates(lang));
      config(zodLocale());
      return mounted();
    };
    const zodText = /Zu klein|Zu groß|erwartet|Muster|Ungültig|too small|too big|expected|pattern|Invalid|NaN/i;

    it('says a missing page name and address are required', async () => {
      const f = await form();
      document.querySelector<HTMLButtonElement>('.add-page')!.click();
      await settle();
      const text = await refusal(f);
      expect(text).toContain(required);
      expect(text).not.toMatch(zodText);
    });

    it('says a page id takes digits only', async () => {
      const f = await form();
      document.querySelector<HTMLButtonElement>('.add-page')!.click();
      await settle();
      type(f.querySelector<HTMLInputElement>('input[name="page-name"]')!, 'Bäckerei Sonnenschein');
      type(f.querySelector<HTMLInputElement>('input[name="page-url"]')!, 'https://www.facebook.com/baeckerei.sonnenschein');
      type(f.querySelector<HTMLInputElement>('input[name="page-id"]')!, 'abc');
      await settle();
      const text = await refusal(f);
      expect(text).toContain(digits);
      expect(text).not.toMatch(zodText);
    });

    it.each(['', '0', '99999', '1.5'])('gives the target’s whole range for %j, whichever end was broken', async (value) => {
      const f = await form();
      type(f.querySelector<HTMLInputElement>('input[name="target-minutes"]')!, value);
      await settle();
      const text = await refusal(f);
      expect(text).toContain(target);
      expect(text).not.toMatch(zodText);
    });
  });
});

describe('settings form: a Facebook address that names no page', () => {
  it.each([
    ['https://www.facebook.com/people/Baeckerei-Sonnenschein/', true],
    ['https://www.facebook.com/groups/baeckerei', true],
    ['https://www.facebook.com/baeckerei.sonnenschein', false],
    ['https://www.facebook.com/people/Baeckerei-Sonnenschein/100064000000001/', false],
    // The page's name typed where its address belongs.
    ['Bäckerei Sonnenschein', true],
  ])('%s: warned %s', async (url, warned) => {
    useMessageTemplates(templates('en'));
    const form = await mounted();
    document.querySelector<HTMLButtonElement>('.add-page')!.click();
    await settle();
    type(form.querySelector<HTMLInputElement>('input[name="page-url"]')!, url);
    await settle();
    expect(form.querySelector('.page-url-unknown')?.textContent ?? null).toBe(warned ? templates('en').pageUrlUnknown : null);
    if (!warned) return;
    // The page's numeric id is enough.
    type(form.querySelector<HTMLInputElement>('input[name="page-id"]')!, '100064000000001');
    await settle();
    expect(form.querySelector('.page-url-unknown')).toBeNull();
  });
});

describe.each(['en', 'de'] as const)('settings form: an X handle that is a display name (%s)', (lang) => {
  it.each([
    ['Bäckerei Sonnenschein', true],
    ['sonnenschein_backerei_oststadt', true],
    ['@sonnenschein_de', false],
    ['sonnenschein_de', false],
    ['https://x.com/sonnenschein_de', false],
  ])('%s: warned %s', async (handle, warned) => {
    useMessageTemplates(templates(lang));
    const form = await mounted();
    document.querySelector<HTMLButtonElement>('.add-page')!.click();
    await settle();
    const site = form.querySelector<HTMLSelectElement>('select[name="site"]')!;
    site.value = 'x';
    site.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    type(form.querySelector<HTMLInputElement>('input[name="page-name"]')!, handle);
    await settle();
    expect(form.querySelector('.x-handle-unknown')?.textContent ?? null).toBe(warned ? templates(lang).xHandleUnknown : null);
  });
});

describe.each([
  ['en', 'Monday', 'Page 1'],
  ['de', 'Montag', 'Seite 1'],
] as const)('settings form: labels (%s)', (lang, monday, page1) => {
  it('gives every opening-time field a name of its own, with its day', async () => {
    useMessageTemplates(templates(lang));
    const form = await mounted();
    const times = [...form.querySelectorAll<HTMLInputElement>('input[type="time"]')];
    expect(times.length).toBeGreaterThan(0);
    const names = times.map(accessibleName);
    for (const name of names) expect(name).not.toBe('');
    expect(new Set(names).size).toBe(names.length);
    expect(names[0]).toContain(monday);
    expect(names[1]).toContain(monday);
  });

  it('names each page’s group, so its Remove button says which page', async () => {
    useMessageTemplates(templates(lang));
    const form = await mounted();
    document.querySelector<HTMLButtonElement>('.add-page')!.click();
    await settle();
    const legend = form.querySelector('fieldset.page > legend');
    expect(legend?.textContent).toContain(page1);
    type(form.querySelector<HTMLInputElement>('fieldset.page input[name="page-name"]')!, 'Bäckerei Sonnenschein');
    await settle();
    expect(form.querySelector('fieldset.page > legend')!.textContent).toContain('Bäckerei Sonnenschein');
  });
});
