import { NOT_CONCERNED, type ExtractContext, type ExtractedItem } from '../types';
import { placementOf, type ConversationMemory, type Placement } from './conversation';
import { canonicalPermalink, ownerHandleSet, profileUrl } from './ids';
import { isPromoted, mentionsAny, postedTimeOf, replyingToOf, textPartsOf } from './post-parts';

/**
 * An X post as the thread pass needs it. `conversation` groups the posts whose answered state depends on each
 * other (the whole conversation of a status page); `parentId` is the exact post answered, so "answered" is
 * decided along reply chains (see reply-chains.ts), not by page order.
 */
export type XExtractedItem = ExtractedItem & { conversation: string };

/** Why the company is concerned with a post; empty for posts it need not see. */
export type Addressed = 'own' | 'mention' | 'replying-to' | 'in-reply-chain';

export type XReading =
  | { kind: 'post'; item: XExtractedItem; addressed: Addressed; placement: Placement }
  /** A readable post not written to the company nor by it (a repost of something else, "Discover more"). */
  | { kind: 'not-addressed'; id: string }
  /** An ad: no permalink time. */
  | { kind: 'promoted' }
  /** Does not read as a post: the markup changed. */
  | { kind: 'unreadable'; reason: 'no-permalink' | 'no-author' };

/**
 * Reads one post. A post counts when the company wrote it (byOwner, so the thread pass can see its answers),
 * when its own text mentions the company's handle (a quoted post's text does not count), when its
 * "Replying to" line names the handle, or when a post above it in its reply chain is the company's (X adds the
 * handle of everyone in the chain to a reply, so such a reply reaches the company).
 */
export function readXPost(article: Element, ctx: ExtractContext, memory: ConversationMemory): XReading {
  const parts = memory.partsOf(article);
  if (!parts) return isPromoted(article) ? { kind: 'promoted' } : { kind: 'unreadable', reason: 'no-permalink' };
  const { permalink, author } = parts;
  if (!author) return { kind: 'unreadable', reason: 'no-author' };
  const owners = ownerHandleSet(ctx.ownerNames);
  // parts.ref.handle is handleKey(author.handle) already (the author is known here).
  const self = parts.ref;
  const placement = placementOf(article, self, memory);

  const byOwner = owners.has(self.handle);
  const textParts = textPartsOf(article);
  let addressed: Addressed | null = byOwner ? 'own' : null;
  if (!addressed && mentionsAny(textParts, owners)) addressed = 'mention';
  if (!addressed && someOwner(replyingToOf(article), owners)) addressed = 'replying-to';
  if (!addressed && placement.ancestors.some((a) => owners.has(a.handle))) addressed = 'in-reply-chain';
  if (!addressed) return { kind: 'not-addressed', id: permalink.id };

  const time = postedTimeOf(permalink, ctx.now);
  return {
    kind: 'post',
    addressed,
    placement,
    item: {
      site: 'x',
      id: permalink.id,
      parentId: placement.parent?.id ?? null,
      author: { name: author.displayName, url: profileUrl(author.handle) },
      text: textParts.text,
      permalink: canonicalPermalink(permalink.handle, permalink.id),
      postedAt: time?.at ?? null,
      timeSource: time?.source ?? 'first-seen',
      byOwner,
      pageName: ctx.pageName,
      // X shows no "the company replied" summary; answers are found along reply chains.
      ownerReplyHint: false,
      conversation: placement.conversation,
    },
  };
}

function someOwner(handles: ReadonlySet<string>, owners: ReadonlySet<string>): boolean {
  for (const h of handles) if (owners.has(h)) return true;
  return false;
}

/** PlatformAdapter.extract: the post, or null for anything that is not one the company needs to see. */
export function extractXItem(article: Element, ctx: ExtractContext, memory: ConversationMemory): XExtractedItem | null | typeof NOT_CONCERNED {
  const reading = readXPost(article, ctx, memory);
  if (reading.kind === 'post') return reading.item;
  return reading.kind === 'unreadable' ? null : NOT_CONCERNED;
}
