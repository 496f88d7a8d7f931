import { useSignal, type Signal } from '@preact/signals';
import { useId } from 'preact/hooks';
import { useStepFocus } from '../../shared/step-focus';
import type { Lang, Template, Topic } from '../../../lib/guide';
import { t, uiLocale } from '../../../lib/i18n';
import { errorsAt, linesOf, moveTemplate, orderedTemplates, type FieldErrors } from './guide-draft';

const LANG_LABEL = (lang: Lang): string => (lang === 'de' ? t('guideLangDe') : t('guideLangEn'));

function Errors({ errors, path, exact = false }: { errors: FieldErrors | null; path: string; exact?: boolean }) {
  const list = exact ? errors?.get(path) ?? [] : errorsAt(errors, path);
  if (list.length === 0) return null;
  return <ul class="field-errors" data-path={path}>{list.map((m, i) => <li key={i}>{m}</li>)}</ul>;
}

interface Props {
  draft: Signal<Topic | null>;
  errors: Signal<FieldErrors | null>;
  selectedTemplate: Signal<string | null>;
  onAddTemplate(lang: Lang): void;
  onSave(): void;
  onDelete(): void;
  onCancel(): void;
}

/** One topic being edited: texts per language, then its templates per language. Saved as a whole. */
export function TopicForm({ draft, errors, selectedTemplate, onAddTemplate, onSave, onDelete, onCancel }: Props) {
  const confirmingDelete = useSignal(false);
  const questionId = useId();
  const asking = confirmingDelete.value;
  // Only after a click on Delete: opening a topic must not pull focus into the form.
  const focus = useStepFocus(asking);
  const ask = (on: boolean) => {
    focus.pressed();
    confirmingDelete.value = on;
  };
  const topic = draft.value;
  if (!topic) return null;
  const e = errors.value;
  // Read the draft at event time, not render time: two events can arrive before the next render.
  const update = (fn: (cur: Topic) => Partial<Topic>) => {
    const cur = draft.value;
    if (cur) draft.value = { ...cur, ...fn(cur) };
  };
  const setTemplate = (id: string, patch: Partial<Template>) =>
    update((cur) => ({ templates: cur.templates.map((x) => (x.id === id ? { ...x, ...patch } : x)) }));
  const templates = orderedTemplates(topic);
  const indexOf = (id: string) => topic.templates.findIndex((x) => x.id === id);

  return (
    <form class="topic-form" data-topic-id={topic.id} noValidate onSubmit={(ev) => { ev.preventDefault(); onSave(); }}>
      <p class="topic-id">{t('guideTopicId', topic.id)}</p>
      <Errors errors={e} path="" exact />
      {(['de', 'en'] as const).map((lang) => (
        <fieldset class="topic-lang" key={lang} data-lang={lang}>
          <legend>{LANG_LABEL(lang)}</legend>
          <label>{t('guideTopicTitle')}
            <input name={`topic-title-${lang}`} value={topic.title[lang]} onInput={(ev) => update((cur) => ({ title: { ...cur.title, [lang]: ev.currentTarget.value } }))} />
          </label>
          <Errors errors={e} path={`title.${lang}`} />
          {lang === 'de' && <Errors errors={e} path="title" exact />}
          <label>{t('guideTopicDescription')}
            <textarea name={`topic-description-${lang}`} rows={2} value={topic.description[lang]} onInput={(ev) => update((cur) => ({ description: { ...cur.description, [lang]: ev.currentTarget.value } }))} />
          </label>
          <Errors errors={e} path={`description.${lang}`} />
          <label>{t('guideKeywords')}
            <textarea name={`topic-keywords-${lang}`} rows={3} value={topic.keywords[lang].join('\n')} onChange={(ev) => update((cur) => ({ keywords: { ...cur.keywords, [lang]: linesOf(ev.currentTarget.value) } }))} />
            <small class="hint">{t('guideOnePerLine')}</small>
          </label>
          <Errors errors={e} path={`keywords.${lang}`} />
          <label>{t('guideExamples')}
            <textarea name={`topic-examples-${lang}`} rows={3} value={topic.examples[lang].join('\n')} onChange={(ev) => update((cur) => ({ examples: { ...cur.examples, [lang]: linesOf(ev.currentTarget.value) } }))} />
          </label>
          <Errors errors={e} path={`examples.${lang}`} />

          <h4>{t('guideTemplatesIn', LANG_LABEL(lang))}</h4>
          <p class="hint">{t('guideTemplateSyntax')}</p>
          {templates.filter((x) => x.lang === lang).map((tpl, k, list) => {
            const at = indexOf(tpl.id);
            return (
              <fieldset
                key={tpl.id}
                class={`template${selectedTemplate.value === tpl.id ? ' selected' : ''}`}
                data-template-id={tpl.id}
                onFocusIn={() => (selectedTemplate.value = tpl.id)}
              >
                <label>{t('guideTemplateTitle')}
                  <input name="template-title" value={tpl.title} onInput={(ev) => setTemplate(tpl.id, { title: ev.currentTarget.value })} />
                </label>
                <Errors errors={e} path={`templates.${at}.title`} />
                <label>{t('guideTemplateBody')}
                  <textarea name="template-body" rows={5} value={tpl.body} onInput={(ev) => setTemplate(tpl.id, { body: ev.currentTarget.value })} />
                </label>
                <Errors errors={e} path={`templates.${at}.body`} />
                <Errors errors={e} path={`templates.${at}.id`} />
                <div class="row">
                  <span class="uses">{t('guideUses', String(tpl.useCount))}</span>
                  <button type="button" class="preview-template" onClick={() => (selectedTemplate.value = tpl.id)}>{t('guidePreviewThis')}</button>
                  <button type="button" class="template-up" disabled={k === 0} onClick={() => update((cur) => moveTemplate(cur, tpl.id, -1))}>{t('guideMoveUp')}</button>
                  <button type="button" class="template-down" disabled={k === list.length - 1} onClick={() => update((cur) => moveTemplate(cur, tpl.id, 1))}>{t('guideMoveDown')}</button>
                  <button type="button" class="template-delete" onClick={() => update((cur) => ({ templates: cur.templates.filter((x) => x.id !== tpl.id) }))}>{t('guideDeleteTemplate')}</button>
                </div>
              </fieldset>
            );
          })}
          <button type="button" class={`add-template add-template-${lang}`} onClick={() => onAddTemplate(lang)}>{t('guideAddTemplate', LANG_LABEL(lang))}</button>
        </fieldset>
      ))}
      <div class="row actions">
        <button type="submit" class="save-topic">{t('guideSaveTopic')}</button>
        <button type="button" class="cancel-topic" onClick={onCancel}>{t('guideCancel')}</button>
        {!asking && <button type="button" class="delete-topic" ref={focus.opener} onClick={() => ask(true)}>{t('guideDeleteTopic')}</button>}
      </div>
      {asking && (
        <div class="confirm-delete row" role="alertdialog" aria-labelledby={questionId}>
          <span id={questionId}>{t('guideDeleteTopicConfirm', [(uiLocale().startsWith('de') ? topic.title.de || topic.title.en : topic.title.en || topic.title.de) || topic.id, String(topic.templates.length)])}</span>
          <button type="button" class="confirm-delete-topic" ref={focus.confirm} onClick={() => { ask(false); onDelete(); }}>{t('guideDeleteTopic')}</button>
          <button type="button" class="keep-topic" onClick={() => ask(false)}>{t('guideKeepTopic')}</button>
        </div>
      )}
    </form>
  );
}
