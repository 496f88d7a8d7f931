import { describe, expect, it, vi } from 'vitest';
import english from '../../../public/_locales/en/messages.json';
import { englishViews } from './english-views';

const store = vi.hoisted(() => ({
  loadSettings: vi.fn(),
  saveSettings: vi.fn(),
  loadNetiquetteSettingsChecked: vi.fn(),
  saveNetiquetteSettings: vi.fn(),
}));
vi.mock('../../../lib/db/settings-store', async (original) => {
  const real = await original<typeof import('../../../lib/db/settings-store')>();
  store.loadSettings.mockImplementation(real.loadSettings);
  store.saveSettings.mockImplementation(real.saveSettings);
  return { ...real, loadSettings: store.loadSettings, saveSettings: store.saveSettings };
});
vi.mock('../../../lib/db/netiquette-store', async (original) => {
  const real = await original<typeof import('../../../lib/db/netiquette-store')>();
  store.loadNetiquetteSettingsChecked.mockImplementation(real.loadNetiquetteSettingsChecked);
  store.saveNetiquetteSettings.mockImplementation(real.saveNetiquetteSettings);
  return { ...real, loadNetiquetteSettingsChecked: store.loadNetiquetteSettingsChecked, saveNetiquetteSettings: store.saveNetiquetteSettings };
});

const { SettingsForm } = await import('../../../components/options/SettingsForm');
const { NetiquetteSettingsForm } = await import('../../../components/options/netiquette/NetiquetteSettingsForm');


const settle = async () => {
  for (let i = 0; i < 10; i++) await new Promise((r) => setTimeout(r, 0));
};

const mount = englishViews();

const submit = (form: HTMLFormElement) => form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));

describe('SettingsForm', () => {
  it('says so when the settings cannot be loaded, instead of showing nothing', async () => {
    store.loadSettings.mockRejectedValueOnce(new Error('DatabaseClosedError'));
    const app = mount(<SettingsForm />);
    await settle();
    expect(app.querySelector('.status.error')?.textContent).toBe(english.settingsLoadFailed.message);
  });

  it('says so when saving fails', async () => {
    store.saveSettings.mockRejectedValueOnce(new Error('QuotaExceededError'));
    const app = mount(<SettingsForm />);
    await settle();
    submit(app.querySelector('form')!);
    await settle();
    expect(app.querySelector('.status.error')?.textContent).toBe(english.settingsSaveFailed.message);
  });
});

describe('NetiquetteSettingsForm', () => {
  it('says so when the netiquette settings cannot be loaded', async () => {
    store.loadNetiquetteSettingsChecked.mockRejectedValueOnce(new Error('DatabaseClosedError'));
    const app = mount(<NetiquetteSettingsForm />);
    await settle();
    expect(app.querySelector('.status.error')?.textContent).toBe(english.netiquetteLoadFailed.message);
  });

  it('says so when saving fails', async () => {
    store.saveNetiquetteSettings.mockRejectedValueOnce(new Error('QuotaExceededError'));
    const app = mount(<NetiquetteSettingsForm />);
    await settle();
    submit(app.querySelector('form')!);
    await settle();
    expect(app.querySelector('.status.error')?.textContent).toBe(english.netiquetteFailed.message);
  });
});
