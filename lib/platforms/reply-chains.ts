import type { ObservedComment } from '../models/comment';
import type { ExtractedItem } from './types';

/** Per item, in input order: whether the owner has answered it, and when (null where the page does not tell). */
export interface Answers {
  answered: boolean[];
  answeredAt: (number | null)[];
}

/**
 * "Answered" for sites whose parentId names the exact post a reply answers (X): a post by someone else is
 * answered when the owner wrote a reply further down its own reply chain, i.e. when walking up parentIds from
 * one of the owner's posts reaches it. A reply from the owner in another branch of the same conversation does
 * not answer it (unlike Facebook's flat threads, where page order inside one thread decides). The answer time
 * is the earliest such owner reply's time. Items are in page order; unknown parents end a walk.
 */
export function chainAnswers(items: readonly ExtractedItem[]): Answers {
  const answered = items.map((item) => !item.byOwner && item.ownerReplyHint);
  const answeredAt: (number | null)[] = items.map(() => null);
  let indexById: Map<string, number> | null = null;
  items.forEach((reply) => {
    if (!reply.byOwner) return;
    indexById ??= new Map(items.map((item, i) => [item.id, i]));
    const visited = new Set<string>([reply.id]);
    for (let parent = reply.parentId; parent !== null && !visited.has(parent); ) {
      visited.add(parent);
      const i = indexById.get(parent);
      if (i === undefined) break;
      if (!items[i]!.byOwner) {
        answered[i] = true;
        const at = answeredAt[i]!;
        if (reply.postedAt !== null && (at === null || reply.postedAt < at)) answeredAt[i] = reply.postedAt;
      }
      parent = items[i]!.parentId;
    }
  });
  return { answered, answeredAt };
}

export function resolveReplyChains(items: readonly ExtractedItem[]): ObservedComment[] {
  return withAnswers(items, chainAnswers(items));
}

/** The items as observed comments, with their answers. */
export function withAnswers(items: readonly ExtractedItem[], { answered, answeredAt }: Answers): ObservedComment[] {
  return items.map((item, i) => observedOf(item, answered[i]!, answeredAt[i]!));
}

export function observedOf(item: ExtractedItem, answered: boolean, answeredAt: number | null): ObservedComment {
  return {
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
    answered,
    answeredAt,
  };
}
