import { MINUTE } from './units';

export type WaitState = 'on-time' | 'due-soon' | 'overdue';

/** "Due soon" starts at three quarters of the target: early enough to still make it. */
export const DUE_SOON_SHARE = 0.75;

export function waitState(waitedMs: number, targetMinutes: number): WaitState {
  const target = targetMinutes * MINUTE;
  if (waitedMs >= target) return 'overdue';
  if (waitedMs >= target * DUE_SOON_SHARE) return 'due-soon';
  return 'on-time';
}

export interface CommentTiming {
  postedAt: number | null;
  firstSeenAt: number;
  answeredAt: number | null;
  handledAt: number | null;
  byOwner: boolean;
}

export type CommentStatus =
  | { kind: 'own' }
  | { kind: 'answered'; afterMs: number }
  | { kind: 'handled' }
  | { kind: 'backlog'; waitedMs: number }
  | { kind: 'waiting'; waitedMs: number; state: WaitState };

export interface StatusOptions {
  targetMinutes: number;
  backlogDays: number;
  /** How waiting counts against the target (business time only); elapsed time when absent. */
  clock?: (startMs: number, nowMs: number) => number;
}

/**
 * What a badge and the checklist say about one comment. A comment that was already older than the
 * backlog limit when Moderato first saw it is history, not work: it is shown, but not counted as overdue.
 */
export function commentStatus(c: CommentTiming, now: number, opts: StatusOptions): CommentStatus {
  if (c.byOwner) return { kind: 'own' };
  const posted = c.postedAt ?? c.firstSeenAt;
  if (c.answeredAt !== null) return { kind: 'answered', afterMs: Math.max(0, c.answeredAt - posted) };
  if (c.handledAt !== null) return { kind: 'handled' };
  const waitedMs = Math.max(0, now - posted);
  if (c.firstSeenAt - posted > opts.backlogDays * 24 * 60 * MINUTE) return { kind: 'backlog', waitedMs };
  // The badge shows the plain age; the target's status follows the team's clock.
  const counted = opts.clock ? opts.clock(posted, now) : waitedMs;
  return { kind: 'waiting', waitedMs, state: waitState(counted, opts.targetMinutes) };
}
