import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { database } from '../../lib/db/database';
import { loadSettings, saveSettings } from '../../lib/db/settings-store';
import { notifyTabs } from '../../lib/messaging/notify-tabs';
import { t, type MessageKey } from '../../lib/i18n';
import { SettingsSchema, type OwnPage, type Settings } from '../../lib/models/settings';
import { BusinessHoursFields, DAY_KEY } from './BusinessHoursFields';
import { pageKeyOf } from '../../lib/platforms/facebook/page-match';
import { handleOfPage } from '../../lib/platforms/x/page-match';
import { issueReason, type FieldIssue } from './field-issue';

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

/** A refused field as the form labels it, e.g. "Page 2 › Address" or "Monday, until". */
function fieldLabel(path: readonly PropertyKey[], s: Settings): string {
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
    if (a === 'holidays') return typeof b === 'number' ? `${t('holidays')} › ${t('netiquetteLine', String(b + 1))}` : t('holidays');
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
 * developer text ("expected number, received NaN") in either language. The schemas' own refinements
 * explain themselves in English only, so for those the field's name stands alone.
 */
function describeIssues(error: { issues: readonly FieldIssue[] }, s: Settings): string {
  const described = error.issues.map((i) => {
    const label = fieldLabel(i.path, s);
    return label && i.code !== 'custom' ? `${label}: ${issueReason(i, SettingsSchema)}` : label;
  });
  return [...new Set(described.filter(Boolean))].join('; ');
}

export function SettingsForm() {
  const db = database();
  const draft = useSignal<Settings | null>(null);
  const status = useSignal<Status>({ kind: 'idle' });
  const loadFailed = useSignal(false);
  const form = useRef<HTMLFormElement>(null);
  // After "Remove", whose button goes with its page: the page to focus the Remove button of, or -1 for "Add page".
  const focusAfterRemove = useRef<number | null>(null);
  useEffect(() => void loadSettings(db).then((s) => (draft.value = s), () => (loadFailed.value = true)), []);
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

  const update = (patch: Partial<Settings>) => {
    draft.value = { ...s, ...patch };
    status.value = { kind: 'idle' };
  };
  const updatePage = (i: number, patch: Partial<OwnPage>) => update({ pages: s.pages.map((p, k) => (k === i ? { ...p, ...patch } : p)) });
  const removePage = (i: number) => {
    focusAfterRemove.current = i - 1;
    update({ pages: s.pages.filter((_, k) => k !== i) });
  };
  const save = async (e: Event) => {
    e.preventDefault();
    const parsed = SettingsSchema.safeParse(s);
    if (!parsed.success) {
      status.value = { kind: 'error', message: describeIssues(parsed.error, s) };
      return;
    }
    try {
      draft.value = await saveSettings(db, parsed.data);
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
              <select name="site" value={page.site} onChange={(e) => updatePage(i, { site: e.currentTarget.value as OwnPage['site'], name: '', url: '', pageId: '' })}>
                <option value="facebook">{t('siteFacebook')}</option>
                <option value="x">{t('siteX')}</option>
              </select>
            </label>
            {page.site === 'x' ? (
              <label>{t('xHandle')}
                <input name="page-name" value={page.name} placeholder="@…" onInput={(e) => {
                  // The handle is what matters on X; the address follows from it.
                  const handle = e.currentTarget.value.trim().replace(/^@+/, '');
                  updatePage(i, { name: handle, url: handle ? `https://x.com/${handle}` : '' });
                }} />
                <small class="hint">{t('xHandleHint')}</small>
              </label>
            ) : (
              <>
                <label>{t('pageName')}<input name="page-name" value={page.name} onInput={(e) => updatePage(i, { name: e.currentTarget.value })} /></label>
                <label>{t('pageUrl')}<input name="page-url" value={page.url} placeholder="https://www.facebook.com/…" onInput={(e) => updatePage(i, { url: e.currentTarget.value })} /></label>
                {/* A group, a post or people/<Name> without its id names no page: said here, not by badges that never come. */}
                {unrecognised(page) && <small class="hint warn page-url-unknown" role="status">{t('pageUrlUnknown')}</small>}
                <label>{t('pageId')}<input name="page-id" value={page.pageId} inputMode="numeric" onInput={(e) => updatePage(i, { pageId: e.currentTarget.value })} /></label>
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
        <label>{t('agentName')}<input name="agent-name" value={s.agentName} onInput={(e) => update({ agentName: e.currentTarget.value })} /></label>
        <label>{t('targetMinutes')}<input name="target-minutes" type="number" min={1} value={s.targetMinutes} onInput={(e) => update({ targetMinutes: e.currentTarget.valueAsNumber })} /></label>
        {(['facebook', 'x'] as const).map((site) => (
          <label key={site}>{t(site === 'facebook' ? 'siteTargetFacebook' : 'siteTargetX')}
            <input
              name={`target-minutes-${site}`}
              type="number"
              min={1}
              placeholder={String(s.targetMinutes)}
              value={s.siteTargetMinutes[site] ?? ''}
              // Empty: the team's target. A number the field cannot read stays NaN, which saving refuses by name.
              onInput={(e) => update({ siteTargetMinutes: { ...s.siteTargetMinutes, [site]: e.currentTarget.value === '' ? null : e.currentTarget.valueAsNumber } })}
            />
          </label>
        ))}
        <label>{t('backlogDays')}<input name="backlog-days" type="number" min={1} value={s.backlogDays} onInput={(e) => update({ backlogDays: e.currentTarget.valueAsNumber })} /></label>
        <label class="check"><input name="reminders" type="checkbox" checked={s.remindersEnabled} onChange={(e) => update({ remindersEnabled: e.currentTarget.checked })} /> {t('remindersEnabled')}</label>
        {s.remindersEnabled && (
          <label>{t('reminderLeadMinutes')}<input name="reminder-lead" type="number" min={1} value={s.reminderLeadMinutes} onInput={(e) => update({ reminderLeadMinutes: e.currentTarget.valueAsNumber })} /></label>
        )}
        <BusinessHoursFields s={s} update={update} />
      </section>
      <button type="submit" class="save">{t('save')}</button>
      <p class={`status ${status.value.kind === 'failed' ? 'error' : status.value.kind}`} role="status">
        {status.value.kind === 'saved' && t('saved')}
        {status.value.kind === 'error' && t('invalidSettings', status.value.message)}
        {status.value.kind === 'failed' && t('settingsSaveFailed')}
      </p>
    </form>
  );
}
