import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { database } from '../../../lib/db/database';
import { loadNetiquetteSettingsChecked, saveNetiquetteSettings } from '../../../lib/db/netiquette-store';
import { t, uiLocale } from '../../../lib/i18n';
import { isolate } from '../../../lib/bidi';
import { notifyTabs } from '../../../lib/messaging/notify-tabs';
import { NetiquetteSettingsSchema, settingsRules, type NetiquetteSettings } from '../../../lib/netiquette/model-schemas';
import { DEFAULT_RULES, SEVERITIES, type Lang, type Rule, type Severity } from '../../../lib/netiquette/rules';
import { issueReason, type FieldIssue } from '../field-issue';
import { RuleRow } from './RuleRow';

interface Draft {
  settings: NetiquetteSettings;
  /** Term lists as typed, one term a line; split on saving. */
  blocked: string;
  allowed: string;
}

type Errors = Record<string, string[]>;

const lines = (s: string): string[] => s.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);

/** Why a field was refused, in the interface language (the schema's own checks by their reason): zod's own messages are developer text. */
const reasonOf = (issue: FieldIssue): string => issueReason(issue, NetiquetteSettingsSchema);

/** The rule a refused rule field belongs to, by its name as the table shows it (its default name where that is the refused field). */
function ruleName(rule: Rule | undefined, part: PropertyKey | undefined, lang: Lang): string {
  if (!rule) return t('netiquetteRulesHeading');
  const fallback = DEFAULT_RULES.find((r) => r.id === rule.id)?.name[lang] ?? rule.id;
  return isolate((part !== 'name' && rule.name[lang].trim()) || fallback);
}

/** Issues by field, each with where and why, e.g. { blockedTerms: ['Line 3: at most 100 characters'] }. */
function errorsByField(issues: readonly FieldIssue[], rules: readonly Rule[], lang: Lang): Errors {
  const out: Errors = {};
  for (const i of issues) {
    const [field, index, part] = i.path;
    const key = String(field ?? 'form');
    let where = '';
    if ((key === 'blockedTerms' || key === 'allowedTerms') && typeof index === 'number') where = t('netiquetteLine', String(index + 1));
    else if (key === 'text' && (index === 'de' || index === 'en')) where = t(index === 'de' ? 'netiquetteTextDe' : 'netiquetteTextEn');
    else if (key === 'rules' && typeof index === 'number') {
      const what = part === 'name' ? t('netiquetteRuleName') : part === 'description' ? t('netiquetteRuleDescription') : '';
      where = `${ruleName(rules[index], part, lang)}${what ? ` › ${what}` : ''}`;
    }
    (out[key] ??= []).push(where ? `${where}: ${reasonOf(i)}` : reasonOf(i));
  }
  return out;
}

function FieldErrors({ errors, field }: { errors: Errors; field: string }) {
  const list = errors[field];
  if (!list?.length) return null;
  return <ul class="field-error" role="alert" data-field={field}>{list.map((m, i) => <li key={i}>{m}</li>)}</ul>;
}

/** The company's netiquette: published text, rules, own terms, how long strikes count. */
export function NetiquetteSettingsForm() {
  const db = database();
  const lang = uiLocale().toLowerCase().startsWith('de') ? 'de' : 'en';
  const draft = useSignal<Draft | null>(null);
  const problems = useSignal<string[]>([]);
  const errors = useSignal<Errors>({});
  const saved = useSignal(false);
  const saveFailed = useSignal(false);
  const loadFailed = useSignal(false);
  useEffect(() => {
    void loadNetiquetteSettingsChecked(db).then((r) => {
      draft.value = { settings: r.settings, blocked: r.settings.blockedTerms.join('\n'), allowed: r.settings.allowedTerms.join('\n') };
      problems.value = r.problems;
    }, () => (loadFailed.value = true));
  }, []);
  if (!draft.value) {
    // Without this the section would simply be missing, and nobody would know the netiquette can be set.
    return loadFailed.value ? (
      <section class="netiquette-form">
        <h2>{t('netiquetteHeading')}</h2>
        <p class="status error" role="alert">{t('netiquetteLoadFailed')}</p>
      </section>
    ) : null;
  }
  const d = draft.value;
  const s = d.settings;

  const update = (patch: Partial<Draft>) => {
    draft.value = { ...d, ...patch };
    saved.value = false;
    saveFailed.value = false;
  };
  const set = (patch: Partial<NetiquetteSettings>) => update({ settings: { ...s, ...patch } });
  const setRule = (id: Rule['id'], patch: Partial<Rule>) => set({ rules: settingsRules(s).map((r) => (r.id === id ? { ...r, ...patch } : r)) });

  const save = async (e: Event) => {
    e.preventDefault();
    saveFailed.value = false;
    const candidate = { ...s, rules: settingsRules(s), blockedTerms: lines(d.blocked), allowedTerms: lines(d.allowed) };
    const parsed = NetiquetteSettingsSchema.safeParse(candidate);
    if (!parsed.success) {
      errors.value = errorsByField(parsed.error.issues, candidate.rules, lang);
      saved.value = false;
      return;
    }
    errors.value = {};
    let stored: NetiquetteSettings;
    try {
      stored = await saveNetiquetteSettings(db, parsed.data);
    } catch {
      saved.value = false;
      saveFailed.value = true;
      return;
    }
    draft.value = { settings: stored, blocked: stored.blockedTerms.join('\n'), allowed: stored.allowedTerms.join('\n') };
    problems.value = [];
    saved.value = true;
    void notifyTabs({ type: 'settings-changed' });
  };

  const err = errors.value;
  return (
    <form class="netiquette-form" onSubmit={(e) => void save(e)} noValidate>
      <h2>{t('netiquetteHeading')}</h2>
      {problems.value.length > 0 && (
        <div class="problems" role="alert"><p>{t('netiquetteStoredProblems')}</p><ul>{problems.value.map((p, i) => <li key={i}>{p}</li>)}</ul></div>
      )}
      <section>
        <h3>{t('netiquetteTextHeading')}</h3>
        <p class="hint">{t('netiquetteTextHint')}</p>
        <label>{t('netiquetteTextDe')}
          <textarea name="netiquette-text-de" lang="de" rows={8} value={s.text.de} onInput={(e) => set({ text: { ...s.text, de: e.currentTarget.value } })} />
        </label>
        <label>{t('netiquetteTextEn')}
          <textarea name="netiquette-text-en" lang="en" rows={8} value={s.text.en} onInput={(e) => set({ text: { ...s.text, en: e.currentTarget.value } })} />
        </label>
        <FieldErrors errors={err} field="text" />
        <label>{t('netiquetteUrl')}
          <input name="netiquette-url" type="url" value={s.url} placeholder="https://…" onInput={(e) => set({ url: e.currentTarget.value })} />
        </label>
        <FieldErrors errors={err} field="url" />
      </section>
      <section>
        <h3>{t('netiquetteRulesHeading')}</h3>
        <table class="rules">
          <thead><tr><th>{t('netiquetteRuleOn')}</th><th>{t('netiquetteRuleName')}</th><th>{t('netiquetteRuleSeverity')}</th></tr></thead>
          <tbody>
            {settingsRules(s).map((rule) => (
              <RuleRow key={rule.id} rule={rule} lang={lang} severities={SEVERITIES} onChange={(patch) => setRule(rule.id, patch)} />
            ))}
          </tbody>
        </table>
        <FieldErrors errors={err} field="rules" />
      </section>
      <section>
        <h3>{t('netiquetteTermsHeading')}</h3>
        <p class="hint">{t('netiquetteTermsHint')}</p>
        <label>{t('netiquetteBlocked')}
          <textarea name="blocked-terms" rows={5} value={d.blocked} onInput={(e) => update({ blocked: e.currentTarget.value })} />
        </label>
        <FieldErrors errors={err} field="blockedTerms" />
        <label>{t('netiquetteAllowed')}
          <textarea name="allowed-terms" rows={5} value={d.allowed} onInput={(e) => update({ allowed: e.currentTarget.value })} />
        </label>
        <FieldErrors errors={err} field="allowedTerms" />
      </section>
      <section>
        <label>{t('netiquetteExpiry')}
          <input name="strike-expiry-days" type="number" min={1} max={3650} value={Number.isFinite(s.strikeExpiryDays) ? s.strikeExpiryDays : ''} onInput={(e) => set({ strikeExpiryDays: e.currentTarget.valueAsNumber })} />
        </label>
        <FieldErrors errors={err} field="strikeExpiryDays" />
      </section>
      <button type="submit" class="save-netiquette">{t('save')}</button>
      <p class={`status${saveFailed.value || Object.keys(err).length > 0 ? ' error' : ''}`} role="status">
        {saved.value && t('saved')}{Object.keys(err).length > 0 && t('netiquetteInvalid')}{saveFailed.value && t('netiquetteFailed')}
      </p>
    </form>
  );
}
