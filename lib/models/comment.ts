import { str, z } from './zod';

export const SiteSchema = z.enum(['facebook', 'x']);
export type Site = z.infer<typeof SiteSchema>;

export const AuthorSchema = z.object({
  name: str(300),
  url: z.nullable(str(2000)),
});

/** How a posting time was learnt; a coarser source never overrides a finer one. */
export const TimeSourceSchema = z.enum(['exact', 'relative', 'first-seen']);
export type TimeSource = z.infer<typeof TimeSourceSchema>;

/** What an adapter reads off the page for one comment or reply. Ephemeral, sent to the background. */
export const ObservedCommentSchema = z.object({
  site: SiteSchema,
  id: str(200, 1),
  parentId: z.nullable(str(200)),
  author: AuthorSchema,
  text: str(20_000),
  permalink: z.nullable(str(2000)),
  postedAt: z.nullable(z.number()),
  timeSource: TimeSourceSchema,
  byOwner: z.boolean(),
  answered: z.boolean(),
  /** When the owner's answer was posted, where the page tells. */
  answeredAt: z.nullable(z.number()),
  /** The own page this was seen on (its configured name), for the checklist. */
  pageName: str(200),
});
export type ObservedComment = z.infer<typeof ObservedCommentSchema>;

/** The stored record. `key` is `${site}:${id}` so the same comment seen again is the same record. */
export const TrackedCommentSchema = z.object({
  key: str(210, 3),
  site: SiteSchema,
  id: str(200, 1),
  parentId: z.nullable(str(200)),
  author: AuthorSchema,
  text: str(20_000),
  permalink: z.nullable(str(2000)),
  pageName: str(200),
  postedAt: z.nullable(z.number()),
  timeSource: TimeSourceSchema,
  firstSeenAt: z.number(),
  lastSeenAt: z.number(),
  byOwner: z.boolean(),
  answeredAt: z.nullable(z.number()),
  handledAt: z.nullable(z.number()),
  /** "I'm on it": the agent who claimed the comment, so two people do not answer it twice. */
  claimedBy: z.optional(z.nullable(str(100))),
  claimedAt: z.optional(z.nullable(z.number())),
  /** 1 while the comment still needs the company: by someone else, unanswered, not ticked. Indexed. */
  open: z.union([z.literal(0), z.literal(1)]),
});
export type TrackedComment = z.infer<typeof TrackedCommentSchema>;

/**
 * What a badge needs of a stored record: its timing and who handles it. Content scripts get this,
 * not the whole record: they already have the text and author, and a thousand records sent back
 * and validated in the host page cost more than the rest of the reply.
 */
export const RecordStateSchema = z.object({
  key: str(210, 3),
  postedAt: z.nullable(z.number()),
  timeSource: TimeSourceSchema,
  firstSeenAt: z.number(),
  byOwner: z.boolean(),
  answeredAt: z.nullable(z.number()),
  handledAt: z.nullable(z.number()),
  claimedBy: z.optional(z.nullable(str(100))),
});
export type RecordState = z.infer<typeof RecordStateSchema>;

export const recordState = (r: TrackedComment): RecordState => ({
  key: r.key,
  postedAt: r.postedAt,
  timeSource: r.timeSource,
  firstSeenAt: r.firstSeenAt,
  byOwner: r.byOwner,
  answeredAt: r.answeredAt,
  handledAt: r.handledAt,
  claimedBy: r.claimedBy ?? null,
});

export const commentKey = (site: Site, id: string): string => `${site}:${id}`;

/** The best known posting time: the posted estimate, else when Moderato first saw it. */
export const effectivePostedAt = (c: Pick<TrackedComment, 'postedAt' | 'firstSeenAt'>): number =>
  c.postedAt ?? c.firstSeenAt;
