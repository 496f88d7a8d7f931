import { describe, expect, it, vi } from 'vitest';
import type { ModeratoDatabase } from '../../../lib/db/database';
import { loadSettings, saveSettings } from '../../../lib/db/settings-store';
import { defaultSettings, type OwnPage } from '../../../lib/models/settings';
import { freshDb } from '../db/test-db';
import { exportText, importText } from '../sync/team-db';
import { englishViews } from './english-views';

const state = vi.hoisted(() => ({ db: null as ModeratoDatabase | null }));
vi.mock('../../../lib/db/database', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../lib/db/database')>()),
  database: () => state.db!,
}));

const { SettingsForm } = await import('../../../components/options/SettingsForm');

const shop: OwnPage = { site: 'facebook', name: 'Bäckerei Sonnenschein', url: 'https://www.facebook.com/baeckerei.sonnenschein', pageId: '' };
const mount = englishViews();
const stored = () => loadSettings(state.db!);

async function open() {
  state.db = freshDb();
  await saveSettings(state.db, { ...defaultSettings(), agentName: 'Mara' });
  const app = mount(<SettingsForm />);
  await expect.poll(() => app.querySelector('form.settings-form')).not.toBeNull();
  return app;
}

/** A colleague's bundle with the company page, applied through the Team section below the form. */
async function applyColleaguesBundle() {
  const colleague = freshDb();
  await saveSettings(colleague, { ...defaultSettings(), pages: [shop] });
  await importText(state.db!, await exportText(colleague, Date.now() + 1000), Date.now() + 2000);
  expect((await stored()).pages).toEqual([shop]);
}

/** Types as a user does: the form renders before the next key or click. */
async function type(app: HTMLElement, name: string, value: string) {
  const input = app.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await new Promise((r) => setTimeout(r, 0));
}

async function save(app: HTMLElement) {
  app.querySelector<HTMLButtonElement>('button.save')!.click();
  await expect.poll(() => app.querySelector('.status')?.textContent).toBe('Saved.');
}

const pageNamesShown = (app: HTMLElement) => [...app.querySelectorAll<HTMLInputElement>('input[name="page-name"]')].map((i) => i.value);

describe('settings form and a team bundle applied on the same options page', () => {
  it('shows the pages the bundle added while nothing in the form was edited', async () => {
    const app = await open();
    await applyColleaguesBundle();
    await expect.poll(() => pageNamesShown(app)).toEqual([shop.name]);
  });

  it('keeps the imported pages when the agent name is saved afterwards', async () => {
    const app = await open();
    await applyColleaguesBundle();
    await type(app, 'agent-name', 'Mara K.');
    await save(app);
    expect(await stored()).toMatchObject({ agentName: 'Mara K.', pages: [shop] });
  });

  it('keeps the imported pages when the agent name was edited before the bundle came, and saves the edit', async () => {
    const app = await open();
    await type(app, 'agent-name', 'Mara K.');
    await applyColleaguesBundle();
    // The form keeps what the user is typing rather than jumping to the stored settings.
    expect(app.querySelector<HTMLInputElement>('input[name="agent-name"]')!.value).toBe('Mara K.');
    await save(app);
    expect(await stored()).toMatchObject({ agentName: 'Mara K.', pages: [shop] });
    // And shows what is stored now.
    expect(pageNamesShown(app)).toEqual([shop.name]);
  });

  it('stores the fields the user changed over other changes made meanwhile, part by part', async () => {
    const app = await open();
    await type(app, 'target-minutes-x', '15');
    await type(app, 'start-mon', '08:00');
    // Another tab changes the Facebook target and Tuesday meanwhile.
    const now = await stored();
    await saveSettings(state.db!, {
      ...now,
      siteTargetMinutes: { facebook: 30, x: null },
      schedule: { ...now.schedule, weekly: { ...now.schedule.weekly, tue: [{ start: '10:00', end: '14:00' }] } },
    });
    await save(app);
    const s = await stored();
    expect(s.siteTargetMinutes).toEqual({ facebook: 30, x: 15 });
    expect([s.schedule.weekly.mon, s.schedule.weekly.tue]).toEqual([[{ start: '08:00', end: '17:00' }], [{ start: '10:00', end: '14:00' }]]);
  });
});
