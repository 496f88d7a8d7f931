import type { ObservedComment } from '../models/comment';
import { resolveReplyChains } from './reply-chains';
import type { ExtractedItem } from './types';

/**
 * Decides "answered" from a thread's items in page order: an item by someone else is answered when
 * the owner wrote in the same thread after it (for the thread's top comment: anywhere in the thread),
 * or when the site says so in a collapsed summary. The answer time is the owner's first reply's time.
 */
export function resolveThreads(items: readonly ExtractedItem[]): ObservedComment[] {
  // Sites that name the exact post answered resolve along reply chains (see reply-chains.ts).
  if (items.some((i) => i.conversation !== undefined)) return resolveReplyChains(items);
  const threads = new Map<string, number[]>();
  items.forEach((item, i) => {
    const thread = item.parentId ?? item.id;
    const list = threads.get(thread);
    if (list) list.push(i);
    else threads.set(thread, [i]);
  });
  const out: ObservedComment[] = items.map(({ ownerReplyHint, conversation: _conversation, ...rest }) => ({
    ...rest,
    answered: !rest.byOwner && ownerReplyHint,
    answeredAt: null,
  }));
  for (const [threadId, indices] of threads) {
    for (let k = 0; k < indices.length; k++) {
      const item = out[indices[k]!]!;
      if (item.byOwner) continue;
      const isTop = item.id === threadId && item.parentId === null;
      const candidates = isTop ? indices.filter((j) => j !== indices[k]) : indices.slice(k + 1);
      const ownerReply = candidates.map((j) => out[j]!).find((o) => o.byOwner);
      if (ownerReply) {
        item.answered = true;
        item.answeredAt = ownerReply.postedAt;
      }
    }
  }
  return out;
}
