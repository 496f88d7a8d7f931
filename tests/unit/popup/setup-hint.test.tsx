import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { Popup } from '../../../components/popup/Popup';
import { database } from '../../../lib/db/database';
import { saveSettings } from '../../../lib/db/settings-store';
import { defaultSettings, type Settings } from '../../../lib/models/settings';
import { templates } from '../a11y/messages';
import { popupEnvironment } from './popup-env';

const SHOP: Settings['pages'][number] = { site: 'facebook', name: 'Shop', url: 'https://www.facebook.com/shop', pageId: '' };

const settle = async () => {
  for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0));
};

async function mount(pages: Settings['pages']): Promise<HTMLElement> {
  const settings = { ...defaultSettings(), pages };
  await saveSettings(database(), settings);
  const app = document.body.appendChild(document.createElement('div'));
  render(<Popup locale="en" initial={{ head: [], settings }} />, app);
  await settle();
  return app;
}

popupEnvironment('en');

describe('popup on first run', () => {
  it('shows only the set-up hint while no page is set up, not also that nothing is waiting', async () => {
    const app = await mount([]);
    expect(app.querySelector('.setup')?.textContent).toBe(templates('en').popupNoPages);
    expect(app.querySelector('.empty')).toBeNull();
  });

  it('says nothing is waiting once a page is set up', async () => {
    const app = await mount([SHOP]);
    await vi.waitFor(() => expect(app.querySelector('.empty')?.textContent).toBe(templates('en').popupEmpty));
    expect(app.querySelector('.setup')).toBeNull();
  });
});
