import { notifyTabs } from '../../../lib/messaging/notify-tabs';
import { useSignal } from '@preact/signals';
import { useId } from 'preact/hooks';
import { useStepFocus } from '../../shared/step-focus';
import { database } from '../../../lib/db/database';
import { GuideStoreError, applyImportPlan, loadGuide } from '../../../lib/db/guide-store';
import { exportGuide, parseGuideFile, planImport, type ChangeList, type Guide, type GuideFileError, type ImportMode, type ImportPlan, type LimitBreach } from '../../../lib/guide';
import { t, tCount } from '../../../lib/i18n';
import { isolate } from '../../../lib/bidi';
import type { UiLang } from './guide-draft';

type State =
  | { kind: 'idle' }
  | { kind: 'errors'; fileName: string; errors: GuideFileError[] }
  | { kind: 'plans'; fileName: string; basis: Guide; merge: ImportPlan; replace: ImportPlan; confirming: boolean }
  | { kind: 'done'; mode: ImportMode; topics: number; templates: number; unreadable: number }
  | { kind: 'failed'; message: string };

const count = <T,>(list: ChangeList<T>) => ({
  added: list.added.length,
  updated: list.updated.length,
  unchanged: list.unchanged.length + list.localNewer.length + list.onlyLocal.length,
  removed: list.removed.length,
});

const topicTitle = (title: { de: string; en: string }, lang: UiLang): string => title[lang] || title[lang === 'de' ? 'en' : 'de'];

/** A topic's title in the interface language, looked up by id in the first guide that has it; its id only where none does. */
const topicTitleOf = (id: string, guides: readonly Guide[], lang: UiLang): string => {
  for (const g of guides) {
    const topic = g.topics.find((x) => x.id === id);
    if (topic) return topicTitle(topic.title, lang) || id;
  }
  return id;
};

const breachText = (b: LimitBreach, lang: UiLang): string =>
  b.limit === 'topics'
    ? t('guideOverTopicLimit', [String(b.count), String(b.max)])
    : t('guideOverTemplateLimit', [isolate(topicTitle(b.topic.title, lang) || b.topic.id), String(b.count), String(b.max)]);

function PlanSummary({ plan, mode, lang }: { plan: ImportPlan; mode: ImportMode; lang: UiLang }) {
  const topics = count(plan.topics);
  const templates = count(plan.templates);
  const localNewer = plan.templates.localNewer.length + plan.topics.localNewer.length;
  const line = (what: string, c: ReturnType<typeof count>) =>
    t(mode === 'merge' ? 'guidePlanLineMerge' : 'guidePlanLineReplace', [what, String(c.added), String(c.updated), String(c.unchanged), String(c.removed)]);
  return (
    <div class={`plan plan-${mode}`}>
      <h4>{mode === 'merge' ? t('guideMerge') : t('guideReplace')}</h4>
      <p class="hint">{mode === 'merge' ? t('guideMergeExplained') : t('guideReplaceExplained')}</p>
      <ul>
        <li class="plan-topics">{line(t('guideTopics'), topics)}</li>
        <li class="plan-templates">{line(t('guideTemplates'), templates)}</li>
        {mode === 'merge' && localNewer > 0 && (
          <li class="plan-local-newer">{tCount('guideLocalNewer', localNewer, [String(localNewer)])}</li>
        )}
      </ul>
      {plan.overLimits.map((b) => <p key={b.limit === 'topics' ? '' : b.topic.id} class="hint warn plan-over-limit">{breachText(b, lang)}</p>)}
    </div>
  );
}

/** Export to a JSON file and import one: refused with every error named, or planned, chosen, confirmed, applied. */
export function GuideTransfer({ guide, lang }: { guide: Guide; lang: UiLang }) {
  const db = database();
  const state = useSignal<State>({ kind: 'idle' });
  const s = state.value;
  const questionId = useId();
  const removalsId = useId();
  // Only after Replace or its Cancel was pressed: a plan appearing must not move focus on its own.
  const focus = useStepFocus(s.kind === 'plans' && s.confirming);

  const download = () => {
    const blob = new Blob([exportGuide(guide)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `moderato-guide-${new Date().toISOString().slice(0, 10)}.json`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  const read = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      state.value = { kind: 'failed', message: t('guideImportFileUnreadable') };
      return;
    }
    const parsed = parseGuideFile(text);
    if (!parsed.ok) {
      state.value = { kind: 'errors', fileName: file.name, errors: parsed.errors };
      return;
    }
    let basis: Guide;
    try {
      basis = await loadGuide(db);
    } catch {
      state.value = { kind: 'failed', message: t('guideImportFailed') };
      return;
    }
    state.value = {
      kind: 'plans',
      fileName: file.name,
      basis,
      merge: planImport(basis, parsed.guide, 'merge'),
      replace: planImport(basis, parsed.guide, 'replace'),
      confirming: false,
    };
  };

  const apply = async (mode: ImportMode) => {
    if (s.kind !== 'plans') return;
    const plan = mode === 'merge' ? s.merge : s.replace;
    if (plan.overLimits.length) return;
    if (mode === 'replace' && plan.removesEntries && !s.confirming) {
      focus.pressed();
      state.value = { ...s, confirming: true };
      return;
    }
    try {
      const applied = await applyImportPlan(db, plan, s.basis);
      void notifyTabs({ type: 'records-changed' });
      state.value = { kind: 'done', mode, topics: applied.topics, templates: applied.templates, unreadable: applied.unreadableTopics?.length ?? 0 };
    } catch (e) {
      const code = e instanceof GuideStoreError ? e.code : null;
      const message =
        code === 'guide_changed' ? 'guideImportStale' : code === 'unreadable_topic' ? 'guideImportUnreadable' : code === 'invalid_import' ? 'guideImportInvalid' : 'guideImportFailed';
      state.value = { kind: 'failed', message: t(message) };
    }
  };

  return (
    <section class="guide-transfer">
      <h3>{t('guideTransfer')}</h3>
      <div class="row">
        <button type="button" class="export-guide" onClick={download}>{t('guideExport')}</button>
        <label class="import-label">{t('guideImport')}
          <input type="file" name="import-guide" accept=".json,application/json" onChange={(e) => void read(e.currentTarget)} />
        </label>
      </div>

      {s.kind === 'errors' && (
        <div class="import-errors" role="alert">
          <p>{t('guideImportRefused', [s.fileName, String(s.errors.length)])}</p>
          <ul>
            {s.errors.map((err, i) => (
              <li key={i} data-path={err.path}>{lang === 'de' ? err.message_de : err.message_en}</li>
            ))}
          </ul>
        </div>
      )}

      {s.kind === 'plans' && (
        <div class="import-plans">
          <p>{t('guideImportChoose', s.fileName)}</p>
          {s.merge.noChange && <p class="hint no-change">{t('guideImportNoChange')}</p>}
          <PlanSummary plan={s.merge} mode="merge" lang={lang} />
          <PlanSummary plan={s.replace} mode="replace" lang={lang} />
          {s.confirming ? (
            <div class="confirm-replace" role="alertdialog" aria-labelledby={questionId} aria-describedby={removalsId}>
              <p id={questionId}>{t('guideReplaceRemoves')}</p>
              <ul class="removals" id={removalsId}>
                {s.replace.topics.removed.map((r) => <li key={`t:${r.id}`} data-topic-id={r.id}>{t('guideRemovedTopic', topicTitle(r.title, lang) || r.id)}</li>)}
                {s.replace.templates.removed
                  .filter((r) => !s.replace.topics.removed.some((x) => x.id === r.topicId))
                  .map((r) => <li key={`p:${r.id}`} data-template-id={r.id}>{t('guideRemovedTemplate', [r.title || r.id, topicTitleOf(r.topicId, [s.replace.result, s.basis], lang)])}</li>)}
              </ul>
              <div class="row">
                <button type="button" class="confirm-replace-button" ref={focus.confirm} onClick={() => void apply('replace')}>{t('guideReplaceConfirm')}</button>
                {/* Back to the choice between merging and replacing, where the user came from. */}
                <button type="button" class="cancel-import" onClick={() => { focus.pressed(); state.value = { ...s, confirming: false }; }}>{t('guideCancel')}</button>
              </div>
            </div>
          ) : (
            <div class="row">
              <button type="button" class="import-merge" disabled={s.merge.overLimits.length > 0} onClick={() => void apply('merge')}>{t('guideMerge')}</button>
              <button type="button" class="import-replace" disabled={s.replace.overLimits.length > 0} ref={focus.opener} onClick={() => void apply('replace')}>{t('guideReplace')}</button>
              <button type="button" class="cancel-import" onClick={() => (state.value = { kind: 'idle' })}>{t('guideCancel')}</button>
            </div>
          )}
        </div>
      )}

      {s.kind === 'done' && (
        <p class="status saved import-done" role="status">
          {t(s.mode === 'merge' ? 'guideImportMerged' : 'guideImportReplaced', [tCount('guideTopicCount', s.topics, [String(s.topics)]), tCount('guideTemplateCount', s.templates, [String(s.templates)])])}
        </p>
      )}
      {/* Topics stored by a later version are kept as they are; the file's versions of them are not taken. */}
      {s.kind === 'done' && s.unreadable > 0 && <p class="hint warn import-unreadable" role="status">{tCount('guideImportKeptUnreadable', s.unreadable, [String(s.unreadable)])}</p>}
      {s.kind === 'failed' && <p class="status error" role="alert">{s.message}</p>}
    </section>
  );
}
