import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { database } from '../../../lib/db/database';
import { defaultSettings } from '../../../lib/models/settings';
import { saveSettings } from '../../../lib/db/settings-store';
import type { TrackedComment } from '../../../lib/models/comment';
import { tracked } from '../comments/tracked';
import { WATCHED_PAGES } from '../models/observed-comment';
import { FIRST_ROWS, paintFirstRows } from '../../../components/popup/first-paint';
import { readFirstRows } from '../../../lib/db/first-rows';
import { popupEnvironment } from './popup-env';

const { Popup } = await import('../../../components/popup/Popup');
const { mountPopup } = await import('../../../components/popup/mount-popup');

const NOW = Date.now();
const SETTINGS = { ...defaultSettings(), pages: WATCHED_PAGES };

const settle = async (n = 20) => {
  for (let i = 0; i < n; i++) await new Promise((r) => setTimeout(r, 0));
};

popupEnvironment('de');

/** The popup over stored comments; rows are listed longest-waiting first. */
async function mount(rows: TrackedComment[]) {
  const db = database();
  await db.comments.bulkPut(rows);
  await saveSettings(db, SETTINGS);
  const app = document.body.appendChild(document.createElement('div'));
  render(<Popup locale="de" initial={{ head: rows, settings: SETTINGS }} />, app);
  await settle();
  return app;
}

const box = (app: HTMLElement, id: string) => app.querySelector<HTMLInputElement>(`li[data-key="facebook:${id}"] .tick`);

/** Ticks a row's box as a keyboard user does (focus on it, Space) and waits until the row has gone. */
async function tickWithKeyboard(app: HTMLElement, id: string) {
  const el = box(app, id)!;
  el.focus();
  el.checked = true;
  el.dispatchEvent(new Event('change', { bubbles: true }));
  await vi.waitFor(() => expect(box(app, id)).toBeNull(), { timeout: 3000 });
  await settle();
}

describe('popup: keyboard focus after ticking a comment', () => {
  it('moves to the next row’s box', async () => {
    const app = await mount([tracked('late', 90, NOW), tracked('soon', 30, NOW)]);
    await tickWithKeyboard(app, 'late');
    await vi.waitFor(() => expect(document.activeElement).toBe(box(app, 'soon')), { timeout: 3000 });
  });

  it('moves to the row before when the last row is ticked', async () => {
    const app = await mount([tracked('late', 90, NOW), tracked('soon', 30, NOW)]);
    await tickWithKeyboard(app, 'soon');
    await vi.waitFor(() => expect(document.activeElement).toBe(box(app, 'late')), { timeout: 3000 });
  });

  it('moves to the toast’s Undo when no row is left, and after Undo to the row that comes back', async () => {
    const app = await mount([tracked('late', 90, NOW)]);
    await tickWithKeyboard(app, 'late');
    // The toast follows the stored write, which a busy machine may answer after the row has gone.
    await vi.waitFor(() => expect(document.activeElement).toBe(app.querySelector('.toast .undo')), { timeout: 3000 });
    app.querySelector<HTMLButtonElement>('.toast .undo')!.click();
    await vi.waitFor(() => expect(document.activeElement).toBe(box(app, 'late')), { timeout: 3000 });
  });

  it('takes no focus when the box was not focused (a render of its own never moves focus)', async () => {
    const app = await mount([tracked('late', 90, NOW), tracked('soon', 30, NOW)]);
    const other = document.body.appendChild(document.createElement('button'));
    other.focus();
    const el = box(app, 'late')!;
    el.checked = true;
    el.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(box(app, 'late')).toBeNull(), { timeout: 3000 });
    await settle();
    expect(document.activeElement).toBe(other);
  });
});

describe('popup: view switcher', () => {
  it('is no half-made ARIA tab list: buttons that say which view is shown', async () => {
    const app = await mount([]);
    // role=tab promises panels and arrow keys; the switcher is plain buttons instead.
    expect(app.querySelectorAll('[role="tab"], [role="tablist"]')).toHaveLength(0);
    const pressed = () => [...app.querySelectorAll('nav.tabs button')].map((b) => b.getAttribute('aria-pressed'));
    expect(pressed()).toEqual(['true', 'false', 'false']);
    app.querySelector<HTMLButtonElement>('.tab-notes')!.click();
    await settle();
    expect(pressed()).toEqual(['false', 'true', 'false']);
  });

  it('leaves none of the first paint’s tab roles behind when it adopts its nodes', async () => {
    const rows = [tracked('late', 90, NOW)];
    const db = database();
    await db.comments.bulkPut(rows);
    await saveSettings(db, SETTINGS);
    const app = document.body.appendChild(document.createElement('div'));
    const read = await readFirstRows(FIRST_ROWS);
    paintFirstRows(app, read!, 'de', Date.now());
    const nav = app.querySelector('nav.tabs');
    mountPopup(app, 'de', read);
    await settle();
    expect(app.querySelector('nav.tabs')).toBe(nav);
    expect(app.querySelectorAll('[role="tab"], [role="tablist"], [aria-selected]')).toHaveLength(0);
    expect(app.querySelector('.tab-checklist')!.getAttribute('aria-pressed')).toBe('true');
  });
});
