import { notifyTabs } from '../../../lib/messaging/notify-tabs';
import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { database } from '../../../lib/db/database';
import { GuideStoreError, deleteTopic, loadStoredGuide, reorder, seedStarterGuideOnce, upsertTopic, type StoredGuide } from '../../../lib/db/guide-store';
import { loadSettings } from '../../../lib/db/settings-store';
import { createSuggester, findTemplate, topicUsage, type Guide, type Lang, type Suggester, type Topic } from '../../../lib/guide';
import { t, tCount, uiLocale } from '../../../lib/i18n';
import { isolate } from '../../../lib/bidi';
import { useLiveQuery } from '../../shared/live-query';
import { GuideTransfer } from './GuideTransfer';
import { TemplatePreview, type Sample, type SampleSuggestion } from './TemplatePreview';
import { TopicForm } from './TopicForm';
import { TopicUsageList } from './TopicUsageList';
import { emptyTemplate, emptyTopic, newTemplateId, newTopicId, orderedTemplates, topicMatches, validateTopic, type FieldErrors, type UiLang } from './guide-draft';
import './guide.css';

type SortBy = 'position' | 'use';
type Status = { kind: 'idle' } | { kind: 'saved' } | { kind: 'deleted' } | { kind: 'error'; message: string };

const titleIn = (topic: Topic, lang: UiLang): string => topic.title[lang] || topic.title[lang === 'de' ? 'en' : 'de'];

/** One suggester per stored guide (liveQuery hands a new object on every change), as the background keeps it. */
const suggesters = new WeakMap<Guide, Suggester>();
function suggestForSample(guide: Guide, text: string, lang: UiLang): SampleSuggestion[] {
  let suggester = suggesters.get(guide);
  if (!suggester) {
    suggester = createSuggester(guide);
    suggesters.set(guide, suggester);
  }
  return suggester.suggest(text, { limit: 3 }).flatMap((s) => {
    const found = findTemplate(guide, s.templateId);
    return found ? [{ topicId: s.topicId, templateId: s.templateId, label: `${titleIn(found.topic, lang)} – ${found.template.title}` }] : [];
  });
}

/** The response guide editor on the options page: list, one topic's form, preview, usage, file transfer. */
export function GuideEditor() {
  const db = database();
  const lang: UiLang = uiLocale().startsWith('de') ? 'de' : 'en';
  const loadFailed = useSignal(false);
  const stored = useLiveQuery<StoredGuide | null>(() => loadStoredGuide(db), null, true, loadFailed);
  const search = useSignal('');
  const sortBy = useSignal<SortBy>('position');
  const draft = useSignal<Topic | null>(null);
  const isNew = useSignal(false);
  const errors = useSignal<FieldErrors | null>(null);
  const selectedTemplate = useSignal<string | null>(null);
  const status = useSignal<Status>({ kind: 'idle' });
  const sample = useSignal<Sample>(lang === 'de'
    ? { author: 'Lena Berger', text: 'Wo bleibt meine Bestellung? Ich warte seit einer Woche.' }
    : { author: 'Tom Baker', text: 'Where is my order? I have been waiting for a week.' });
  const names = useSignal({ page: '', agent: '' });

  useEffect(() => {
    // The background seeds on startup; seeding here too covers an options page opened first (it is idempotent).
    void seedStarterGuideOnce(db).catch(() => undefined);
    // The names only fill the preview's sample; without them it shows the placeholders, which is enough.
    void loadSettings(db).then((s) => (names.value = { page: s.pages[0]?.name ?? '', agent: s.agentName }), () => undefined);
  }, []);

  if (!stored.value) return loadFailed.value ? <p class="status error guide-load-failed" role="alert">{t('storageReadFailed')}</p> : null;
  const guide = stored.value.guide;
  const usage = topicUsage(guide);
  const usesOf = new Map(usage.map((u) => [u.topicId, u.uses]));
  const ordered = sortBy.value === 'use' ? usage.flatMap((u) => guide.topics.filter((x) => x.id === u.topicId)) : guide.topics;
  const visible = ordered.filter((topic) => topicMatches(topic, search.value));

  /** Unsaved edits are never dropped by opening another topic: the user saves or cancels first. */
  const hasUnsavedEdits = (): boolean => {
    const d = draft.value;
    if (!d) return false;
    const storedTopic = guide.topics.find((x) => x.id === d.id);
    if (!storedTopic) return isNew.value;
    const comparable = (x: Topic) => JSON.stringify({ ...x, templates: orderedTemplates(x).map((y) => ({ ...y, useCount: 0, updatedAt: 0 })), updatedAt: 0, position: 0 });
    return comparable(d) !== comparable(storedTopic);
  };
  const edit = (topic: Topic, fresh = false) => {
    if (draft.value && draft.value.id !== topic.id && hasUnsavedEdits()) {
      status.value = { kind: 'error', message: t('guideUnsaved') };
      return;
    }
    draft.value = { ...topic, templates: orderedTemplates(topic) };
    isNew.value = fresh;
    errors.value = null;
    status.value = { kind: 'idle' };
    selectedTemplate.value = draft.value.templates.find((x) => x.lang === lang)?.id ?? draft.value.templates[0]?.id ?? null;
  };
  const addTopic = () => {
    const id = newTopicId(new Set(guide.topics.map((x) => x.id)));
    edit(emptyTopic(id, guide.topics.reduce((m, x) => Math.max(m, x.position + 1), 0)), true);
  };
  const addTemplate = (tplLang: Lang) => {
    const topic = draft.value;
    if (!topic) return;
    const taken = new Set(guide.topics.flatMap((x) => x.templates.map((y) => y.id)));
    for (const x of topic.templates) taken.add(x.id);
    const id = newTemplateId(topic.id, tplLang, taken);
    const position = topic.templates.filter((x) => x.lang === tplLang).length;
    draft.value = { ...topic, templates: [...topic.templates, emptyTemplate(id, tplLang, position)] };
    selectedTemplate.value = id;
  };
  const save = async () => {
    const topic = draft.value;
    if (!topic) return;
    const checked = validateTopic(topic, lang);
    if (!checked.ok) {
      errors.value = checked.errors;
      status.value = { kind: 'error', message: t('guideFixErrors') };
      return;
    }
    try {
      const saved = await upsertTopic(db, checked.topic, Date.now());
      // Open pages drop the suggestions they hold: the next insertion uses the new wording.
      void notifyTabs({ type: 'records-changed' });
      draft.value = saved;
      isNew.value = false;
      errors.value = null;
      status.value = { kind: 'saved' };
    } catch (e) {
      status.value = { kind: 'error', message: e instanceof GuideStoreError ? e.message : t('guideSaveFailed') };
    }
  };
  const remove = async () => {
    const topic = draft.value;
    if (!topic) return;
    if (!isNew.value) {
      try {
        await deleteTopic(db, topic.id, Date.now());
        void notifyTabs({ type: 'records-changed' });
      } catch {
        status.value = { kind: 'error', message: t('guideDeleteFailed') };
        return;
      }
    }
    draft.value = null;
    status.value = { kind: 'deleted' };
  };
  // Swaps with the neighbour the user sees: with a search active, the next stored topic may be hidden,
  // and swapping with it would change nothing on screen.
  const move = async (topicId: string, step: -1 | 1) => {
    const k = visible.findIndex((x) => x.id === topicId);
    const neighbour = visible[k + step];
    if (k < 0 || !neighbour) return;
    const ids = guide.topics.map((x) => x.id);
    const i = ids.indexOf(topicId);
    const j = ids.indexOf(neighbour.id);
    [ids[i], ids[j]] = [ids[j]!, ids[i]!];
    try {
      await reorder(db, ids);
    } catch {
      status.value = { kind: 'error', message: t('guideMoveFailed') };
    }
  };

  const current = draft.value;
  const previewTemplate = current?.templates.find((x) => x.id === selectedTemplate.value) ?? null;
  const skipped = stored.value.skippedRows + stored.value.skippedTemplates;

  return (
    <section class="guide-editor">
      <h2>{t('guideHeading')}</h2>
      <p class="hint">{t('guideHint')}</p>
      {skipped > 0 && <p class="status error">{tCount('guideSkipped', skipped, [String(skipped)])}</p>}
      <div class="guide-layout">
        <div class="topic-list-pane">
          <input type="search" name="guide-search" placeholder={t('guideSearch')} aria-label={t('guideSearch')} value={search.value} onInput={(e) => (search.value = e.currentTarget.value)} />
          <label class="inline">{t('guideSortLabel')}
            <select name="guide-sort" value={sortBy.value} onChange={(e) => (sortBy.value = e.currentTarget.value as SortBy)}>
              <option value="position">{t('guideSortPosition')}</option>
              <option value="use">{t('guideSortUse')}</option>
            </select>
          </label>
          <button type="button" class="add-topic" onClick={addTopic}>{t('guideAddTopic')}</button>
          {guide.topics.length === 0 && <p class="hint">{t('guideNoTopics')}</p>}
          {guide.topics.length > 0 && visible.length === 0 && <p class="hint no-match">{t('guideNoMatch')}</p>}
          <ol class="topic-list">
            {visible.map((topic, k) => (
              <li key={topic.id} data-topic-id={topic.id} class={current?.id === topic.id ? 'selected' : ''}>
                <button type="button" class="topic-open" onClick={() => edit(topic)}>{titleIn(topic, lang) || topic.id}</button>
                <span class="uses">{t('guideUses', String(usesOf.get(topic.id) ?? 0))}</span>
                {sortBy.value === 'position' && (
                  <>
                    <button type="button" class="topic-up" disabled={k === 0} aria-label={t('guideMoveTopicUp', isolate(titleIn(topic, lang) || topic.id))} title={t('guideMoveUp')} onClick={() => void move(topic.id, -1)}>↑</button>
                    <button type="button" class="topic-down" disabled={k === visible.length - 1} aria-label={t('guideMoveTopicDown', isolate(titleIn(topic, lang) || topic.id))} title={t('guideMoveDown')} onClick={() => void move(topic.id, 1)}>↓</button>
                  </>
                )}
              </li>
            ))}
          </ol>
        </div>
        <div class="topic-edit-pane">
          <p class={`status ${status.value.kind}`} role="status">
            {status.value.kind === 'saved' && t('guideSaved')}
            {status.value.kind === 'deleted' && t('guideDeleted')}
            {status.value.kind === 'error' && status.value.message}
          </p>
          {current ? (
            <>
              <TopicForm
                key={current.id}
                draft={draft}
                errors={errors}
                selectedTemplate={selectedTemplate}
                onAddTemplate={addTemplate}
                onSave={() => void save()}
                onDelete={() => void remove()}
                onCancel={() => { draft.value = null; errors.value = null; status.value = { kind: 'idle' }; }}
              />
              <TemplatePreview
                template={previewTemplate}
                sample={sample}
                pageName={names.value.page}
                agentName={names.value.agent}
                suggested={suggestForSample(guide, sample.value.text, lang)}
                onPick={(s) => {
                  const topic = guide.topics.find((x) => x.id === s.topicId);
                  if (!topic) return;
                  if (draft.value?.id !== topic.id) edit(topic);
                  selectedTemplate.value = s.templateId;
                }}
              />
            </>
          ) : (
            <p class="hint">{t('guidePickTopic')}</p>
          )}
        </div>
      </div>
      <TopicUsageList usage={usage} lang={lang} />
      <GuideTransfer guide={guide} lang={lang} />
    </section>
  );
}
