import type { ObservedComment } from '../models/comment';
import type { ExtractedItem } from './types';

/** Per item, in input order: whether the owner has answered it, and when (null where the page does not tell). */
export interface Answers {
  answered: boolean[];
  answeredAt: (number | null)[];
}

export interface ChainAnswer {
  answered: boolean;
  answeredAt: number | null;
}

interface Post<R> {
  item: ExtractedItem;
  answer: ChainAnswer;
  refs: R[];
}

/** The earlier of two answer times; an unknown time (null) never replaces a known one. */
const earlier = (a: number | null, b: number | null): number | null => (a === null ? b : b === null ? a : Math.min(a, b));

/**
 * "Answered" for sites whose parentId names the exact post a reply answers (X): a post by someone else is
 * answered when the owner wrote a reply further down its own reply chain, i.e. when walking up parentIds from
 * one of the owner's posts reaches it. A reply from the owner in another branch of the same conversation does
 * not answer it (unlike Facebook's flat threads, where page order inside one thread decides). The answer time
 * is the earliest such owner reply's time.
 *
 * Posts are added one at a time, in any order, and each addition costs only the walk up from it: an X
 * conversation holds a thousand posts and gains a few per slice, so recomputing it whole each time was the
 * overlay's largest cost after reading. A walk that reaches a post not seen yet waits there and goes on when
 * that post arrives. Answers only ever grow: a post the virtualised timeline dropped still counts.
 * `R` is what the caller wants back for a post whose answer changed (the overlay's badge entries).
 */
export class ReplyChains<R> {
  private readonly posts = new Map<string, Post<R>>();
  /** Walks from owner replies that stopped at a post not seen yet, by that post's id: the earliest time they carry. */
  private readonly waiting = new Map<string, number | null>();

  /** Adds a post; returns the refs of posts whose answer changed (the new post's own included when it is answered). */
  add(item: ExtractedItem, ref: R): R[] {
    const changed: R[] = [];
    const known = this.posts.get(item.id);
    if (known) {
      // The same post read again (re-rendered): it keeps its answer; what the newer reading adds still counts.
      known.refs.push(ref);
      const before = known.item;
      known.item = item;
      if (!item.byOwner && item.ownerReplyHint && !known.answer.answered) {
        known.answer.answered = true;
        changed.push(...known.refs);
      }
      if (item.byOwner && (!before.byOwner || before.parentId !== item.parentId)) this.walk(item.parentId, item.postedAt, new Set([item.id]), changed);
      return changed;
    }
    this.posts.set(item.id, { item, answer: { answered: !item.byOwner && item.ownerReplyHint, answeredAt: null }, refs: [ref] });
    if (this.waiting.has(item.id)) {
      const at = this.waiting.get(item.id)!;
      this.waiting.delete(item.id);
      this.walk(item.id, at, new Set(), changed);
    }
    if (item.byOwner) this.walk(item.parentId, item.postedAt, new Set([item.id]), changed);
    return changed;
  }

  /** Forgets a ref (its element left the page); the post's answer stays. */
  release(id: string, ref: R): void {
    const post = this.posts.get(id);
    if (!post) return;
    const i = post.refs.indexOf(ref);
    if (i >= 0) post.refs.splice(i, 1);
  }

  answerOf(id: string): ChainAnswer {
    return this.posts.get(id)?.answer ?? { answered: false, answeredAt: null };
  }

  /** Marks every post by someone else from `from` upwards as answered at `at`, until a post already passed or not seen yet. */
  private walk(from: string | null, at: number | null, visited: Set<string>, changed: R[]): void {
    for (let id = from; id !== null && !visited.has(id); ) {
      visited.add(id);
      const post = this.posts.get(id);
      if (!post) {
        this.waiting.set(id, this.waiting.has(id) ? earlier(this.waiting.get(id)!, at) : at);
        return;
      }
      if (!post.item.byOwner) {
        const { answer } = post;
        const next = earlier(answer.answeredAt, at);
        if (!answer.answered || next !== answer.answeredAt) {
          answer.answered = true;
          answer.answeredAt = next;
          changed.push(...post.refs);
        }
      }
      id = post.item.parentId;
    }
  }
}

/** Answers for a whole set of posts at once (a saved page, or one conversation); items in any order. */
export function chainAnswers(items: readonly ExtractedItem[]): Answers {
  const chains = new ReplyChains<number>();
  items.forEach((item, i) => chains.add(item, i));
  const answers = items.map((item) => chains.answerOf(item.id));
  return { answered: answers.map((a) => a.answered), answeredAt: answers.map((a) => a.answeredAt) };
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
