import type { ObservedComment } from '../models/comment';
import { chainAnswers, withAnswers, type Answers } from './reply-chains';
import type { ExtractedItem } from './types';

/**
 * Decides "answered" from a thread's items in page order: an item by someone else is answered when
 * the owner wrote in the same thread after it (for the thread's top comment: anywhere in the thread),
 * or when the site says so in a collapsed summary. The answer time is the owner's first reply's time.
 * Sites that name the exact post answered resolve along reply chains instead (see reply-chains.ts).
 */
export function threadAnswers(items: readonly ExtractedItem[]): Answers {
  if (items.some((i) => i.conversation !== undefined)) return chainAnswers(items);
  const answered = items.map((item) => !item.byOwner && item.ownerReplyHint);
  const answeredAt: (number | null)[] = items.map(() => null);
  const threads = new Map<string, number[]>();
  items.forEach((item, i) => {
    const thread = item.parentId ?? item.id;
    const list = threads.get(thread);
    if (list) list.push(i);
    else threads.set(thread, [i]);
  });
  for (const [threadId, indices] of threads) {
    for (let k = 0; k < indices.length; k++) {
      const item = items[indices[k]!]!;
      if (item.byOwner) continue;
      const isTop = item.id === threadId && item.parentId === null;
      const candidates = isTop ? indices.filter((j) => j !== indices[k]) : indices.slice(k + 1);
      const ownerReply = candidates.map((j) => items[j]!).find((o) => o.byOwner);
      if (ownerReply) {
        answered[indices[k]!] = true;
        answeredAt[indices[k]!] = ownerReply.postedAt;
      }
    }
  }
  return { answered, answeredAt };
}

export function resolveThreads(items: readonly ExtractedItem[]): ObservedComment[] {
  return withAnswers(items, threadAnswers(items));
}
