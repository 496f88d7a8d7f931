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

describe('settings form: refused values', () => {
  it('names the refused fields with the form’s own German labels, and zod’s reason in German', async () => {
    useMessageTemplates(templates('de'));
    // As the options page does (entrypoints/options/main.tsx).
    config(de());
    const form = await mounted();
    document.querySelector<HTMLButtonElement>('.add-page')!.click();
    await settle();
    type(form.querySelector<HTMLInputElement>('input[name="target-minutes"]')!, '0');
    await settle();
    type(form.querySelector<HTMLInputElement>('input[name="target-minutes-facebook"]')!, '0');
    await settle();
    form.querySelector<HTMLButtonElement>('button.save')!.click();
    await expect.poll(() => form.querySelector('.status.error')?.textContent ?? '').toContain('Nicht gespeichert');
    const text = form.querySelector('.status.error')!.textContent!;
    expect(text).toContain('Antwortzeit-Ziel in Minuten');
    expect(text).toContain('Seite 1');
    expect(text).toContain('Seite 1 › Adresse');
    expect(text).toContain('Facebook: eigenes Ziel in Minuten');
    expect(text).toMatch(/Antwortzeit-Ziel in Minuten: .*zu klein/i);
    expect(text).not.toMatch(/targetMinutes|siteTarget|facebook|pages|url|\bname\b|Invalid/);
    config(en());
  });
});

describe('settings form: a Facebook address that names no page', () => {
  it.each([
    ['https://www.facebook.com/people/Baeckerei-Sonnenschein/', true],
    ['https://www.facebook.com/groups/baeckerei', true],
    ['https://www.facebook.com/baeckerei.sonnenschein', false],
    ['https://www.facebook.com/people/Baeckerei-Sonnenschein/100064000000001/', false],
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
