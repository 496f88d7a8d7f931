import { TopicSchema, templatesFor, type Lang, type Template, type Topic } from '../../../lib/guide';
import { issueReason, type FieldIssue } from '../field-issue';

/** Editor helpers that need no DOM: ids for new entries, field errors, search, template order. */

export type UiLang = Lang;

const randomSuffix = (): string => Math.random().toString(36).slice(2, 8);

export const newTopicId = (existing: ReadonlySet<string>): string => {
  let id: string;
  do id = `topic-${randomSuffix()}`;
  while (existing.has(id));
  return id;
};

export const newTemplateId = (topicId: string, lang: Lang, taken: ReadonlySet<string>): string => {
  let id: string;
  do id = `${topicId}.${lang}.${randomSuffix()}`.slice(-80).replace(/^[^a-z0-9]+/, '');
  while (taken.has(id));
  return id;
};

export function emptyTopic(id: string, position: number): Topic {
  return {
    id,
    position,
    title: { de: '', en: '' },
    description: { de: '', en: '' },
    keywords: { de: [], en: [] },
    examples: { de: [], en: [] },
    templates: [],
    updatedAt: 0,
  };
}

export function emptyTemplate(id: string, lang: Lang, position: number): Template {
  return { id, lang, title: '', body: '', position, useCount: 0, updatedAt: 0 };
}

/** "templates.2.body" → the messages for that field, in the interface language. */
export type FieldErrors = Map<string, string[]>;

type IssueLike = FieldIssue & { path: PropertyKey[]; params?: unknown };

/**
 * The guide's own checks explain themselves in both languages (`params.bilingual`); for the rest (an empty
 * or too long field) the words are ours, as in the settings form: zod's message is developer text.
 */
function issueText(issue: IssueLike, lang: UiLang): string {
  const bilingual = (issue.params as { bilingual?: Record<Lang, string> } | undefined)?.bilingual;
  return bilingual ? bilingual[lang] : issueReason(issue, TopicSchema);
}

/** Validates a topic as the store will; errors keyed by their field path. */
export function validateTopic(topic: Topic, lang: UiLang): { ok: true; topic: Topic } | { ok: false; errors: FieldErrors } {
  const parsed = TopicSchema.safeParse(topic);
  if (parsed.success) return { ok: true, topic: parsed.data };
  const errors: FieldErrors = new Map();
  for (const issue of parsed.error.issues as IssueLike[]) {
    const key = issue.path.map(String).join('.');
    errors.set(key, [...(errors.get(key) ?? []), issueText(issue, lang)]);
  }
  return { ok: false, errors };
}

/** Errors at this path or below it (e.g. "keywords.de" also collects "keywords.de.3"). */
export function errorsAt(errors: FieldErrors | null, path: string): string[] {
  if (!errors) return [];
  const out: string[] = [];
  for (const [key, messages] of errors) if (key === path || key.startsWith(`${path}.`)) out.push(...messages);
  return out;
}

const fold = (s: string): string => s.toLocaleLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '');

/** Search over titles, keywords and example questions in both languages; every word must be found. */
export function topicMatches(topic: Topic, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const hay = fold(
    [topic.title.de, topic.title.en, ...topic.keywords.de, ...topic.keywords.en, ...topic.examples.de, ...topic.examples.en].join('\n'),
  );
  return words.every((w) => hay.includes(w));
}

/** Lines of a textarea as a list: trimmed, empty lines dropped. */
export const linesOf = (text: string): string[] => text.split('\n').map((l) => l.trim()).filter(Boolean);

/** Positions 0, 1, … per language in the given display order. */
function renumber(templates: Template[]): Template[] {
  const next: Record<Lang, number> = { de: 0, en: 0 };
  return templates.map((t) => ({ ...t, position: next[t.lang]++ }));
}

/** The topic's templates as the editor lists them: German first, then English, each in display order. */
export function orderedTemplates(topic: Topic): Template[] {
  return renumber([...templatesFor(topic, 'de'), ...templatesFor(topic, 'en')]);
}

/** Moves a template one step among the templates of its language. */
export function moveTemplate(topic: Topic, templateId: string, step: -1 | 1): Topic {
  const list = orderedTemplates(topic);
  const i = list.findIndex((t) => t.id === templateId);
  const current = list[i];
  if (!current) return topic;
  let j = i + step;
  while (j >= 0 && j < list.length && list[j]!.lang !== current.lang) j += step;
  const other = list[j];
  if (!other) return topic;
  list[i] = other;
  list[j] = current;
  return { ...topic, templates: renumber(list) };
}
