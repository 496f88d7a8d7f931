import { waitedMs, type TargetClock } from '../schedule/target-clock';
import { MINUTE_MS } from '../schedule/time-zone';

export type StatsSite = 'facebook' | 'x';
export const STATS_SITES: readonly StatsSite[] = ['facebook', 'x'];

/** The least the statistics need from a tracked comment. */
export interface ResponseRecord {
  site: StatsSite;
  pageKey: string;
  postedAt: number | null;
  firstSeenAt: number;
  answeredAt: number | null;
  byOwner: boolean;
}

/**
 * within:  answered, and faster than the target.
 * missed:  answered at or after the target, or still unanswered once the target has passed.
 * pending: unanswered and the target has not passed yet, so it cannot be judged.
 * "At the target" is already a miss, the same boundary the waiting badge uses (lib/time/waiting).
 */
export type ResponseOutcome = 'within' | 'missed' | 'pending';

export interface MeasuredResponse {
  site: StatsSite;
  pageKey: string;
  /** When waiting started: the posting time, else when Moderato first saw the comment. */
  startedAt: number;
  /** First-response time by the site's target clock (elapsed or business minutes); null while unanswered. */
  responseMinutes: number | null;
  outcome: ResponseOutcome;
}

export function measureResponse(r: ResponseRecord, target: TargetClock, now: number): MeasuredResponse {
  const startedAt = r.postedAt ?? r.firstSeenAt;
  const targetMs = target.targetMinutes * MINUTE_MS;
  if (r.answeredAt !== null) {
    const ms = waitedMs(startedAt, r.answeredAt, target);
    return {
      site: r.site, pageKey: r.pageKey, startedAt,
      responseMinutes: ms / MINUTE_MS,
      outcome: ms < targetMs ? 'within' : 'missed',
    };
  }
  const waited = waitedMs(startedAt, now, target);
  return {
    site: r.site, pageKey: r.pageKey, startedAt,
    responseMinutes: null,
    outcome: waited >= targetMs ? 'missed' : 'pending',
  };
}
