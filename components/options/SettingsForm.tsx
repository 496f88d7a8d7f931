import { useSignal } from '@preact/signals';
import { liveQuery } from 'dexie';
import { useEffect, useRef } from 'preact/hooks';
import { database } from '../../lib/db/database';
import { loadSettings, saveSettings } from '../../lib/db/settings-store';
import { notifyTabs } from '../../lib/messaging/notify-tabs';
import { t, type MessageKey } from '../../lib/i18n';
import { SettingsSchema, type OwnPage, type Settings } from '../../lib/models/settings';
import { BusinessHoursFields, DAY_KEY, holidaysFromText } from './BusinessHoursFields';
import { pageKeyOf } from '../../lib/platforms/facebook/page-match';
import { handleOfPage } from '../../lib/platforms/x/page-match';
import { customReason, issueReason, type FieldIssue } from './field-issue';
import { startingSchedule } from '../../lib/schedule/default-schedule';
import { applyEdits } from './settings-edits';

type Status = { kind: 'idle' } | { kind: 'saved' } | { kind: 'error'; message: string } | { kind: 'failed' };

/** A page whose address and id (on X: handle) name no page: the overlay would never recognise it. */
function unrecognised(page: OwnPage): boolean {
  if (page.site === 'x') return page.name.trim() !== '' && handleOfPage(page) === null;
  if (!page.url.trim()) return false;
  const key = pageKeyOf(page);
  return key.vanity === null && key.pageId === null;
}

/** Fields labelled by one message each; pages, site targets and the schedule are named in fieldLabel. */
const FIELD_LABEL: Record<Exclude<keyof Settings, 'pages' | 'siteTargetMinutes' | 'schedule'>, MessageKey> = {
  agentName: 'agentName',
  targetMinutes: 'targetMinutes',
  backlogDays: 'backlogDays',
  businessHoursSites: 'businessHours',
  remindersEnabled: 'remindersEnabled',
  reminderLeadMinutes: 'reminderLeadMinutes',
};

const PAGE_FIELD_LABEL: Record<keyof OwnPage, MessageKey> = { site: 'pageSite', name: 'pageName', url: 'pageUrl', pageId: 'pageId' };

/** A refused field as the form labels it, e.g. "Page 2 › Address" or "Monday, until". `holidayLines`: each holiday's line in its box. */
function fieldLabel(path: readonly PropertyKey[], s: Settings, holidayLines: readonly number[]): string {
  const [field, a, b, , d] = path;
  if (field === 'pages') {
    if (typeof a !== 'number') return t('pagesHeading');
    const page = t('settingsPage', String(a + 1));
    // An X page shows one field, the handle, from which its address is made.
    const key = s.pages[a]?.site === 'x' && (b === 'name' || b === 'url') ? 'xHandle' : PAGE_FIELD_LABEL[b as keyof OwnPage];
    return key ? `${page} › ${t(key)}` : page;
  }
  if (field === 'siteTargetMinutes') return t(a === 'x' ? 'siteTargetX' : 'siteTargetFacebook');
  if (field === 'schedule') {
    if (a === 'timeZone') return t('timeZone');
    if (a === 'holidays') return typeof b === 'number' ? `${t('holidays')} › ${t('netiquetteLine', String(holidayLines[b] ?? b + 1))}` : t('holidays');
    if (a === 'weekly' && typeof b === 'string' && b in DAY_KEY) {
      const day = t(DAY_KEY[b as keyof typeof DAY_KEY]);
      return d === 'start' ? t('openFrom', day) : d === 'end' ? t('openUntil', day) : day;
    }
    return t('businessHours');
  }
  const key = FIELD_LABEL[field as keyof typeof FIELD_LABEL] as MessageKey | undefined;
  return key ? t(key) : '';
}

/**
 * Names the refused fields by their labels, each with the reason in our words: zod's own messages are
 * developer text ("expected number, received NaN") in either language. A refinement is worded by the
 * reason its schema gives (`params.reason`); one without stands by the field's name alone.
 */
function describeIssues(issues: readonly FieldIssue[], s: Settings, holidayLines: readonly number[]): string[] {
  const described = issues.map((i) => {
    const label = fieldLabel(i.path, s, holidayLines);
    if (!label) return '';
    const reason = i.code === 'custom' ? customReason(i) : issueReason(i, SettingsSchema);
    return reason ? `${label}: ${reason}` : label;
  });
  return [...new Set(described.filter(Boolean))];
}

/** The `name` of the inputs a refused field is typed in (a page's with "@index"), to mark and focus them. */
function inputsOf(path: readonly PropertyKey[], s: Settings): string[] {
  const [field, a, b, , d] = path;
  switch (field) {
    case 'pages': {
      if (typeof a !== 'number') return [];
      // On X the handle's field gives both name and address.
      const name = b === 'site' ? 'site' : b === 'name' || (b === 'url' && s.pages[a]?.site === 'x') ? 'page-name' : b === 'url' ? 'page-url' : b === 'pageId' ? 'page-id' : null;
      return name ? [`${name}@${a}`] : [];
    }
    case 'agentName': return ['agent-name'];
    case 'targetMinutes': return ['target-minutes'];
    case 'siteTargetMinutes': return a === 'facebook' || a === 'x' ? [`target-minutes-${a}`] : [];
    case 'backlogDays': return ['backlog-days'];
    case 'remindersEnabled': return ['reminders'];
    case 'reminderLeadMinutes': return ['reminder-lead'];
    case 'schedule':
      if (a === 'timeZone') return ['time-zone'];
      if (a === 'holidays') return ['holidays'];
      // A day's periods that overlap are the day's; the form shows its first period only.
      if (a === 'weekly' && typeof b === 'string') return d === 'end' ? [`end-${b}`] : d === 'start' ? [`start-${b}`] : [`start-${b}`, `end-${b}`];
      return [];
    default: return [];
  }
}

/** The settings as the form shows them: with the browser's zone where the stored one is only the default. */
function shown(saved: Settings): Settings {
  return { ...saved, schedule: startingSchedule(saved.schedule, saved.businessHoursSites) };
}

/** A site counts business hours only, but no day has any: its waiting time would never count. */
function noOpenDay(s: Settings): boolean {
  return s.businessHoursSites.length > 0 && Object.values(s.schedule.weekly).every((day) => day.length === 0);
}

export function SettingsForm() {
  const db = database();
  const draft = useSignal<Settings | null>(null);
  const status = useSignal<Status>({ kind: 'idle' });
  const holidaysText = useSignal('');
  // The inputs the last save refused (by `name`, a page's with "@index"), and whether no day was open.
  const refused = useSignal<{ inputs: ReadonlySet<string>; noOpenDay: boolean }>({ inputs: new Set(), noOpenDay: false });
  const focusRefused = useRef(false);
  const loadFailed = useSignal(false);
  const form = useRef<HTMLFormElement>(null);
  // After "Remove", whose button goes with its page: the page to focus the Remove button of, or -1 for "Add page".
  const focusAfterRemove = useRef<number | null>(null);
  // What the draft was filled with, and whether the user has changed it since: saving applies only the
  // changes, over the settings stored by then.
  const base = useRef<Settings | null>(null);
  const edited = useRef(false);
  const show = (saved: Settings) => {
    base.current = shown(saved);
    edited.current = false;
    draft.value = base.current;
    holidaysText.value = saved.schedule.holidays.join('\n');
  };
  // The stored row can change under the form (a team bundle applied below it, another tab): followed
  // until the user starts editing, so that the form does not show settings no longer stored. The first
  // read is a plain one: it answers a few tasks sooner than a live query's first run.
  useEffect(() => {
    let sub: { unsubscribe(): void } | undefined;
    let gone = false;
    loadSettings(db).then((saved) => {
      if (gone) return;
      show(saved);
      sub = liveQuery(() => loadSettings(db)).subscribe({
        next: (latest) => {
          if (!edited.current) show(latest);
        },
        // The form is on screen with what was read; saving reads afresh in any case.
        error: () => undefined,
      });
    }, () => (loadFailed.value = true));
    return () => {
      gone = true;
      sub?.unsubscribe();
    };
  }, []);
  useEffect(() => {
    if (!focusRefused.current) return;
    focusRefused.current = false;
    // As the other forms: the first refused field, so that a keyboard user starts where the fix is.
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  });
  useEffect(() => {
    const target = focusAfterRemove.current;
    if (target === null) return;
    focusAfterRemove.current = null;
    // Left alone, focus would fall to the body, the top of the document for a keyboard user.
    const next = target >= 0 ? form.current?.querySelector<HTMLElement>(`fieldset.page[data-page="${target}"] button.remove`) : null;
    (next ?? form.current?.querySelector<HTMLElement>('button.add-page'))?.focus();
  });
  // Without this the section would simply be missing, and nobody would know the settings exist.
  if (!draft.value) return loadFailed.value ? <p class="status error" role="alert">{t('settingsLoadFailed')}</p> : null;
  const s = draft.value;

  const clearStatus = () => {
    status.value = { kind: 'idle' };
    if (refused.value.inputs.size > 0 || refused.value.noOpenDay) refused.value = { inputs: new Set(), noOpenDay: false };
  };
  const update = (patch: Partial<Settings>) => {
    edited.current = true;
    draft.value = { ...s, ...patch };
    clearStatus();
  };
  const setHolidaysText = (text: string) => {
    edited.current = true;
    holidaysText.value = text;
    clearStatus();
  };
  const invalid = (name: string) => refused.value.inputs.has(name);
  const mark = (name: string) => (invalid(name) ? 'true' : undefined);
  const updatePage = (i: number, patch: Partial<OwnPage>) => update({ pages: s.pages.map((p, k) => (k === i ? { ...p, ...patch } : p)) });
  const removePage = (i: number) => {
    focusAfterRemove.current = i - 1;
    update({ pages: s.pages.filter((_, k) => k !== i) });
  };
  const save = async (e: Event) => {
    e.preventDefault();
    // The holidays as typed become dates only now: splitting while typing would take away each new line.
    const holidays = holidaysFromText(holidaysText.value);
    const candidate: Settings = { ...s, schedule: { ...s.schedule, holidays: holidays.dates } };
    const parsed = SettingsSchema.safeParse(candidate);
    const closed = noOpenDay(candidate);
    if (!parsed.success || closed) {
      const issues = parsed.success ? [] : parsed.error.issues;
      const messages = describeIssues(issues, candidate, holidays.lines);
      if (closed) messages.push(`${t('businessHours')}: ${t('businessHoursNoOpenDay')}`);
      status.value = { kind: 'error', message: messages.join('; ') };
      refused.value = { inputs: new Set(issues.flatMap((i) => inputsOf(i.path, candidate))), noOpenDay: closed };
      focusRefused.current = true;
      return;
    }
    const edits = parsed.data;
    const filledWith = base.current ?? edits;
    try {
      // Read and written in one transaction, so that nothing stored in between is overwritten unseen.
      show(await db.transaction('rw', db.settings, db.comments, async () => saveSettings(db, applyEdits(shown(await loadSettings(db)), filledWith, edits))));
    } catch {
      status.value = { kind: 'failed' };
      return;
    }
    status.value = { kind: 'saved' };
    void notifyTabs({ type: 'settings-changed' });
  };

  return (
    <form onSubmit={save} class="settings-form" noValidate ref={form}>
      <section>
        <h2>{t('pagesHeading')}</h2>
        <p class="hint">{t('pagesHint')}</p>
        {s.pages.length === 0 && <p class="hint">{t('noPagesYet')}</p>}
        {s.pages.map((page, i) => (
          <fieldset class="page" key={i} data-page={i}>
            {/* Names the group, so that its Remove button can be told from the other pages' ones. */}
            <legend>{t('settingsPage', String(i + 1))}{page.name.trim() && <> · <bdi>{page.name.trim()}</bdi></>}</legend>
            <label>{t('pageSite')}
              <select name="site" value={page.site} aria-invalid={mark(`site@${i}`)} onChange={(e) => updatePage(i, { site: e.currentTarget.value as OwnPage['site'], name: '', url: '', pageId: '' })}>
                <option value="facebook">{t('siteFacebook')}</option>
                <option value="x">{t('siteX')}</option>
              </select>
            </label>
            {page.site === 'x' ? (
              <label>{t('xHandle')}
                <input name="page-name" value={page.name} placeholder="@…" aria-invalid={mark(`page-name@${i}`)} onInput={(e) => {
                  // The handle is what matters on X; the address follows from it.
                  const handle = e.currentTarget.value.trim().replace(/^@+/, '');
                  updatePage(i, { name: handle, url: handle ? `https://x.com/${handle}` : '' });
                }} />
                <small class="hint">{t('xHandleHint')}</small>
              </label>
            ) : (
              <>
                <label>{t('pageName')}<input name="page-name" value={page.name} aria-invalid={mark(`page-name@${i}`)} onInput={(e) => updatePage(i, { name: e.currentTarget.value })} /></label>
                <label>{t('pageUrl')}<input name="page-url" value={page.url} aria-invalid={mark(`page-url@${i}`)} placeholder="https://www.facebook.com/…" onInput={(e) => updatePage(i, { url: e.currentTarget.value })} /></label>
                {/* A group, a post or people/<Name> without its id names no page: said here, not by badges that never come. */}
                {unrecognised(page) && <small class="hint warn page-url-unknown" role="status">{t('pageUrlUnknown')}</small>}
                <label>{t('pageId')}<input name="page-id" value={page.pageId} inputMode="numeric" aria-invalid={mark(`page-id@${i}`)} onInput={(e) => updatePage(i, { pageId: e.currentTarget.value })} /></label>
              </>
            )}
            {/* A display name ("Bäckerei Sonnenschein") is no handle: anyone on X may take it. */}
            {page.site === 'x' && unrecognised(page) && <small class="hint warn x-handle-unknown" role="status">{t('xHandleUnknown')}</small>}
            <button type="button" class="remove" onClick={() => removePage(i)}>{t('removePage')}</button>
          </fieldset>
        ))}
        <button type="button" class="add-page" onClick={() => update({ pages: [...s.pages, { site: 'facebook', name: '', url: '', pageId: '' }] })}>{t('addPage')}</button>
      </section>
      <section>
        <h2>{t('responseHeading')}</h2>
        <label>{t('agentName')}<input name="agent-name" value={s.agentName} aria-invalid={mark('agent-name')} onInput={(e) => update({ agentName: e.currentTarget.value })} /></label>
        <label>{t('targetMinutes')}<input name="target-minutes" type="number" min={1} value={s.targetMinutes} aria-invalid={mark('target-minutes')} onInput={(e) => update({ targetMinutes: e.currentTarget.valueAsNumber })} /></label>
        {(['facebook', 'x'] as const).map((site) => (
          <label key={site}>{t(site === 'facebook' ? 'siteTargetFacebook' : 'siteTargetX')}
            <input
              name={`target-minutes-${site}`}
              type="number"
              min={1}
              placeholder={String(s.targetMinutes)}
              aria-invalid={mark(`target-minutes-${site}`)}
              value={s.siteTargetMinutes[site] ?? ''}
              // Empty: the team's target. A number the field cannot read stays NaN, which saving refuses by name.
              onInput={(e) => update({ siteTargetMinutes: { ...s.siteTargetMinutes, [site]: e.currentTarget.value === '' ? null : e.currentTarget.valueAsNumber } })}
            />
          </label>
        ))}
        <label>{t('backlogDays')}<input name="backlog-days" type="number" min={1} value={s.backlogDays} aria-invalid={mark('backlog-days')} onInput={(e) => update({ backlogDays: e.currentTarget.valueAsNumber })} /></label>
        <label class="check"><input name="reminders" type="checkbox" checked={s.remindersEnabled} aria-invalid={mark('reminders')} onChange={(e) => update({ remindersEnabled: e.currentTarget.checked })} /> {t('remindersEnabled')}</label>
        {s.remindersEnabled && (
          <label>{t('reminderLeadMinutes')}<input name="reminder-lead" type="number" min={1} value={s.reminderLeadMinutes} aria-invalid={mark('reminder-lead')} onInput={(e) => update({ reminderLeadMinutes: e.currentTarget.valueAsNumber })} /></label>
        )}
        <BusinessHoursFields s={s} update={update} holidaysText={holidaysText.value} setHolidaysText={setHolidaysText} invalid={invalid} noOpenDay={refused.value.noOpenDay} />
      </section>
      <button type="submit" class="save">{t('save')}</button>
      {/* A refusal is an alert, as in the other forms; keyed apart, so that it comes as a new element and is read out. */}
      {status.value.kind === 'error' || status.value.kind === 'failed' ? (
        <p key="alert" class="status error" role="alert">
          {status.value.kind === 'error' ? t('invalidSettings', status.value.message) : t('settingsSaveFailed')}
        </p>
      ) : (
        <p key="status" class={`status ${status.value.kind}`} role="status">{status.value.kind === 'saved' && t('saved')}</p>
      )}
    </form>
  );
}
