import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { database } from '../../../lib/db/database';
import { defaultSettings } from '../../../lib/models/settings';
import { saveSettings } from '../../../lib/db/settings-store';
import { tracked } from '../comments/tracked';
import { WATCHED_PAGES } from '../models/observed-comment';
import { popupEnvironment } from '../popup/popup-env';

const { Popup } = await import('../../../components/popup/Popup');

const NOW = Date.now();
const SETTINGS = { ...defaultSettings(), pages: WATCHED_PAGES };
const settle = async (n = 20) => {
  for (let i = 0; i < n; i++) await new Promise((r) => setTimeout(r, 0));
};

popupEnvironment('en');

describe('popup: ticks keep their Undo', () => {
  it('a comment ticked by mistake can still be brought back after the next tick, without the other', async () => {
    const rows = [tracked('late', 90, NOW), tracked('soon', 30, NOW)];
    const db = database();
    await db.comments.bulkPut(rows);
    await saveSettings(db, SETTINGS);
    const app = document.body.appendChild(document.createElement('div'));
    render(<Popup locale="en" initial={{ head: rows, settings: SETTINGS }} />, app);
    await settle();
    const tick = async (id: string) => {
      const box = app.querySelector<HTMLInputElement>(`li[data-key="facebook:${id}"] .tick`)!;
      box.checked = true;
      box.dispatchEvent(new Event('change', { bubbles: true }));
      await vi.waitFor(() => expect(app.querySelector(`li[data-key="facebook:${id}"]`)).toBeNull(), { timeout: 3000 });
      await settle();
    };
    await tick('late'); // the wrong row
    await tick('soon');
    // Both ticks are listed, newest first, each with its own Undo.
    const lines = [...app.querySelectorAll('.toast li')];
    expect(lines.map((li) => li.querySelector('.undo') !== null)).toEqual([true, true]);
    // The mistaken one is taken back alone; the right one stays ticked and keeps its Undo.
    lines[1]!.querySelector<HTMLButtonElement>('.undo')!.click();
    await vi.waitFor(async () => expect((await db.comments.get('facebook:late'))?.handledAt).toBeNull(), { timeout: 3000 });
    expect((await db.comments.get('facebook:soon'))?.handledAt).not.toBeNull();
    await vi.waitFor(() => expect(app.querySelector('li[data-key="facebook:late"]')).not.toBeNull(), { timeout: 3000 });
    expect(app.querySelectorAll('.toast li')).toHaveLength(1);
  });
});
