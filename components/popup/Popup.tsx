import { useComputed, useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { checklist, overdueCount } from '../../lib/comments/checklist';
import { longestWaiting, markHandled, openComments, unmarkHandled } from '../../lib/db/comments-store';
import { database } from '../../lib/db/database';
import { loadSettings } from '../../lib/db/settings-store';
import { t } from '../../lib/i18n';
import type { TrackedComment } from '../../lib/models/comment';
import { defaultSettings, type Settings } from '../../lib/models/settings';
import { notifyTabs } from '../../lib/messaging/notify-tabs';
import { useLiveQuery } from '../shared/live-query';
import { ChecklistItem } from './ChecklistItem';
import { NotesList } from './NotesList';
import { StrikeHistory } from './StrikeHistory';
import { HealthLine } from './HealthLine';
import { isolate } from '../../lib/bidi';

const PAGE_SIZE = 100;
/** Ticks of this popup that keep their Undo. */
const MAX_UNDOABLE = 5;

/** What the first paint read (validated again with zod): the first render then shows the same rows. */
export interface PopupStart {
  head: TrackedComment[];
  settings: Settings;
}

/**
 * Where keyboard focus goes once the list has caught up with a tick or an undo: the ticked row's box is
 * removed with its row, and focus left alone falls to the body. `gone`: after ticking that row, the box of
 * `next` (or, with no row left, the toast's Undo); `back`: after an undo, the restored row's box.
 */
type PendingFocus = { gone: string; next: string | null } | { back: string };

/** The row (its comment key) an element sits in. */
const rowKeyOf = (el: Element | null): string | null => el?.closest<HTMLElement>('li[data-key]')?.dataset.key ?? null;

export function Popup({ locale, initial }: { locale: string; initial?: PopupStart }) {
  const db = database();
  // The first rows come from an index and show at once; the full list (counts, "show more") follows.
  const head = useLiveQuery<TrackedComment[] | null>(async () => longestWaiting(db, (await loadSettings(db)).backlogDays, PAGE_SIZE), initial?.head ?? null);
  const comments = useLiveQuery<TrackedComment[] | null>(() => openComments(db), null, head.value !== null);
  // Null until read: before that, "name your pages first" would be wrong advice for a team that has.
  const stored = useLiveQuery<Settings | null>(() => loadSettings(db), initial?.settings ?? null);
  const settings = useComputed(() => stored.value ?? defaultSettings());
  const now = useSignal(Date.now());
  // This popup's ticks, newest last: each keeps its Undo, so a tick by mistake can be taken back after the next one.
  const ticked = useSignal<TrackedComment[]>([]);
  const failure = useSignal<'handledFailed' | 'undoHandledFailed' | null>(null);
  const tab = useSignal<'checklist' | 'notes' | 'strikes'>('checklist');
  // The longest-waiting come first; a long backlog is shown a page at a time so the popup opens at once.
  const shown = useSignal(PAGE_SIZE);
  const root = useRef<HTMLElement>(null);
  const pendingFocus = useRef<PendingFocus | null>(null);
  useEffect(() => {
    const timer = setInterval(() => (now.value = Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  // After every render: the live queries answer some renders after the write, and only then is the row gone (or back).
  useEffect(() => {
    const want = pendingFocus.current;
    const main = root.current;
    if (!want || !main) return;
    if (tab.value !== 'checklist') {
      pendingFocus.current = null;
      return;
    }
    const box = (key: string) => [...main.querySelectorAll<HTMLElement>('li[data-key]')].find((li) => li.dataset.key === key)?.querySelector<HTMLElement>('.tick') ?? null;
    if ('back' in want) {
      const restored = box(want.back);
      if (!restored) return;
      pendingFocus.current = null;
      restored.focus();
      return;
    }
    if (box(want.gone)) return;
    pendingFocus.current = null;
    ((want.next === null ? null : box(want.next)) ?? main.querySelector<HTMLElement>('.toast .undo'))?.focus();
  });

  const known = comments.value ?? head.value;
  const list = known === null || stored.value === null ? null : checklist(known, settings.value, now.value);

  // The toast promises the write happened: it waits for it, and a failed write says so instead.
  const tick = (key: string): Promise<boolean> => {
    const comment = (comments.value ?? head.value)?.find((c) => c.key === key) ?? null;
    failure.value = null;
    // The row that will take focus when this one goes: the next one, or the one before the last.
    const visible = list?.slice(0, shown.value) ?? [];
    const at = visible.findIndex((e) => e.comment.key === key);
    const neighbour = at < 0 ? null : (visible[at + 1] ?? visible[at - 1])?.comment.key ?? null;
    return markHandled(db, key, Date.now()).then(
      () => {
        // Only for focus that was in the row: a view rendering on its own never takes focus.
        if (rowKeyOf(document.activeElement) === key) pendingFocus.current = { gone: key, next: neighbour };
        if (comment) ticked.value = [...ticked.value.filter((c) => c.key !== key), comment].slice(-MAX_UNDOABLE);
        void notifyTabs({ type: 'records-changed' });
        return true;
      },
      () => {
        failure.value = 'handledFailed';
        return false;
      },
    );
  };
  const undo = (comment: TrackedComment) => {
    ticked.value = ticked.value.filter((c) => c.key !== comment.key);
    failure.value = null;
    void unmarkHandled(db, comment.key).then(
      () => {
        // The Undo button went with the toast: focus goes to the row that comes back.
        pendingFocus.current = { back: comment.key };
        void notifyTabs({ type: 'records-changed' });
      },
      () => (failure.value = 'undoHandledFailed'),
    );
  };

  const overdue = comments.value === null ? 0 : overdueCount(comments.value, settings.value, now.value);
  return (
    <main ref={root}>
      <header>
        <h1>{t('popupTitle')}</h1>
        {overdue > 0 && <span class="overdue-count">{t('popupOverdue', String(overdue))}</span>}
        <button type="button" class="stats" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/stats.html') })}>{t('statsOpen')}</button>
        <button type="button" class="settings" onClick={() => void browser.runtime.openOptionsPage()}>{t('openSettings')}</button>
      </header>
      <HealthLine locale={locale} />
      {/*
        * Three buttons that switch the view, each saying whether it is the one shown (aria-pressed): not ARIA tabs,
        * which need panels around their content, and the first paint's checklist (first-paint.ts) is adopted
        * node for node as a child of <main>, which a panel around it would break.
        */}
      <nav class="tabs">
        <button type="button" class="tab-checklist" aria-pressed={tab.value === 'checklist'} onClick={() => (tab.value = 'checklist')}>{t('tabChecklist')}</button>
        <button type="button" class="tab-notes" aria-pressed={tab.value === 'notes'} onClick={() => (tab.value = 'notes')}>{t('tabNotes')}</button>
        <button type="button" class="tab-strikes" aria-pressed={tab.value === 'strikes'} onClick={() => (tab.value = 'strikes')}>{t('tabStrikes')}</button>
      </nav>
      {tab.value === 'notes' && <NotesList locale={locale} />}
      {tab.value === 'strikes' && <StrikeHistory locale={locale} />}
      {stored.value !== null && settings.value.pages.length === 0 && <p class="setup">{t('popupNoPages')}</p>}
      {failure.value && <p class="error" role="alert">{t(failure.value)}</p>}
      {ticked.value.length > 0 && (
        <ul class="toast" role="status">
          {[...ticked.value].reverse().map((c) => (
            <li key={c.key}>
              {t('handledToast', isolate(c.author.name))} <button type="button" class="undo" onClick={() => undo(c)}>{t('undoHandled')}</button>
            </li>
          ))}
        </ul>
      )}
      {/* Before any page is set up, "nothing is waiting" would read as if Moderato were watching: the set-up hint stands alone. */}
      {tab.value === 'checklist' && list !== null && list.length === 0 && settings.value.pages.length > 0 && <p class="empty">{t('popupEmpty')}</p>}
      {tab.value === 'checklist' && list !== null && list.length > 0 && (
        <ol class="checklist">
          {list.slice(0, shown.value).map((entry) => <ChecklistItem key={entry.comment.key} entry={entry} locale={locale} onTick={tick} />)}
        </ol>
      )}
      {tab.value === 'checklist' && list !== null && list.length > shown.value && (
        <button type="button" class="show-more" onClick={() => (shown.value += PAGE_SIZE)}>{t('showMore', String(list.length - shown.value))}</button>
      )}
    </main>
  );
}
