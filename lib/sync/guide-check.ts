import { GUIDE_LIMITS } from '../guide/model';
import type { TeamBundle } from './bundle-schema';
import { bundleError, type BundleError } from './bundle-errors';
import { MAX_REPORTED_ERRORS } from './parse-bundle';
import { isTombstone, versionKey, type SectionRecord } from './record-versions';
import type { LocalSections, MergedSections } from './team-import';

/**
 * What the guide demands of itself as a whole (lib/guide/model.ts: template ids unique across the
 * guide, at most GUIDE_LIMITS.topics topics), checked on the topics a merge would leave. Only topics
 * this browser can read count: a stored row the guide cannot read is kept untouched for a later
 * version and shows nowhere. And only what the merge writes can be refused: a clash among topics it
 * leaves alone was there before, and refusing would block every import until someone finds it.
 */

export interface GuideProblem {
  /** Id of the written topic, and which of its templates clashes (absent when there are too many topics). */
  topicId?: string;
  template?: number;
  templateId?: string;
  /** The topic that already holds the template id. */
  holder?: string;
  /** Topics the guide would hold, when more than allowed. */
  topics?: number;
}

type Templates = { templates?: { id?: unknown }[] };

/** `merged` may hold only the changed records; a tombstone among them deletes. */
export function guideProblems(local: readonly SectionRecord[], merged: readonly SectionRecord[]): GuideProblem[] {
  const before = new Map(local.filter((r) => !isTombstone(r)).map((r) => [r.id, r]));
  const after = new Map(before);
  const written: SectionRecord[] = [];
  for (const r of merged) {
    if (isTombstone(r)) after.delete(r.id);
    else {
      after.set(r.id, r);
      const was = before.get(r.id);
      if (!was || versionKey(was) !== versionKey(r)) written.push(r);
    }
  }
  const writtenIds = new Set(written.map((r) => r.id));
  const holders = new Map<string, string>();
  for (const [id, r] of after) {
    if (writtenIds.has(id)) continue;
    for (const t of (r as Templates).templates ?? []) {
      if (typeof t.id === 'string' && !holders.has(t.id)) holders.set(t.id, id);
    }
  }
  const problems: GuideProblem[] = [];
  for (const r of written) {
    ((r as Templates).templates ?? []).forEach((t, template) => {
      if (typeof t.id !== 'string') return;
      const holder = holders.get(t.id);
      if (holder === undefined) holders.set(t.id, r.id);
      else problems.push({ topicId: r.id, template, templateId: t.id, holder });
    });
  }
  if (after.size > GUIDE_LIMITS.topics && after.size > before.size) problems.push({ topics: after.size });
  return problems;
}

/** A problem as an import error, at the bundle record that causes it (where there is a bundle). */
export function guideProblemError(p: GuideProblem, bundle?: TeamBundle): BundleError {
  if (p.topicId === undefined) {
    return bundleError(['sections', 'guideTopics'], 'too_big', {
      de: `der Leitfaden hätte danach ${p.topics} Themen, möglich sind höchstens ${GUIDE_LIMITS.topics}. Nichts wurde importiert.`,
      en: `the guide would then hold ${p.topics} topics, at most ${GUIDE_LIMITS.topics} are possible. Nothing was imported.`,
    });
  }
  const index = bundle?.sections.guideTopics.findIndex((r) => r.id === p.topicId) ?? -1;
  const where = index < 0 ? ['guideTopics', p.topicId] : ['sections', 'guideTopics', index];
  return bundleError([...where, 'templates', p.template!, 'id'], 'duplicate_id', {
    de: `die Vorlagen-ID „${p.templateId}“ gehört hier schon zum Thema „${p.holder}“; Vorlagen-IDs müssen im ganzen Leitfaden eindeutig sein. Nichts wurde importiert.`,
    en: `template id "${p.templateId}" already belongs to the topic "${p.holder}" here; template ids must be unique across the guide. Nothing was imported.`,
  });
}

/** importTeamBundle's `checkMerged` for this browser: the guide the merge would leave. */
export function checkMergedGuide(local: LocalSections, merged: MergedSections, bundle: TeamBundle): BundleError[] {
  // A topic whose stored row is unreadable here is never written (see LocalSections.unreadable).
  const unreadable = new Set(local.unreadable?.guideTopics ?? []);
  const written = unreadable.size ? merged.guideTopics.filter((r) => !unreadable.has(r.id)) : merged.guideTopics;
  const problems = guideProblems(local.guideTopics ?? [], written);
  return problems.slice(0, MAX_REPORTED_ERRORS).map((p) => guideProblemError(p, bundle));
}
