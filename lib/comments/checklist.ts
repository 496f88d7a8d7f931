import { effectivePostedAt, type TrackedComment } from '../models/comment';
import type { Settings } from '../models/settings';
import { commentStatus, type WaitState } from '../time/waiting';
import { statusOptionsFor } from '../time/target-options';
import { watchedPages } from './watched-pages';

export interface ChecklistEntry {
  comment: TrackedComment;
  waitedMs: number;
  state: WaitState;
}

/**
 * Unanswered, unticked comments by others on the pages the team watches, longest waiting first; backlog
 * from before Moderato is left out.
 */
export function checklist(comments: TrackedComment[], settings: Settings, now: number): ChecklistEntry[] {
  const entries: ChecklistEntry[] = [];
  const watched = watchedPages(settings.pages);
  for (const comment of comments) {
    if (!watched(comment)) continue;
    const status = commentStatus(comment, now, statusOptionsFor(settings, comment.site));
    if (status.kind === 'waiting') entries.push({ comment, waitedMs: status.waitedMs, state: status.state });
  }
  return entries.sort((a, b) => effectivePostedAt(a.comment) - effectivePostedAt(b.comment) || a.comment.key.localeCompare(b.comment.key));
}

export function overdueCount(comments: TrackedComment[], settings: Settings, now: number): number {
  let n = 0;
  const watched = watchedPages(settings.pages);
  for (const c of comments) {
    if (!watched(c)) continue;
    const s = commentStatus(c, now, statusOptionsFor(settings, c.site));
    if (s.kind === 'waiting' && s.state === 'overdue') n++;
  }
  return n;
}
