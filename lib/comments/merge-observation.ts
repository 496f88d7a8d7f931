import { commentKey, type ObservedComment, type TrackedComment } from '../models/comment';

/**
 * Folds one sighting into the stored record. A comment is seen many times (scrolling, reloads,
 * visits); each sighting may know more or less than the last, so nothing known is ever forgotten:
 * an exact time beats a relative one, the earliest relative estimate wins, the first-seen time and
 * the answer time stay, and a tick by the moderator survives.
 */
export function mergeObservation(existing: TrackedComment | undefined, seen: ObservedComment, now: number): TrackedComment {
  const firstSeenAt = existing?.firstSeenAt ?? now;
  let postedAt = existing?.postedAt ?? null;
  let timeSource = existing?.timeSource ?? 'first-seen';
  if (seen.postedAt !== null) {
    if (seen.timeSource === 'exact' && timeSource !== 'exact') {
      postedAt = seen.postedAt;
      timeSource = 'exact';
    } else if (seen.timeSource === timeSource || timeSource === 'first-seen') {
      postedAt = postedAt === null ? seen.postedAt : Math.min(postedAt, seen.postedAt);
      timeSource = seen.timeSource;
    }
  }
  // A relative estimate cannot be later than the moment Moderato first saw the comment.
  if (postedAt !== null && timeSource === 'relative') postedAt = Math.min(postedAt, firstSeenAt);

  let answeredAt = existing?.answeredAt ?? null;
  if (seen.answered) {
    const candidate = seen.answeredAt ?? now;
    answeredAt = answeredAt === null ? candidate : Math.min(answeredAt, candidate);
  }
  const posted = postedAt ?? firstSeenAt;
  if (answeredAt !== null && answeredAt < posted) answeredAt = posted;

  const handledAt = existing?.handledAt ?? null;
  const byOwner = seen.byOwner;
  return {
    key: commentKey(seen.site, seen.id),
    site: seen.site,
    id: seen.id,
    parentId: seen.parentId ?? existing?.parentId ?? null,
    author: seen.author,
    text: seen.text,
    permalink: seen.permalink ?? existing?.permalink ?? null,
    pageName: seen.pageName,
    postedAt,
    timeSource,
    firstSeenAt,
    lastSeenAt: now,
    byOwner,
    answeredAt,
    handledAt,
    claimedBy: existing?.claimedBy ?? null,
    claimedAt: existing?.claimedAt ?? null,
    open: !byOwner && answeredAt === null && handledAt === null ? 1 : 0,
  };
}
