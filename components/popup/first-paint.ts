/**
 * The popup's first paint, before Preact, Dexie and zod are loaded: the longest-waiting rows read with
 * plain IndexedDB (lib/db/first-rows.ts), checked by hand (lib/models/light-check.ts), drawn as plain DOM
 * with text only. The markup is what Popup.tsx, HealthLine.tsx and ChecklistItem.tsx render for the same
 * data, so when the full app renders into it Preact adopts these nodes instead of replacing them.
 */
import type { FirstRead } from '../../lib/db/first-rows';
import { lightComment, lightSettings, pageKey, type LightComment, type LightSettings } from '../../lib/models/light-check';
import { formatDuration } from '../../lib/time/format-duration';
import { commentStatus, type StatusOptions, type WaitState } from '../../lib/time/waiting';
import { excerpt } from './excerpt';

/**
 * Rows the first paint reads and draws: more than the popup's 580 px show. The full app starts from the
 * same rows and adds the rest of its first page of 100 below them when its own query answers.
 */
export const FIRST_ROWS = 30;

type I18n = { getMessage(key: string, subs?: string | string[]): string; getUILanguage(): string };
const i18n = (): I18n | undefined => {
  const g = globalThis as { chrome?: { i18n?: I18n }; browser?: { i18n?: I18n } };
  return g.chrome?.i18n ?? g.browser?.i18n;
};

// Each call into the extension API costs tens of µs; a hundred rows ask for the same few strings.
const memo = new Map<string, string>();

/** lib/i18n.ts `t` without the polyfill: the key itself when there is no extension API. */
function msg(key: string, subs?: string): string {
  const memoKey = subs === undefined ? key : `${key}\u0000${subs}`;
  let text = memo.get(memoKey);
  if (text === undefined) {
    try {
      text = i18n()?.getMessage(key, subs) || key;
    } catch {
      text = key;
    }
    memo.set(memoKey, text);
  }
  return text;
}

/** A stand-in substitution: "waiting $1" is asked for once, not once per distinct duration. */
const HOLE = '\u0001';
const withDuration = (template: string, text: string): string => template.split(HOLE).join(text);

export interface LightEntry {
  comment: LightComment;
  waitedMs: number;
  state: WaitState;
}

const STATE_KEY: Record<WaitState, string> = { 'on-time': 'stateOnTime', 'due-soon': 'stateDueSoon', overdue: 'stateOverdue' };

/** Business time between two instants under the stored schedule (lib/models/light-schedule.ts `businessClock`). */
export type BusinessClock = (startMs: number, endMs: number) => number;

/**
 * lib/comments/checklist.ts `checklist` for checked records and light settings (tested equal). Where a
 * site counts business time, `businessClock` is required: without it the colours could be wrong.
 */
export function lightChecklist(comments: LightComment[], settings: LightSettings, now: number, businessClock?: BusinessClock): LightEntry[] {
  if (settings.businessHoursSites.length > 0 && !businessClock) throw new Error('lightChecklist: business hours need the business clock');
  const options = (site: LightComment['site']): StatusOptions => ({
    // lib/time/site-target.ts and lib/bidi.ts are spelt out here: imported, each became a chunk of its own
    // that the popup had to fetch before its first paint.
    targetMinutes: settings.siteTargetMinutes[site] ?? settings.targetMinutes,
    backlogDays: settings.backlogDays,
    ...(settings.businessHoursSites.includes(site) ? { clock: businessClock } : {}),
  });
  const bySite = { facebook: options('facebook'), x: options('x') };
  const entries: LightEntry[] = [];
  for (const comment of comments) {
    // A page no longer in the settings: its comments are not listed (lib/comments/watched-pages.ts).
    if (!settings.pageKeys.has(pageKey(comment.site, comment.pageName))) continue;
    const opts = bySite[comment.site];
    const status = commentStatus(comment, now, opts);
    if (status.kind === 'waiting') entries.push({ comment, waitedMs: status.waitedMs, state: status.state });
  }
  const posted = (c: LightComment) => c.postedAt ?? c.firstSeenAt;
  return entries.sort((a, b) => posted(a.comment) - posted(b.comment) || a.comment.key.localeCompare(b.comment.key));
}

type Child = Node | string | false | null;

/** An element with attributes and children; strings become text nodes, never markup. */
function h(tag: string, attrs: Record<string, string | false>, ...children: Child[]): HTMLElement {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== false) e.setAttribute(k, v);
  for (const c of children) if (c !== false && c !== null) e.append(c);
  return e;
}

function row(entry: LightEntry, locale: string): HTMLElement {
  const c = entry.comment;
  return h(
    'li',
    { class: `item ${entry.state}`, 'data-key': c.key },
    h('input', { type: 'checkbox', class: 'tick', title: msg('markHandled'), 'aria-label': msg('markHandledBy', `\u2068${c.author.name}\u2069`) }),
    h(
      'button',
      { type: 'button', class: 'open', disabled: c.permalink ? false : '', title: msg('openComment') },
      h('span', { class: 'meta' }, h('bdi', { class: 'author' }, c.author.name), h('span', { class: 'page' }, ' · ', c.site === 'facebook' ? msg('siteFacebook') : msg('siteX'), ' · ', h('bdi', {}, c.pageName))),
      h('bdi', { class: 'excerpt' }, excerpt(c.text)),
      c.claimedBy ? h('span', { class: 'claimed' }, msg('claimedBy', `\u2068${c.claimedBy}\u2069`)) : null,
    ),
    h(
      'span',
      { class: 'when' },
      h('span', { class: `wait ${entry.state}` }, withDuration(msg('badgeWaiting', HOLE), formatDuration(entry.waitedMs, locale))),
      h('span', { class: 'state' }, msg(STATE_KEY[entry.state])),
    ),
  );
}

/**
 * Draws the popup with its first page of rows into `app` and returns how many rows it drew. Nothing is
 * drawn when no row passes (the full app then shows the empty or setup state itself).
 */
export function paintFirstRows(app: HTMLElement, read: FirstRead, locale: string, now: number, businessClock?: BusinessClock): number {
  const settings = lightSettings(read.settings);
  const checked: LightComment[] = [];
  for (const r of read.rows) {
    const c = lightComment(r);
    if (c) checked.push(c);
  }
  const entries = lightChecklist(checked, settings, now, businessClock).slice(0, FIRST_ROWS);
  if (entries.length === 0) return 0;
  // As Popup.tsx draws them: view switches saying which view shows (aria-pressed), not ARIA tabs.
  const tab = (cls: string, key: string, shown: boolean) => h('button', { type: 'button', class: cls, 'aria-pressed': String(shown) }, msg(key));
  app.replaceChildren(
    // Marks who drew it: the full app's render removes the attribute when it adopts the nodes.
    h(
      'main',
      { 'data-paint': 'first' },
      h('header', {}, h('h1', {}, msg('popupTitle')), h('button', { type: 'button', class: 'stats' }, msg('statsOpen')), h('button', { type: 'button', class: 'settings' }, msg('openSettings'))),
      h('p', { class: 'health' }),
      h('nav', { class: 'tabs' }, tab('tab-checklist', 'tabChecklist', true), tab('tab-notes', 'tabNotes', false), tab('tab-strikes', 'tabStrikes', false)),
      settings.hasPages ? null : h('p', { class: 'setup' }, msg('popupNoPages')),
      h('ol', { class: 'checklist' }, ...entries.map((e) => row(e, locale))),
    ),
  );
  return entries.length;
}
