import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChecklistItem } from '../../../components/popup/ChecklistItem';
import { useMessageTemplates } from '../../../lib/i18n';
import type { WaitState } from '../../../lib/time/waiting';
import { MINUTE } from '../../../lib/time/units';
import { tracked } from '../comments/tracked';
import { i18nApi, templates, type Lang } from './messages';
import { WATCHED_PAGES } from '../models/observed-comment';

const NOW = Date.UTC(2026, 2, 10, 14, 30);
const SETTINGS = { pages: WATCHED_PAGES, targetMinutes: 60, backlogDays: 30 };
const FSI = '\u2068';
const PDI = '\u2069';

/** Overdue, due soon, on time: as the first paint orders them (longest waiting first). */
const rows = () => [
  tracked('late', 3 * 60, NOW, { author: { name: 'Anna Late', url: null }, text: 'where is my parcel' }),
  tracked('soon', 50, NOW, { author: { name: '\u202EBen', url: null }, text: 'hello?' }),
  tracked('fresh', 5, NOW, { author: { name: 'Cem', url: null }, text: 'thanks' }),
];
const STATES: WaitState[] = ['overdue', 'due-soon', 'on-time'];
const LABEL: Record<Lang, Record<WaitState, string>> = {
  en: { overdue: 'overdue', 'due-soon': 'due soon', 'on-time': 'on time' },
  de: { overdue: 'überfällig', 'due-soon': 'bald fällig', 'on-time': 'im Ziel' },
};

/** The popup's first paint, loaded afresh: it keeps the messages it asked for in a module-level memo. */
async function firstPaint(lang: Lang): Promise<HTMLElement[]> {
  vi.stubGlobal('chrome', { i18n: i18nApi(lang) });
  vi.resetModules();
  const { paintFirstRows } = await import('../../../components/popup/first-paint');
  const app = document.createElement('div');
  paintFirstRows(app, { settings: SETTINGS, rows: rows() }, lang, NOW);
  return [...app.querySelectorAll<HTMLElement>('ol.checklist > li')];
}

function preactRows(lang: Lang): HTMLElement[] {
  useMessageTemplates(templates(lang));
  const list = document.createElement('ol');
  const entries = rows().map((comment, i) => ({ comment, waitedMs: NOW - comment.postedAt!, state: STATES[i]! }));
  render(<>{entries.map((e) => <ChecklistItem key={e.comment.key} entry={e} locale={lang} onTick={async () => true} />)}</>, list);
  return [...list.querySelectorAll<HTMLElement>(':scope > li')];
}

/** Markup with attributes in a fixed order: what both renderers must agree on. */
function shape(node: Node): string {
  if (node.nodeType === 3) return JSON.stringify((node as Text).data);
  const el = node as Element;
  const attrs = [...el.attributes].map((a) => `${a.name}=${JSON.stringify(a.value)}`).sort().join(' ');
  return `<${el.localName} ${attrs}>${[...el.childNodes].map(shape).join('')}</${el.localName}>`;
}

afterEach(() => {
  useMessageTemplates({});
  vi.unstubAllGlobals();
});

describe.each(['en', 'de'] as const)('checklist rows (%s)', (lang) => {
  it('say the waiting state in words, not only in colour, in both renderers', async () => {
    for (const items of [preactRows(lang), await firstPaint(lang)]) {
      expect(items.map((li) => li.querySelector('.wait')!.className)).toEqual(STATES.map((s) => `wait ${s}`));
      items.forEach((li, i) => expect(li.querySelector('.when .state')!.textContent).toBe(LABEL[lang][STATES[i]!]));
    }
  });

  it('name each checkbox after the comment’s author, the name isolated', async () => {
    for (const items of [preactRows(lang), await firstPaint(lang)]) {
      const labels = items.map((li) => li.querySelector('input.tick')!.getAttribute('aria-label')!);
      expect(new Set(labels).size).toBe(3);
      expect(labels[0]).toContain(`${FSI}Anna Late${PDI}`);
      expect(labels[1]).toContain(`${FSI}\u202EBen${PDI}`);
      expect(labels[2]).toContain(`${FSI}Cem${PDI}`);
    }
  });

  it('draw the same markup in the first paint as in the full popup', async () => {
    const full = preactRows(lang).map(shape);
    const first = (await firstPaint(lang)).map(shape);
    expect(first).toEqual(full);
    expect(full[0]).toContain(LABEL[lang].overdue);
  });
});

// The waiting time the full popup is given must be the one the first paint computes.
it('uses whole minutes of waiting in these fixtures', () => {
  expect(rows().map((c) => (NOW - c.postedAt!) / MINUTE)).toEqual([180, 50, 5]);
});
