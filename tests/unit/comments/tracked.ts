import { mergeObservation } from '../../../lib/comments/merge-observation';
import type { TrackedComment } from '../../../lib/models/comment';
import { MINUTE } from '../../../lib/time/units';
import { observed } from '../models/observed-comment';

/** A stored record of a comment posted `minutesAgo` before `now`, first seen then. */
export function tracked(id: string, minutesAgo: number, now: number, over: Partial<TrackedComment> = {}): TrackedComment {
  const posted = now - minutesAgo * MINUTE;
  return { ...mergeObservation(undefined, observed({ id, postedAt: posted }), posted), ...over };
}
