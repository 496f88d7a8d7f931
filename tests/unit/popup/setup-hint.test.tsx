import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { database } from '../../../lib/db/database';
import { saveSettings } from '../../../lib/db/settings-store';
import { defaultSettings } from '../../../lib/models/settings';
import { WATCHED_PAGES } from '../models/observed-comment';
import { popupEnvironment } from '../popup/popup-env';

const { Popup } = await import('../../../components/popup/Popup');

popupEnvironment('en');

describe('popup without a first paint (its first read gave nothing or was slower than 300 ms)', () => {
  it('does not tell a team whose pages are set up to set up its pages first', async () => {
    await saveSettings(database(), { ...defaultSettings(), pages: WATCHED_PAGES });
    const app = document.body.appendChild(document.createElement('div'));
    // As mountPopup does when readFirstRows gave nothing: no `initial`.
    render(<Popup locale="en" />, app);
    expect(app.querySelector('.setup')).toBeNull();
    // Once the settings are read, it still says nothing of the kind.
    await new Promise((r) => setTimeout(r, 200));
    expect(app.querySelector('.setup')).toBeNull();
  });

  it('does tell a team without pages, once it has read the settings', async () => {
    await saveSettings(database(), defaultSettings());
    const app = document.body.appendChild(document.createElement('div'));
    render(<Popup locale="en" />, app);
    await vi.waitFor(() => expect(app.querySelector('.setup')).not.toBeNull(), { timeout: 3000 });
  });
});
