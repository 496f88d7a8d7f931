import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../../../lib/models/settings';
import { parseTargetHistory, targetClocksOf, targetsAt, withTargetChange, TARGET_HISTORY_DAYS } from '../../../lib/stats/target-history';

const DAY = 24 * 60 * 60_000;
const NOW = Date.UTC(2026, 11, 8, 12);
const at = (over: Partial<Settings>): Settings => ({ ...defaultSettings(), ...over });

describe('target history', () => {
  it('records the targets that applied until a change, and nothing for a change the statistics do not read', () => {
    const before = at({ targetMinutes: 60 });
    expect(withTargetChange([], before, at({ targetMinutes: 60, agentName: 'Mara' }), NOW)).toBeNull();
    // A schedule edit matters only to a site that counts business hours.
    expect(withTargetChange([], before, at({ targetMinutes: 60, schedule: { ...before.schedule, timeZone: 'Europe/Vienna' } }), NOW)).toBeNull();
    const next = withTargetChange([], before, at({ targetMinutes: 15 }), NOW)!;
    expect(next).toEqual([{ until: NOW, targets: targetClocksOf(before) }]);
    expect(next[0]!.targets.facebook.targetMinutes).toBe(60);
    const hours = withTargetChange(next, at({ targetMinutes: 15 }), at({ targetMinutes: 15, businessHoursSites: ['x'] }), NOW + DAY)!;
    expect(hours.map((e) => [e.until, e.targets.x.businessHoursOnly])).toEqual([[NOW, false], [NOW + DAY, false]]);
  });

  it('judges a comment by the epoch it was written in, and anything since the last change by today\'s targets', () => {
    const first = withTargetChange([], at({ targetMinutes: 60 }), at({ targetMinutes: 30 }), NOW - 10 * DAY)!;
    const second = withTargetChange(first, at({ targetMinutes: 30 }), at({ targetMinutes: 15 }), NOW - DAY)!;
    const current = targetClocksOf(at({ targetMinutes: 15 }));
    const of = targetsAt(second, current);
    expect(of(NOW - 20 * DAY).facebook.targetMinutes).toBe(60);
    expect(of(NOW - 5 * DAY).facebook.targetMinutes).toBe(30);
    expect(of(NOW - 60_000).facebook.targetMinutes).toBe(15);
    expect(targetsAt([], current)(NOW - 20 * DAY)).toBe(current);
  });

  it('forgets epochs the statistics can no longer reach, and reads a damaged row epoch by epoch', () => {
    const old = withTargetChange([], at({ targetMinutes: 60 }), at({ targetMinutes: 30 }), NOW - (TARGET_HISTORY_DAYS + 1) * DAY)!;
    const next = withTargetChange(old, at({ targetMinutes: 30 }), at({ targetMinutes: 15 }), NOW)!;
    expect(next.map((e) => e.until)).toEqual([NOW]);
    const stored = [{ until: 'yesterday', targets: {} }, ...next, null];
    expect(parseTargetHistory(stored)).toEqual(next);
    expect(parseTargetHistory('garbage')).toEqual([]);
  });
});

describe('target history in storage', () => {
  it('is written by saving settings that change a target, and left alone by other edits', async () => {
    const { freshDb } = await import('../db/test-db');
    const { saveSettings } = await import('../../../lib/db/settings-store');
    const { loadTargetHistory } = await import('../../../lib/db/target-history-store');
    const db = freshDb();
    await saveSettings(db, at({ targetMinutes: 60 }), NOW - 2 * DAY);
    await saveSettings(db, at({ targetMinutes: 60, agentName: 'Mara' }), NOW - DAY);
    expect(await loadTargetHistory(db)).toEqual([]);
    await saveSettings(db, at({ targetMinutes: 20, agentName: 'Mara' }), NOW);
    expect((await loadTargetHistory(db)).map((e) => [e.until, e.targets.facebook.targetMinutes])).toEqual([[NOW, 60]]);
  });
});
