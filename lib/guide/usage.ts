import { sortedTopics, templatesFor, type Guide, type Lang, type Template, type Topic } from './model';

/**
 * Use counts: which replies the team reaches for, and which topics come up most. A template's
 * `useCount` goes up by one each time an agent inserts it; counting is statistics, so it never
 * touches `updatedAt` (an import would otherwise see every used template as freshly edited).
 */

/** The topic with one more use of one of its templates (for updating a stored topic row). */
export function countTemplateUse(topic: Topic, templateId: string): Topic {
  if (!topic.templates.some((t) => t.id === templateId)) return topic;
  return { ...topic, templates: topic.templates.map((t) => (t.id === templateId ? { ...t, useCount: t.useCount + 1 } : t)) };
}

/** The guide with one more use of a template; the same guide object when the id is unknown. */
export function recordTemplateUse(guide: Guide, templateId: string): Guide {
  let found = false;
  const topics = guide.topics.map((topic) => {
    if (found) return topic;
    const counted = countTemplateUse(topic, templateId);
    found = counted !== topic;
    return counted;
  });
  return found ? { topics } : guide;
}

/** Most used first; equal counts keep display order. A new array, the input is left alone. */
export function sortTemplatesByUse(templates: readonly Template[]): Template[] {
  return templates
    .map((t, i) => ({ t, i }))
    .sort((a, b) => b.t.useCount - a.t.useCount || a.t.position - b.t.position || a.i - b.i)
    .map(({ t }) => t);
}

export interface TopicUsage {
  topicId: string;
  title: Topic['title'];
  /** Uses of all the topic's templates, in both languages unless filtered. */
  uses: number;
  /** Share of all uses in the guide, 0…1 (0 when nothing was used yet). */
  share: number;
  /** The topic's most used template, if any was used. */
  topTemplateId: string | null;
}

/** Topics by how often their replies were used, most first; equal counts keep display order. */
export function topicUsage(guide: Guide, options: { lang?: Lang } = {}): TopicUsage[] {
  const rows = sortedTopics(guide).map((topic) => {
    const templates = options.lang ? templatesFor(topic, options.lang) : topic.templates;
    const uses = templates.reduce((sum, t) => sum + t.useCount, 0);
    const top = sortTemplatesByUse(templates)[0];
    return { topicId: topic.id, title: topic.title, uses, topTemplateId: top && top.useCount > 0 ? top.id : null };
  });
  const total = rows.reduce((sum, r) => sum + r.uses, 0);
  return rows
    .map((r, i) => ({ ...r, share: total > 0 ? r.uses / total : 0, i }))
    .sort((a, b) => b.uses - a.uses || a.i - b.i)
    .map(({ i: _i, ...row }) => row);
}
