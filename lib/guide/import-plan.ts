import { GUIDE_LIMITS, type Bilingual, type Guide, type Lang, type Template, type Topic } from './model';

/**
 * What importing a guide file would change, worked out before anything is stored, so the options page
 * can ask "merge or replace?" and show exactly what happens. Topics and templates are matched by id
 * (template ids are unique across a guide).
 *
 * merge — nothing existing is ever dropped:
 *   - in the file only: added (new topics after the existing ones, new templates after their
 *     topic's existing ones);
 *   - in both, same content: unchanged;
 *   - in both, different: the file's version, unless the local one was edited later (`updatedAt`),
 *     then the local edit stays and is listed under `localNewer`;
 *   - local only: stays, listed under `onlyLocal`.
 *   The local order is kept; a template the file puts in another topic moves there.
 * replace — the result is the file: everything local that the file lacks is listed under `removed`,
 *   so the page can name it and ask for confirmation first (`removesEntries`).
 *
 * Content means what a reader sees: titles, description, keywords, examples; a template's language,
 * title, body and topic. Position and timestamps are not content. Use counts are statistics, not
 * content: a template present on both sides keeps the larger count in either mode.
 */

export type ImportMode = 'merge' | 'replace';

export interface TopicRef {
  id: string;
  title: Bilingual;
}

export interface TemplateRef {
  id: string;
  topicId: string;
  lang: Lang;
  title: string;
}

export interface ChangeList<T> {
  added: T[];
  updated: T[];
  unchanged: T[];
  /** merge: edited locally after the file's version, so the local edit stays. */
  localNewer: T[];
  /** merge: not in the file; stays as it is. */
  onlyLocal: T[];
  /** replace: not in the file; removed when the plan is applied. */
  removed: T[];
}

export interface ImportPlan {
  mode: ImportMode;
  topics: ChangeList<TopicRef>;
  templates: ChangeList<TemplateRef>;
  /** True when applying deletes something: the page must name it and ask first. Never true for merge. */
  removesEntries: boolean;
  /** True when applying changes nothing at all. */
  noChange: boolean;
  /** The guide after applying the plan. */
  result: Guide;
  /**
   * Limits the result would break: two valid guides can merge into one that is not (60 + 60 templates
   * in a topic). Such a plan cannot be applied; the page says why instead of offering it.
   */
  overLimits: LimitBreach[];
}

export type LimitBreach =
  | { limit: 'topics'; count: number; max: number }
  | { limit: 'templatesPerTopic'; topic: TopicRef; count: number; max: number };

const emptyList = <T>(): ChangeList<T> => ({ added: [], updated: [], unchanged: [], localNewer: [], onlyLocal: [], removed: [] });

const topicRef = (t: Topic): TopicRef => ({ id: t.id, title: { de: t.title.de, en: t.title.en } });
const templateRef = (t: Template, topicId: string): TemplateRef => ({ id: t.id, topicId, lang: t.lang, title: t.title });

const topicContent = (t: Topic): string => JSON.stringify([t.title.de, t.title.en, t.description.de, t.description.en, t.keywords.de, t.keywords.en, t.examples.de, t.examples.en]);
const templateContent = (t: Template, topicId: string): string => JSON.stringify([topicId, t.lang, t.title, t.body]);

interface Placed {
  template: Template;
  topicId: string;
}

function templatesById(guide: Guide): Map<string, Placed> {
  const map = new Map<string, Placed>();
  for (const topic of guide.topics) for (const template of topic.templates) map.set(template.id, { template, topicId: topic.id });
  return map;
}

const withUseCount = (template: Template, useCount: number): Template =>
  template.useCount === useCount ? template : { ...template, useCount };

export function planImport(existing: Guide, incoming: Guide, mode: ImportMode): ImportPlan {
  const topics = emptyList<TopicRef>();
  const templates = emptyList<TemplateRef>();
  const localTopics = new Map(existing.topics.map((t) => [t.id, t]));
  const fileTopics = new Map(incoming.topics.map((t) => [t.id, t]));
  const localTemplates = templatesById(existing);
  const fileTemplates = templatesById(incoming);

  // Topic content (templates are decided separately below).
  const topicWinner = new Map<string, Topic>();
  for (const local of existing.topics) {
    const file = fileTopics.get(local.id);
    if (!file) {
      if (mode === 'merge') {
        topics.onlyLocal.push(topicRef(local));
        topicWinner.set(local.id, local);
      } else topics.removed.push(topicRef(local));
      continue;
    }
    if (topicContent(local) === topicContent(file)) {
      topics.unchanged.push(topicRef(local));
      topicWinner.set(local.id, local);
    } else if (mode === 'merge' && local.updatedAt > file.updatedAt) {
      topics.localNewer.push(topicRef(local));
      topicWinner.set(local.id, local);
    } else {
      topics.updated.push(topicRef(file));
      topicWinner.set(local.id, file);
    }
  }
  for (const file of incoming.topics) {
    if (localTopics.has(file.id)) continue;
    topics.added.push(topicRef(file));
    topicWinner.set(file.id, file);
  }

  // Where each template ends up, and in which version.
  const placed = new Map<string, Placed>();
  for (const [id, local] of localTemplates) {
    const file = fileTemplates.get(id);
    if (!file) {
      if (mode === 'merge') {
        templates.onlyLocal.push(templateRef(local.template, local.topicId));
        placed.set(id, local);
      } else templates.removed.push(templateRef(local.template, local.topicId));
      continue;
    }
    const useCount = Math.max(local.template.useCount, file.template.useCount);
    if (templateContent(local.template, local.topicId) === templateContent(file.template, file.topicId)) {
      templates.unchanged.push(templateRef(local.template, local.topicId));
      placed.set(id, { topicId: local.topicId, template: withUseCount(local.template, useCount) });
    } else if (mode === 'merge' && local.template.updatedAt > file.template.updatedAt) {
      templates.localNewer.push(templateRef(local.template, local.topicId));
      placed.set(id, { topicId: local.topicId, template: withUseCount(local.template, useCount) });
    } else {
      templates.updated.push(templateRef(file.template, file.topicId));
      placed.set(id, { topicId: file.topicId, template: withUseCount(file.template, useCount) });
    }
  }
  for (const [id, file] of fileTemplates) {
    if (localTemplates.has(id)) continue;
    templates.added.push(templateRef(file.template, file.topicId));
    placed.set(id, file);
  }

  const result = mode === 'replace' ? buildReplaced(incoming, placed) : buildMerged(existing, incoming, topicWinner, placed);
  const removesEntries = topics.removed.length > 0 || templates.removed.length > 0;
  const noChange =
    !removesEntries &&
    topics.added.length + topics.updated.length + templates.added.length + templates.updated.length === 0 &&
    sameUseCounts(existing, result);
  return { mode, topics, templates, removesEntries, noChange, result, overLimits: limitBreaches(result) };
}

function limitBreaches(guide: Guide): LimitBreach[] {
  const found: LimitBreach[] = [];
  if (guide.topics.length > GUIDE_LIMITS.topics) found.push({ limit: 'topics', count: guide.topics.length, max: GUIDE_LIMITS.topics });
  for (const topic of guide.topics) {
    const count = topic.templates.length;
    if (count > GUIDE_LIMITS.templatesPerTopic) found.push({ limit: 'templatesPerTopic', topic: topicRef(topic), count, max: GUIDE_LIMITS.templatesPerTopic });
  }
  return found;
}

function sameUseCounts(a: Guide, b: Guide): boolean {
  const counts = templatesById(a);
  for (const topic of b.topics) {
    for (const t of topic.templates) if (counts.get(t.id)?.template.useCount !== t.useCount) return false;
  }
  return true;
}

/** The file's topics and order; only the use counts carried over. */
function buildReplaced(incoming: Guide, placed: Map<string, Placed>): Guide {
  return {
    topics: incoming.topics.map((topic) => ({
      ...topic,
      templates: topic.templates.map((t) => placed.get(t.id)?.template ?? t),
    })),
  };
}

const nextPosition = (items: readonly { position: number }[]): number =>
  items.reduce((max, item) => Math.max(max, item.position), -1) + 1;

/** Existing topics in their order with the winning content; new topics after them. */
function buildMerged(existing: Guide, incoming: Guide, topicWinner: Map<string, Topic>, placed: Map<string, Placed>): Guide {
  const localTopicOf = new Map<string, string>();
  for (const topic of existing.topics) for (const t of topic.templates) localTopicOf.set(t.id, topic.id);

  // Templates that stay in their local topic keep their place; new or moved ones are appended.
  const byTopic = new Map<string, Template[]>();
  for (const topic of existing.topics) {
    byTopic.set(
      topic.id,
      topic.templates.flatMap((t) => {
        const p = placed.get(t.id);
        return p && p.topicId === topic.id ? [{ ...p.template, position: t.position }] : [];
      }),
    );
  }
  for (const topic of incoming.topics) {
    for (const t of topic.templates) {
      const p = placed.get(t.id);
      if (!p || p.topicId !== topic.id || localTopicOf.get(t.id) === topic.id) continue;
      const list = byTopic.get(topic.id) ?? [];
      list.push({ ...p.template, position: nextPosition(list.filter((x) => x.lang === p.template.lang)) });
      byTopic.set(topic.id, list);
    }
  }

  const localTopics = new Map(existing.topics.map((t) => [t.id, t]));
  let nextTopicPosition = nextPosition(existing.topics);
  const order = [...existing.topics.map((t) => t.id), ...incoming.topics.map((t) => t.id).filter((id) => !localTopics.has(id))];
  const topics = order.flatMap((id): Topic[] => {
    const winner = topicWinner.get(id);
    if (!winner) return [];
    const position = localTopics.get(id)?.position ?? nextTopicPosition++;
    return [{ ...winner, position, templates: byTopic.get(id) ?? [] }];
  });
  return { topics };
}
