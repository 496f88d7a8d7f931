import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
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

/** What the first paint read (validated again with zod): the first render then shows the same rows. */
export interface PopupStart {
  head: TrackedComment[];
  settings: Settings;
}

export function Popup({ locale, initial }: { locale: string; initial?: PopupStart }) {
  const db = database();
  // The first rows come from an index and show at once; the full list (counts, "show more") follows.
  const head = useLiveQuery<TrackedComment[] | null>(async () => longestWaiting(db, (await loadSettings(db)).backlogDays, PAGE_SIZE), initial?.head ?? null);
  const comments = useLiveQuery<TrackedComment[] | null>(() => openComments(db), null, head.value !== null);
  const settings = useLiveQuery(() => loadSettings(db), initial?.settings ?? defaultSettings());
  const now = useSignal(Date.now());
  const lastTicked = useSignal<TrackedComment | null>(null);
  const failure = useSignal<'handledFailed' | 'undoHandledFailed' | null>(null);
  const tab = useSignal<'checklist' | 'notes' | 'strikes'>('checklist');
  // The longest-waiting come first; a long backlog is shown a page at a time so the popup opens at once.
  const shown = useSignal(PAGE_SIZE);
  useEffect(() => {
    const timer = setInterval(() => (now.value = Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);

  // The toast promises the write happened: it waits for it, and a failed write says so instead.
  const tick = (key: string): Promise<boolean> => {
    const comment = (comments.value ?? head.value)?.find((c) => c.key === key) ?? null;
    failure.value = null;
    return markHandled(db, key, Date.now()).then(
      () => {
        lastTicked.value = comment;
        void notifyTabs({ type: 'records-changed' });
        return true;
      },
      () => {
        lastTicked.value = null;
        failure.value = 'handledFailed';
        return false;
      },
    );
  };
  const undo = () => {
    const comment = lastTicked.value;
    lastTicked.value = null;
    failure.value = null;
    if (!comment) return;
    void unmarkHandled(db, comment.key).then(
      () => void notifyTabs({ type: 'records-changed' }),
      () => (failure.value = 'undoHandledFailed'),
    );
  };

  const known = comments.value ?? head.value;
  const list = known === null ? null : checklist(known, settings.value, now.value);
  const overdue = comments.value === null ? 0 : overdueCount(comments.value, settings.value, now.value);
  return (
    <main>
      <header>
        <h1>{t('popupTitle')}</h1>
        {overdue > 0 && <span class="overdue-count">{t('popupOverdue', String(overdue))}</span>}
        <button type="button" class="stats" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/stats.html') })}>{t('statsOpen')}</button>
        <button type="button" class="settings" onClick={() => void browser.runtime.openOptionsPage()}>{t('openSettings')}</button>
      </header>
      <HealthLine locale={locale} />
      <nav class="tabs" role="tablist">
        <button type="button" role="tab" class="tab-checklist" aria-selected={tab.value === 'checklist'} onClick={() => (tab.value = 'checklist')}>{t('tabChecklist')}</button>
        <button type="button" role="tab" class="tab-notes" aria-selected={tab.value === 'notes'} onClick={() => (tab.value = 'notes')}>{t('tabNotes')}</button>
        <button type="button" role="tab" class="tab-strikes" aria-selected={tab.value === 'strikes'} onClick={() => (tab.value = 'strikes')}>{t('tabStrikes')}</button>
      </nav>
      {tab.value === 'notes' && <NotesList locale={locale} />}
      {tab.value === 'strikes' && <StrikeHistory locale={locale} />}
      {settings.value.pages.length === 0 && <p class="setup">{t('popupNoPages')}</p>}
      {failure.value && <p class="error" role="alert">{t(failure.value)}</p>}
      {lastTicked.value && (
        <p class="toast" role="status">
          {t('handledToast', isolate(lastTicked.value.author.name))} <button type="button" class="undo" onClick={undo}>{t('undoHandled')}</button>
        </p>
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
