import { quantileSorted, sortedAscending } from './quantile';
import type { MeasuredResponse } from './response-record';

export interface ResponseSummary {
  /** Comments by others that arrived in the bucket. */
  received: number;
  answered: number;
  /** Median and 90th percentile of first-response minutes of the answered ones; null when none. */
  medianMinutes: number | null;
  p90Minutes: number | null;
  withinTarget: number;
  /** Answered late plus unanswered past the target. */
  missed: number;
  /** The part of `missed` that is still unanswered. */
  missedUnanswered: number;
  /** Unanswered, target not yet passed: left out of the share until decided. */
  pending: number;
  /** withinTarget / (withinTarget + missed); null when nothing is decided yet. */
  withinTargetShare: number | null;
}

export function summariseResponses(items: readonly MeasuredResponse[]): ResponseSummary {
  const times: number[] = [];
  let withinTarget = 0;
  let missed = 0;
  let missedUnanswered = 0;
  let pending = 0;
  for (const m of items) {
    if (m.responseMinutes !== null) times.push(m.responseMinutes);
    if (m.outcome === 'within') withinTarget++;
    else if (m.outcome === 'missed') {
      missed++;
      if (m.responseMinutes === null) missedUnanswered++;
    } else pending++;
  }
  const sorted = sortedAscending(times);
  const decided = withinTarget + missed;
  return {
    received: items.length,
    answered: sorted.length,
    medianMinutes: quantileSorted(sorted, 0.5),
    p90Minutes: quantileSorted(sorted, 0.9),
    withinTarget,
    missed,
    missedUnanswered,
    pending,
    withinTargetShare: decided ? withinTarget / decided : null,
  };
}
