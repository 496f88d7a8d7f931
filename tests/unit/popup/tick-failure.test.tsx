import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import english from '../../../public/_locales/en/messages.json';
import { templates as messageTemplates } from '../a11y/messages';
import { useMessageTemplates } from '../../../lib/i18n';
import { defaultSettings } from '../../../lib/models/settings';
import { tracked } from '../comments/tracked';
import { WATCHED_PAGES } from '../models/observed-comment';

const store = vi.hoisted(() => ({ markHandled: vi.fn(), unmarkHandled: vi.fn() }));
vi.mock('../../../lib/db/comments-store', async (original) => ({
  ...(await original<typeof import('../../../lib/db/comments-store')>()),
  markHandled: store.markHandled,
  unmarkHandled: store.unmarkHandled,
}));

const { Popup } = await import('../../../components/popup/Popup');

const templates = messageTemplates('en');

const NOW = Date.now();
const ROWS = [tracked('late', 90, NOW), tracked('soon', 30, NOW)];

function mount() {
  const app = document.body.appendChild(document.createElement('div'));
  render(<Popup locale="en" initial={{ head: ROWS, settings: { ...defaultSettings(), pages: WATCHED_PAGES } }} />, app);
  return app;
}

const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
};

function tick(app: HTMLElement, key: string) {
  const box = app.querySelector<HTMLInputElement>(`li[data-key="${key}"] .tick`)!;
  box.checked = true;
  box.dispatchEvent(new Event('change', { bubbles: true }));
}

beforeEach(() => {
  useMessageTemplates(templates);
  vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockResolvedValue(undefined as never);
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([]);
});

afterEach(() => {
  for (const el of [...document.body.children]) render(null, el);
  document.body.replaceChildren();
  useMessageTemplates({});
  store.markHandled.mockReset();
  store.unmarkHandled.mockReset();
  vi.restoreAllMocks();
});

describe('popup tick', () => {
  it('shows no success toast but an error when marking as handled fails', async () => {
    store.markHandled.mockRejectedValue(new Error('QuotaExceededError'));
    const app = mount();
    tick(app, 'facebook:late');
    await settle();
    expect(app.querySelector('.toast')).toBeNull();
    expect(app.querySelector('[role="alert"]')?.textContent).toBe(english.handledFailed.message);
    // The row stays, and its box no longer says it was handled.
    expect(app.querySelector<HTMLInputElement>('li[data-key="facebook:late"] .tick')!.checked).toBe(false);
  });

  it('shows the toast once the write succeeded', async () => {
    store.markHandled.mockResolvedValue(undefined);
    const app = mount();
    tick(app, 'facebook:late');
    await settle();
    expect(app.querySelector('.toast')?.textContent).toContain('Marked as handled');
    expect(app.querySelector('[role="alert"]')).toBeNull();
  });

  it('says so when undoing fails', async () => {
    store.markHandled.mockResolvedValue(undefined);
    store.unmarkHandled.mockRejectedValue(new Error('gone'));
    const app = mount();
    tick(app, 'facebook:late');
    await settle();
    app.querySelector<HTMLButtonElement>('.undo')!.click();
    await settle();
    expect(app.querySelector('[role="alert"]')?.textContent).toBe(english.undoHandledFailed.message);
  });
});
