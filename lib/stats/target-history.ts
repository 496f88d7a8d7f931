import { z } from '../models/zod';
import type { Settings } from '../models/settings';
import { BusinessScheduleSchema } from '../schedule/schedule-model';
import type { TargetClock } from '../schedule/target-clock';
import { siteClocksOf, statsTargets } from './from-comments';
import { STATS_SITES, type StatsSite } from './response-record';

/**
 * The response targets a team had before it changed them, so a period is judged by the target each
 * comment was written under: tightening the target from 60 to 30 minutes must not turn last month's
 * good figures red. One epoch per change, holding the targets in force until then.
 */
export interface TargetEpoch {
  /** When these targets stopped applying (the change was saved). */
  until: number;
  targets: Record<StatsSite, TargetClock>;
}

/** The statistics look back 90 days; older epochs can judge nothing and are dropped. */
export const TARGET_HISTORY_DAYS = 100;
const DAY_MS = 24 * 60 * 60_000;
/** Far more changes than a team makes in 100 days; bounds a stored row that something rewrote in a loop. */
const MAX_EPOCHS = 200;

const ClockSchema = z.object({
  targetMinutes: z.number().check(z.int(), z.minimum(1)),
  businessHoursOnly: z.boolean(),
  schedule: BusinessScheduleSchema,
});
const EpochSchema = z.object({ until: z.number(), targets: z.object({ facebook: ClockSchema, x: ClockSchema }) });

/** A stored history, epochs that fail validation left out one by one, oldest first. */
export function parseTargetHistory(value: unknown): TargetEpoch[] {
  if (!Array.isArray(value)) return [];
  const out: TargetEpoch[] = [];
  for (const item of value) {
    const parsed = EpochSchema.safeParse(item);
    if (parsed.success) out.push(parsed.data);
  }
  return out.sort((a, b) => a.until - b.until);
}

/** Each site's target clock as the settings set it, as the statistics page measures by it. */
export const targetClocksOf = (settings: Settings): Record<StatsSite, TargetClock> =>
  statsTargets(settings, settings.schedule.timeZone, siteClocksOf(settings));

/** Whether two clocks judge every comment alike: a schedule matters only where business hours count. */
function sameClock(a: TargetClock, b: TargetClock): boolean {
  if (a.targetMinutes !== b.targetMinutes || a.businessHoursOnly !== b.businessHoursOnly) return false;
  return !a.businessHoursOnly || JSON.stringify(a.schedule) === JSON.stringify(b.schedule);
}

/**
 * The history after a settings change: the targets before it become an epoch ending now, when they
 * judged differently from the new ones. Null when nothing changed that the statistics read.
 */
export function withTargetChange(history: readonly TargetEpoch[], before: Settings, after: Settings, now: number): TargetEpoch[] | null {
  const old = targetClocksOf(before);
  const next = targetClocksOf(after);
  if (STATS_SITES.every((site) => sameClock(old[site], next[site]))) return null;
  const kept = history.filter((e) => e.until >= now - TARGET_HISTORY_DAYS * DAY_MS && e.until < now);
  return [...kept, { until: now, targets: old }].slice(-MAX_EPOCHS);
}

/**
 * The targets a comment is judged by: those in force when it was written (its first epoch that ended
 * after that), or today's for anything written since the last change.
 */
export function targetsAt(history: readonly TargetEpoch[], current: Record<StatsSite, TargetClock>): (startedAt: number) => Record<StatsSite, TargetClock> {
  if (history.length === 0) return () => current;
  return (startedAt) => {
    for (const epoch of history) if (startedAt < epoch.until) return epoch.targets;
    return current;
  };
}
