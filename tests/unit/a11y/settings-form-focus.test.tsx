import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SettingsForm } from '../../../components/options/SettingsForm';
import { database } from '../../../lib/db/database';
import { saveSettings } from '../../../lib/db/settings-store';
import { defaultSettings, type OwnPage } from '../../../lib/models/settings';
import { useMessageTemplates } from '../../../lib/i18n';
import { templates } from './messages';
import german from '../../../public/_locales/de/messages.json';
import english from '../../../public/_locales/en/messages.json';

const settle = async (n = 10) => {
  for (let i = 0; i < n; i++) await new Promise((r) => setTimeout(r, 0));
};

const page = (n: number): OwnPage => ({ site: 'facebook', name: `Shop ${n}`, url: `https://www.facebook.com/shop${n}`, pageId: '' });

afterEach(async () => {
  render(null, document.body);
  useMessageTemplates({});
  await database().settings.clear();
});

async function mountWith(pages: OwnPage[]) {
  useMessageTemplates(templates('de'));
  await saveSettings(database(), { ...defaultSettings(), pages });
  render(<SettingsForm />, document.body);
  await expect.poll(() => document.querySelectorAll('fieldset.page').length).toBe(pages.length);
}

async function pressRemove(index: number) {
  const remove = document.querySelector<HTMLButtonElement>(`fieldset.page[data-page="${index}"] button.remove`)!;
  remove.focus();
  remove.click();
  await settle();
}

describe('settings form: focus after removing a page', () => {
  it('goes to the previous page’s Remove button, not to the top of the document', async () => {
    await mountWith([page(1), page(2), page(3)]);
    await pressRemove(2);
    expect(document.querySelectorAll('fieldset.page')).toHaveLength(2);
    expect(document.activeElement).toBe(document.querySelector('fieldset.page[data-page="1"] button.remove'));
  });

  it('goes to "Add page" when the first page is removed', async () => {
    await mountWith([page(1)]);
    await pressRemove(0);
    expect(document.querySelectorAll('fieldset.page')).toHaveLength(0);
    expect(document.activeElement).toBe(document.querySelector('button.add-page'));
  });

  it('leaves focus alone on renders that no Remove caused', async () => {
    await mountWith([page(1), page(2)]);
    const name = document.querySelector<HTMLInputElement>('fieldset.page[data-page="0"] input[name="page-name"]')!;
    name.focus();
    name.value = 'Laden';
    name.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    expect(document.activeElement).toBe(name);
  });
});

describe('settings form: headings', () => {
  it.each([['de', german], ['en', english]] as const)('every section has a heading (%s): the pages, then the response target and reminders', async (lang, messages) => {
    useMessageTemplates(templates(lang));
    render(<SettingsForm />, document.body);
    await expect.poll(() => document.querySelector('form.settings-form')).not.toBeNull();
    const sections = [...document.querySelectorAll('form.settings-form > section')];
    expect(sections.map((s) => s.querySelector('h2')?.textContent ?? '(none)')).toEqual([messages.pagesHeading.message, messages.responseHeading.message]);
  });
});
