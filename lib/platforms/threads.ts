import type { ObservedComment } from '../models/comment';
import { chainAnswers, withAnswers, type Answers } from './reply-chains';
import type { ExtractedItem } from './types';

/**
 * Decides "answered" from a thread's items in page order: an item by someone else is answered when
 * the owner wrote in the same thread after it (for the thread's top comment: anywhere in the thread),
 * or when the site says so in a collapsed summary, which stands for an owner reply right after the
 * item carrying it. The answer time is the owner's first reply's time (unknown for a summary).
 * A thread is everything under one top comment: a reply to a reply names the reply it answers as
 * its parent, so parents are followed up through the items known here.
 * Sites that name the exact post answered resolve along reply chains instead (see reply-chains.ts).
 */
export function threadAnswers(items: readonly ExtractedItem[]): Answers {
  if (items.some((i) => i.conversation !== undefined)) return chainAnswers(items);
  const answered = items.map((item) => !item.byOwner && item.ownerReplyHint);
  const answeredAt: (number | null)[] = items.map(() => null);
  const threads = new Map<string, number[]>();
  const rootOf = threadRoots(items);
  items.forEach((item, i) => {
    const thread = rootOf(item);
    const list = threads.get(thread);
    if (list) list.push(i);
    else threads.set(thread, [i]);
  });
  for (const [threadId, indices] of threads) {
    for (let k = 0; k < indices.length; k++) {
      const item = items[indices[k]!]!;
      if (item.byOwner) continue;
      const isTop = item.id === threadId && item.parentId === null;
      const later = isTop ? indices.filter((j) => j !== indices[k]) : indices.slice(k + 1);
      const ownerReply = later.map((j) => items[j]!).find((o) => o.byOwner);
      if (ownerReply) {
        answered[indices[k]!] = true;
        answeredAt[indices[k]!] = ownerReply.postedAt;
      } else if (later.some((j) => !items[j]!.byOwner && items[j]!.ownerReplyHint)) {
        answered[indices[k]!] = true;
      }
    }
  }
  return { answered, answeredAt };
}

/** The id of the top comment an item's thread hangs from, as far as the items here tell. */
function threadRoots(items: readonly Pick<ExtractedItem, 'id' | 'parentId'>[]): (item: Pick<ExtractedItem, 'id' | 'parentId'>) => string {
  const parentOf = new Map(items.map((i) => [i.id, i.parentId] as const));
  return (item) => {
    let id = item.id;
    let parent = item.parentId;
    // Bounded: a page could render ids that point at each other.
    for (let hops = 0; parent !== null && hops < 16; hops++) {
      id = parent;
      parent = parentOf.get(parent) ?? null;
    }
    return id;
  };
}

export function resolveThreads(items: readonly ExtractedItem[]): ObservedComment[] {
  return withAnswers(items, threadAnswers(items));
}
