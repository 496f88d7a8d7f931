import type { RecordState, TimeSource } from '../comment';
import type { CheckReply } from '../netiquette-messages';
import type { Note } from '../../notes/note-model';
import { parseCheckReply } from './check-reply';
import { parseNote } from './note';
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

export interface ObserveReply {
  records: RecordState[];
  check?: CheckReply | undefined;
  notes?: Note[] | undefined;
}

/**
 * ObserveReplySchema: sightings, claims and re-reads are answered with each record's state; sightings
 * also with the netiquette verdicts and notes they asked for. Optional keys as z.optional treats them:
 * absent stays absent, present undefined is copied.
 */
export function parseObserveReply(v: unknown): ObserveReply | null {
  if (!isObject(v)) return null;
  const records = arrayOf(v.records, parseRecordState);
  if (!records) return null;
  const out: ObserveReply = { records };
  if ('check' in v) {
    const check = v.check === undefined ? undefined : parseCheckReply(v.check);
    if (check === null) return null;
    out.check = check;
  }
  if ('notes' in v) {
    const notes = v.notes === undefined ? undefined : arrayOf(v.notes, parseNote);
    if (notes === null) return null;
    out.notes = notes;
  }
  return out;
}
