import type { RecordState, TimeSource } from '../comment';
import { arrayOf, isObject, nullable, num, oneOf, str } from './primitives';

/** The content script's check of RecordStateSchema and ObserveReplySchema (lib/models/comment.ts, messages.ts). */

const s100 = (c: unknown): c is string => str(c, 100);
const TIME_SOURCES: readonly TimeSource[] = ['exact', 'relative', 'first-seen'];

export function parseRecordState(v: unknown): RecordState | null {
  if (!isObject(v)) return null;
  const { key, postedAt, timeSource, firstSeenAt, byOwner, answeredAt, handledAt } = v;
  if (
    !str(key, 210, 3) ||
    !nullable(postedAt, num) ||
    !oneOf(TIME_SOURCES, timeSource) ||
    !num(firstSeenAt) ||
    typeof byOwner !== 'boolean' ||
    !nullable(answeredAt, num) ||
    !nullable(handledAt, num)
  ) {
    return null;
  }
  const out: RecordState = { key, postedAt, timeSource, firstSeenAt, byOwner, answeredAt, handledAt };
  // z.optional: an absent key stays absent, a present one is copied even when it holds undefined.
  if ('claimedBy' in v) {
    const claimedBy = v.claimedBy;
    if (claimedBy === undefined || nullable(claimedBy, s100)) out.claimedBy = claimedBy;
    else return null;
  }
  return out;
}

/** ObserveReplySchema: sightings, claims and re-reads are answered with each record's state. */
export function parseObserveReply(v: unknown): { records: RecordState[] } | null {
  if (!isObject(v)) return null;
  const records = arrayOf(v.records, parseRecordState);
  return records && { records };
}
