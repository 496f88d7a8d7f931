import type { ObservedComment } from '../models/comment';
import type { ExtractedItem } from './types';

/**
 * "Answered" for sites whose parentId names the exact post a reply answers (X): a post by someone else is
 * answered when the owner wrote a reply further down its own reply chain, i.e. when walking up parentIds from
 * one of the owner's posts reaches it. A reply from the owner in another branch of the same conversation does
 * not answer it (unlike Facebook's flat threads, where page order inside one thread decides). The answer time
 * is the earliest such owner reply's time. Items are in page order; unknown parents end a walk.
 */
export function resolveReplyChains(items: readonly ExtractedItem[]): ObservedComment[] {
  const indexById = new Map<string, number>();
  items.forEach((item, i) => indexById.set(item.id, i));
  const out: ObservedComment[] = items.map((item) => ({
    site: item.site,
    id: item.id,
    parentId: item.parentId,
    author: item.author,
    text: item.text,
    permalink: item.permalink,
    postedAt: item.postedAt,
    timeSource: item.timeSource,
    byOwner: item.byOwner,
    pageName: item.pageName,
    answered: !item.byOwner && item.ownerReplyHint,
    answeredAt: null,
  }));
  items.forEach((reply) => {
    if (!reply.byOwner) return;
    const visited = new Set<string>([reply.id]);
    for (let parent = reply.parentId; parent !== null && !visited.has(parent); ) {
      visited.add(parent);
      const i = indexById.get(parent);
      if (i === undefined) break;
      const target = out[i]!;
      if (!target.byOwner) {
        target.answered = true;
        if (reply.postedAt !== null && (target.answeredAt === null || reply.postedAt < target.answeredAt)) target.answeredAt = reply.postedAt;
      }
      parent = items[i]!.parentId;
    }
  });
  return out;
}
