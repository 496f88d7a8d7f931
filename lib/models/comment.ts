import { z } from 'zod';

export const SiteSchema = z.enum(['facebook', 'x']);
export type Site = z.infer<typeof SiteSchema>;

export const AuthorSchema = z.object({
  name: z.string().max(300),
  url: z.string().max(2000).nullable(),
});

/** How a posting time was learnt; a coarser source never overrides a finer one. */
export const TimeSourceSchema = z.enum(['exact', 'relative', 'first-seen']);
export type TimeSource = z.infer<typeof TimeSourceSchema>;

/** What an adapter reads off the page for one comment or reply. Ephemeral, sent to the background. */
export const ObservedCommentSchema = z.object({
  site: SiteSchema,
  id: z.string().min(1).max(200),
  parentId: z.string().max(200).nullable(),
  author: AuthorSchema,
  text: z.string().max(20_000),
  permalink: z.string().max(2000).nullable(),
  postedAt: z.number().nullable(),
  timeSource: TimeSourceSchema,
  byOwner: z.boolean(),
  answered: z.boolean(),
  /** When the owner's answer was posted, where the page tells. */
  answeredAt: z.number().nullable(),
  /** The own page this was seen on (its configured name), for the checklist. */
  pageName: z.string().max(200),
});
export type ObservedComment = z.infer<typeof ObservedCommentSchema>;

/** The stored record. `key` is `${site}:${id}` so the same comment seen again is the same record. */
export const TrackedCommentSchema = z.object({
  key: z.string().min(3).max(210),
  site: SiteSchema,
  id: z.string().min(1).max(200),
  parentId: z.string().max(200).nullable(),
  author: AuthorSchema,
  text: z.string().max(20_000),
  permalink: z.string().max(2000).nullable(),
  pageName: z.string().max(200),
  postedAt: z.number().nullable(),
  timeSource: TimeSourceSchema,
  firstSeenAt: z.number(),
  lastSeenAt: z.number(),
  byOwner: z.boolean(),
  answeredAt: z.number().nullable(),
  handledAt: z.number().nullable(),
  /** 1 while the comment still needs the company: by someone else, unanswered, not ticked. Indexed. */
  open: z.union([z.literal(0), z.literal(1)]),
});
export type TrackedComment = z.infer<typeof TrackedCommentSchema>;

export const commentKey = (site: Site, id: string): string => `${site}:${id}`;

/** The best known posting time: the posted estimate, else when Moderato first saw it. */
export const effectivePostedAt = (c: Pick<TrackedComment, 'postedAt' | 'firstSeenAt'>): number =>
  c.postedAt ?? c.firstSeenAt;
