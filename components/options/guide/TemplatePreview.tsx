import type { Signal } from '@preact/signals';
import { fillTemplate, findPlaceholders, templateVarsFor, type Template } from '../../../lib/guide';
import { t } from '../../../lib/i18n';

export interface Sample {
  author: string;
  text: string;
}

/** Filled text with the gaps the agent still has to fill marked; built from text nodes only. */
function Marked({ text }: { text: string }) {
  const parts: preact.ComponentChildren[] = [];
  let at = 0;
  for (const gap of findPlaceholders(text)) {
    if (gap.start > at) parts.push(text.slice(at, gap.start));
    parts.push(<mark key={gap.start} class="gap">{text.slice(gap.start, gap.end)}</mark>);
    at = gap.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}

export interface SampleSuggestion {
  topicId: string;
  templateId: string;
  label: string;
}

interface Props {
  template: Template | null;
  sample: Signal<Sample>;
  pageName: string;
  agentName: string;
  /** What the badge would suggest for the sample comment, best first (from the stored guide). */
  suggested: SampleSuggestion[];
  onPick(s: SampleSuggestion): void;
}

/** The selected template as a reply to an editable sample comment, filled the way the badge fills it. */
export function TemplatePreview({ template, sample, pageName, agentName, suggested, onPick }: Props) {
  const s = sample.value;
  const filled = template
    ? fillTemplate(template.body, templateVarsFor({ authorName: s.author, pageName, agentName }), { lang: template.lang })
    : '';
  return (
    <section class="template-preview">
      <h3>{t('guidePreview')}</h3>
      <label>{t('guideSampleAuthor')}
        <input name="sample-author" value={s.author} onInput={(e) => (sample.value = { ...sample.value, author: e.currentTarget.value })} />
      </label>
      <label>{t('guideSampleText')}
        <textarea name="sample-text" rows={2} value={s.text} onInput={(e) => (sample.value = { ...sample.value, text: e.currentTarget.value })} />
      </label>
      <p class="hint">{t('guideSuggestedForSample')}</p>
      <ol class="sample-suggestions">
        {suggested.map((x) => (
          <li key={x.templateId} data-template-id={x.templateId}>
            <button type="button" class="link" onClick={() => onPick(x)}>{x.label}</button>
          </li>
        ))}
        {suggested.length === 0 && <li class="hint">{t('guideSuggestedNone')}</li>}
      </ol>
      {template ? (
        <>
          <p class="hint">{t('guidePreviewOf', template.title || template.id)}</p>
          <blockquote class="sample-comment"><strong>{s.author}</strong>: {s.text}</blockquote>
          <div class="preview-text" data-template-id={template.id}><Marked text={filled} /></div>
        </>
      ) : (
        <p class="hint">{t('guidePreviewNone')}</p>
      )}
    </section>
  );
}
