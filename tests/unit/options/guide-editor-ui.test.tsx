import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import english from '../../../public/_locales/en/messages.json';
import german from '../../../public/_locales/de/messages.json';
import { templates as messageTemplates } from '../a11y/messages';
import { database } from '../../../lib/db/database';
import { loadGuide, saveGuide } from '../../../lib/db/guide-store';
import { exportGuide, makeGuide, type Guide } from '../../../lib/guide';
import { useMessageTemplates } from '../../../lib/i18n';

const store = vi.hoisted(() => ({ deleteTopic: vi.fn(), reorder: vi.fn() }));
vi.mock('../../../lib/db/guide-store', async (original) => {
  const real = await original<typeof import('../../../lib/db/guide-store')>();
  store.deleteTopic.mockImplementation(real.deleteTopic);
  store.reorder.mockImplementation(real.reorder);
  return { ...real, deleteTopic: store.deleteTopic, reorder: store.reorder };
});

const { GuideEditor } = await import('../../../components/options/guide/GuideEditor');
const { GuideTransfer } = await import('../../../components/options/guide/GuideTransfer');

const templates = messageTemplates('en');

const FSI = '\u2068';
const PDI = '\u2069';

/** Shipping and Lost parcel match "parcel"; Returns, between them, does not. */
const GUIDE: Guide = makeGuide({
  topics: [
    { id: 'ship', position: 0, title: { de: 'Versand', en: 'Shipping' }, keywords: { de: ['paket'], en: ['parcel'] }, templates: [{ id: 'ship.en.a', lang: 'en', title: 'Late', body: 'Hello {{first_name}}' }] },
    { id: 'returns', position: 1, title: { de: 'Rückgabe', en: 'Returns' }, keywords: { de: ['rückgabe'], en: ['refund'] }, templates: [{ id: 'returns.en.a', lang: 'en', title: 'Refund', body: 'Hello {{first_name}}' }] },
    { id: 'lost', position: 2, title: { de: 'Verloren', en: 'Lost parcel' }, keywords: { de: ['paket'], en: ['parcel'] }, templates: [{ id: 'lost.en.a', lang: 'en', title: 'Lost', body: 'Hello {{first_name}}' }] },
  ],
});

const settle = async () => {
  for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0));
};

async function mountEditor() {
  await saveGuide(database(), GUIDE);
  const app = document.body.appendChild(document.createElement('div'));
  render(<GuideEditor />, app);
  await vi.waitFor(() => expect(app.querySelectorAll('.topic-list li')).toHaveLength(3));
  return app;
}

function search(app: HTMLElement, text: string) {
  const input = app.querySelector<HTMLInputElement>('input[name="guide-search"]')!;
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

const item = (app: HTMLElement, id: string) => app.querySelector<HTMLElement>(`.topic-list li[data-topic-id="${id}"]`)!;

beforeEach(() => useMessageTemplates(templates));

afterEach(async () => {
  for (const el of [...document.body.children]) render(null, el);
  document.body.replaceChildren();
  useMessageTemplates({});
  vi.clearAllMocks();
  const db = database();
  await db.guideTopics.clear();
  await db.settings.clear();
});

describe('topic order buttons', () => {
  it('with a search active, ↓ swaps with the next visible topic, not a hidden one', async () => {
    const app = await mountEditor();
    search(app, 'parcel');
    await settle();
    expect([...app.querySelectorAll('.topic-list li')].map((li) => li.getAttribute('data-topic-id'))).toEqual(['ship', 'lost']);
    item(app, 'ship').querySelector<HTMLButtonElement>('.topic-down')!.click();
    await settle();
    expect((await loadGuide(database())).topics.map((x) => x.id)).toEqual(['lost', 'returns', 'ship']);
  });

  it('are disabled at the ends of the list, and name their topic', async () => {
    const app = await mountEditor();
    search(app, 'parcel');
    await settle();
    expect(item(app, 'ship').querySelector<HTMLButtonElement>('.topic-up')!.disabled).toBe(true);
    expect(item(app, 'ship').querySelector<HTMLButtonElement>('.topic-down')!.disabled).toBe(false);
    expect(item(app, 'lost').querySelector<HTMLButtonElement>('.topic-up')!.disabled).toBe(false);
    expect(item(app, 'lost').querySelector<HTMLButtonElement>('.topic-down')!.disabled).toBe(true);
    expect(item(app, 'lost').querySelector('.topic-up')!.getAttribute('aria-label')).toBe(`Move “${FSI}Lost parcel${PDI}” up`);
    expect(item(app, 'ship').querySelector('.topic-down')!.getAttribute('aria-label')).toBe(`Move “${FSI}Shipping${PDI}” down`);
  });

  it('say so when the new order cannot be stored', async () => {
    store.reorder.mockRejectedValueOnce(new Error('QuotaExceededError'));
    const app = await mountEditor();
    item(app, 'ship').querySelector<HTMLButtonElement>('.topic-down')!.click();
    await settle();
    expect(app.querySelector('.topic-edit-pane .status.error')?.textContent).toBe(english.guideMoveFailed.message);
  });
});

describe('deleting a topic', () => {
  it('moves focus to Confirm, names the dialog, and returns focus on Keep', async () => {
    const app = await mountEditor();
    item(app, 'returns').querySelector<HTMLButtonElement>('.topic-open')!.click();
    await settle();
    const del = app.querySelector<HTMLButtonElement>('.delete-topic')!;
    del.focus();
    del.click();
    await settle();
    expect(document.activeElement).toBe(app.querySelector('.confirm-delete-topic'));
    const dialog = app.querySelector('[role="alertdialog"]')!;
    expect(document.getElementById(dialog.getAttribute('aria-labelledby')!)?.textContent).toContain('Returns');
    app.querySelector<HTMLButtonElement>('.keep-topic')!.click();
    await settle();
    expect(document.activeElement).toBe(app.querySelector('.delete-topic'));
  });

  it('says so when deleting fails, and keeps the topic open', async () => {
    store.deleteTopic.mockRejectedValueOnce(new Error('QuotaExceededError'));
    const app = await mountEditor();
    item(app, 'returns').querySelector<HTMLButtonElement>('.topic-open')!.click();
    await settle();
    app.querySelector<HTMLButtonElement>('.delete-topic')!.click();
    await settle();
    app.querySelector<HTMLButtonElement>('.confirm-delete-topic')!.click();
    await settle();
    expect(app.querySelector('.topic-edit-pane .status.error')?.textContent).toBe(english.guideDeleteFailed.message);
    expect(app.querySelector('.topic-form')).not.toBeNull();
  });
});

describe('replacing the guide from a file', () => {
  it('moves focus to Confirm, names the dialog, and returns focus on cancel', async () => {
    await saveGuide(database(), GUIDE);
    const app = document.body.appendChild(document.createElement('div'));
    render(<GuideTransfer guide={GUIDE} lang="en" />, app);
    // The file holds one topic of three: replacing removes the others, which needs a confirmation.
    const file = new File([exportGuide({ topics: [GUIDE.topics[0]!] })], 'guide.json', { type: 'application/json' });
    const input = app.querySelector<HTMLInputElement>('input[name="import-guide"]')!;
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(app.querySelector('.import-replace')).not.toBeNull());
    const replace = app.querySelector<HTMLButtonElement>('.import-replace')!;
    replace.focus();
    replace.click();
    await settle();
    expect(document.activeElement).toBe(app.querySelector('.confirm-replace-button'));
    const dialog = app.querySelector('[role="alertdialog"]')!;
    expect(document.getElementById(dialog.getAttribute('aria-labelledby')!)?.textContent).toBe(english.guideReplaceRemoves.message);
    expect(document.getElementById(dialog.getAttribute('aria-describedby')!)?.textContent).toContain('Returns');
    app.querySelector<HTMLButtonElement>('.confirm-replace .cancel-import')!.click();
    await settle();
    expect(document.activeElement).toBe(app.querySelector('.import-replace'));
  });
});

describe('replacing the guide: what it removes', () => {
  it('names the topic of a removed template by its title, not its internal id', async () => {
    await saveGuide(database(), GUIDE);
    const app = document.body.appendChild(document.createElement('div'));
    render(<GuideTransfer guide={GUIDE} lang="en" />, app);
    // The file keeps the topic "Shipping" with another template: its template "Late" goes.
    const shipping = { ...GUIDE.topics[0]!, templates: [{ ...GUIDE.topics[0]!.templates[0]!, id: 'ship.en.b', title: 'Early' }] };
    const file = new File([exportGuide({ topics: [shipping] })], 'guide.json', { type: 'application/json' });
    const input = app.querySelector<HTMLInputElement>('input[name="import-guide"]')!;
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(app.querySelector('.import-replace')).not.toBeNull());
    app.querySelector<HTMLButtonElement>('.import-replace')!.click();
    await vi.waitFor(() => expect(app.querySelector('[data-template-id="ship.en.a"]')).not.toBeNull());
    expect(app.querySelector('[data-template-id="ship.en.a"]')!.textContent).toBe('Template “Late” (topic “Shipping”)');
  });
});

describe('guide import over a topic this version cannot read', () => {
  it('keeps the stored topic and says the file’s version of it was not taken', async () => {
    await saveGuide(database(), { topics: GUIDE.topics.filter((t) => t.id !== 'returns') });
    // A later version's row: its templates in a form this one does not know.
    await database().guideTopics.put({ id: 'returns', position: 1, templates: 'v2' } as never);
    const app = document.body.appendChild(document.createElement('div'));
    render(<GuideTransfer guide={await loadGuide(database())} lang="en" />, app);
    const file = new File([exportGuide(GUIDE)], 'guide.json', { type: 'application/json' });
    const input = app.querySelector<HTMLInputElement>('input[name="import-guide"]')!;
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(app.querySelector('.import-merge')).not.toBeNull());
    app.querySelector<HTMLButtonElement>('.import-merge')!.click();
    await vi.waitFor(() => expect(app.querySelector('.import-done')).not.toBeNull());
    expect(app.querySelector('.import-unreadable')?.textContent).toBe(english.guideImportKeptUnreadableOne.message.replace('$1', '1'));
    expect(await database().guideTopics.get('returns')).toEqual({ id: 'returns', position: 1, templates: 'v2' });
  });
});

/** Picks a file in the guide's import field; `file` may be a stand-in whose reading fails. */
function pickGuideFile(app: HTMLElement, file: Pick<File, 'name' | 'text'>) {
  const input = app.querySelector<HTMLInputElement>('input[name="import-guide"]')!;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe.each([
  ['en', english, 'Delivery'],
  ['de', german, 'Lieferung'],
] as const)('guide import refusals (%s)', (lang, messages, title) => {
  const fill = (message: string, subs: string[]) => message.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1]!);

  it('says the file could not be read, not that it holds a newer version’s topic', async () => {
    useMessageTemplates(messageTemplates(lang));
    const app = document.body.appendChild(document.createElement('div'));
    render(<GuideTransfer guide={GUIDE} lang={lang} />, app);
    pickGuideFile(app, { name: 'guide.json', text: () => Promise.reject(new DOMException('NotReadableError')) });
    await vi.waitFor(() => expect(app.querySelector('.status.error')).not.toBeNull());
    expect(app.querySelector('.status.error')!.textContent).toBe(messages.guideImportFileUnreadable.message);
  });

  it('offers no merge that would overfill a topic, and names the topic, the count and the limit', async () => {
    useMessageTemplates(messageTemplates(lang));
    const sixty = (prefix: string): Guide =>
      makeGuide({
        topics: [{
          id: 'delivery', title: { de: 'Lieferung', en: 'Delivery' },
          templates: Array.from({ length: 60 }, (_, i) => ({ id: `${prefix}-${i}`, lang: 'de' as const, title: `V ${i}`, body: `Hallo {{first_name}}, ${prefix} ${i}` })),
        }],
      });
    await saveGuide(database(), sixty('local'));
    const app = document.body.appendChild(document.createElement('div'));
    render(<GuideTransfer guide={sixty('local')} lang={lang} />, app);
    pickGuideFile(app, new File([exportGuide(sixty('file'))], 'guide.json', { type: 'application/json' }));
    await vi.waitFor(() => expect(app.querySelector('.import-merge')).not.toBeNull());
    expect(app.querySelector<HTMLButtonElement>('.import-merge')!.disabled).toBe(true);
    expect(app.querySelector('.plan-merge .plan-over-limit')?.textContent).toBe(fill(messages.guideOverTemplateLimit.message, [`${FSI}${title}${PDI}`, '120', '100']));
    // Replacing with the file is within the limits.
    expect(app.querySelector<HTMLButtonElement>('.import-replace')!.disabled).toBe(false);
    expect(app.querySelector('.plan-replace .plan-over-limit')).toBeNull();
  });
});
