import { describe, expect, it } from 'vitest';
import type { ScheduleLike } from '../../../lib/schedule/business-hours';
import type { TargetClock } from '../../../lib/schedule/target-clock';
import { computeResponseStats, computeResponseStatsWindows } from '../../../lib/stats/response-report';
import type { ResponseRecord } from '../../../lib/stats/response-record';

const at = (iso: string): number => Date.parse(iso);
const MIN = 60_000;
const office: ScheduleLike = {
  timeZone: 'Europe/Berlin',
  weekly: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, [{ start: '09:00', end: '17:00' }]])),
};
const wall = (minutes: number): TargetClock => ({ targetMinutes: minutes, businessHoursOnly: false, schedule: office });

const fb = (posted: string, answeredAfterMin: number | null, extra: Partial<ResponseRecord> = {}): ResponseRecord => ({
  site: 'facebook',
  pageKey: 'acme',
  postedAt: at(posted),
  firstSeenAt: at(posted) + 5 * MIN,
  answeredAt: answeredAfterMin === null ? null : at(posted) + answeredAfterMin * MIN,
  byOwner: false,
  ...extra,
});

// Tuesday noon, Berlin summer time.
const now = at('2026-03-31T12:00+02:00');
const records: ResponseRecord[] = [
  // Monday 30 March on Facebook: 10, 30, 60 (exactly at target = late), 90 minutes, one never answered.
  fb('2026-03-30T09:00+02:00', 10),
  fb('2026-03-30T10:00+02:00', 30),
  fb('2026-03-30T11:00+02:00', 60),
  fb('2026-03-30T12:00+02:00', 90),
  fb('2026-03-30T13:00+02:00', null),
  fb('2026-03-30T09:05+02:00', 1, { byOwner: true }),
  // Tuesday 31 March: one answered after 20 minutes, one waiting 30 minutes so far.
  fb('2026-03-31T10:00+02:00', 20),
  fb('2026-03-31T11:30+02:00', null),
  // On X: 00:30 Berlin on the 30th is still the 29th in UTC; it must count for the 30th.
  {
    site: 'x', pageKey: '@acme', postedAt: at('2026-03-30T00:30+02:00'), firstSeenAt: at('2026-03-30T00:31+02:00'),
    answeredAt: at('2026-03-30T01:00+02:00'), byOwner: false,
  },
  // No posting time known: waiting starts when Moderato first saw it.
  {
    site: 'x', pageKey: '@acme', postedAt: null, firstSeenAt: at('2026-03-29T23:50+02:00'),
    answeredAt: at('2026-03-30T03:10+02:00'), byOwner: false,
  },
  // First window day, 2 March 00:10 Berlin (1 March in UTC): inside. 1 March 23:30 Berlin: outside.
  fb('2026-03-02T00:10+01:00', 10),
  fb('2026-03-01T23:30+01:00', 10),
];
const targets = { facebook: wall(60), x: wall(120) };

describe('computeResponseStats', () => {
  const report = computeResponseStats(records, { now, windowDays: 30, timeZone: 'Europe/Berlin', targets });
  const fbDay = (key: string) => report.bySite.facebook.days.find((d) => d.day === key)!;

  it('covers the last 30 days of the team zone, today included, with empty days present', () => {
    expect(report.fromDay).toBe('2026-03-02');
    expect(report.toDay).toBe('2026-03-31');
    expect(report.overall.days).toHaveLength(30);
    expect(report.overall.days[0]!.day).toBe('2026-03-02');
    expect(report.overall.days[0]!.received).toBe(1);
    expect(fbDay('2026-03-15')).toMatchObject({ received: 0, medianMinutes: null, withinTargetShare: null });
  });

  it('computes median, p90 and within-target share per day by hand', () => {
    expect(fbDay('2026-03-30')).toEqual({
      day: '2026-03-30',
      received: 5,
      answered: 4,
      medianMinutes: 45, // (30 + 60) / 2
      p90Minutes: 81, // rank 2.7 of [10, 30, 60, 90] → 60 + 0.7 × 30
      withinTarget: 2,
      missed: 3, // the 60, the 90 and the unanswered one
      missedUnanswered: 1,
      pending: 0,
      withinTargetShare: 0.4,
    });
  });

  it('leaves still-possible unanswered comments out of the share', () => {
    expect(fbDay('2026-03-31')).toMatchObject({
      received: 2, answered: 1, medianMinutes: 20, p90Minutes: 20, withinTarget: 1, missed: 0, pending: 1,
      withinTargetShare: 1,
    });
  });

  it('buckets by the team zone and measures each site against its own target', () => {
    const x = report.bySite.x;
    const d29 = x.days.find((d) => d.day === '2026-03-29')!;
    const d30 = x.days.find((d) => d.day === '2026-03-30')!;
    expect(d30).toMatchObject({ received: 1, medianMinutes: 30, withinTarget: 1 });
    expect(d29).toMatchObject({ received: 1, medianMinutes: 200, missed: 1, withinTargetShare: 0 });
  });

  it('groups overall, per site and per page', () => {
    expect(report.overall.total.received).toBe(10);
    expect(report.bySite.facebook.total).toMatchObject({ received: 8, answered: 6, withinTarget: 4, missed: 3, pending: 1 });
    expect(report.bySite.x.total).toMatchObject({ received: 2, answered: 2 });
    expect(report.byPage.map((p) => `${p.site}:${p.pageKey}`)).toEqual(['facebook:acme', 'x:@acme']);
    expect(report.byPage[1]!.series.total.medianMinutes).toBe(115); // (30 + 200) / 2
    expect(report.overall.days.find((d) => d.day === '2026-03-30')!.received).toBe(6);
  });

  it('puts days where the chosen team zone says', () => {
    const ny = computeResponseStats(records, { now, windowDays: 30, timeZone: 'America/New_York', targets });
    // 00:30 Berlin on the 30th is 18:30 on the 29th in New York.
    expect(ny.bySite.x.days.find((d) => d.day === '2026-03-29')!.received).toBe(2);
    expect(ny.toDay).toBe('2026-03-31');
  });

  it('has per-week spread rows clipped to the window', () => {
    expect(report.overall.weeks.map((w) => [w.weekStart, w.fromDay, w.toDay])).toEqual([
      ['2026-03-02', '2026-03-02', '2026-03-08'],
      ['2026-03-09', '2026-03-09', '2026-03-15'],
      ['2026-03-16', '2026-03-16', '2026-03-22'],
      ['2026-03-23', '2026-03-23', '2026-03-29'],
      ['2026-03-30', '2026-03-30', '2026-03-31'],
    ]);
    // Week of 30 March, facebook: answers 10, 30, 60, 90, 20 → sorted 10, 20, 30, 60, 90.
    const last = report.bySite.facebook.weeks[4]!;
    expect(last).toMatchObject({ answered: 5, p25Minutes: 20, medianMinutes: 30, p75Minutes: 60, iqrMinutes: 40, sparse: true });
  });

  it('counts business minutes when a site says so', () => {
    const business: TargetClock = { targetMinutes: 60, businessHoursOnly: true, schedule: office };
    const xs: ResponseRecord[] = [
      // Fri 16:30 CET → Mon 09:20 CEST: 30 + 20 business minutes, over 64 hours elapsed.
      { site: 'x', pageKey: '@acme', postedAt: at('2026-03-27T16:30+01:00'), firstSeenAt: 0, answeredAt: at('2026-03-30T09:20+02:00'), byOwner: false },
      // Mon 16:50, unanswered: by Tue 09:05 only 10 + 5 business minutes have passed.
      { site: 'x', pageKey: '@acme', postedAt: at('2026-03-30T16:50+02:00'), firstSeenAt: 0, answeredAt: null, byOwner: false },
    ];
    const r = computeResponseStats(xs, {
      now: at('2026-03-31T09:05+02:00'), windowDays: 30, timeZone: 'Europe/Berlin', targets: { facebook: wall(60), x: business },
    });
    expect(r.bySite.x.total).toMatchObject({ medianMinutes: 50, withinTarget: 1, missed: 0, pending: 1, withinTargetShare: 1 });
    const elapsed = computeResponseStats(xs, {
      now: at('2026-03-31T09:05+02:00'), windowDays: 30, timeZone: 'Europe/Berlin', targets: { facebook: wall(60), x: wall(60) },
    });
    expect(elapsed.bySite.x.total).toMatchObject({ withinTarget: 0, missed: 2, withinTargetShare: 0 });
  });

  it('rejects a window that is not a whole number of days', () => {
    expect(() => computeResponseStats([], { now, windowDays: 0, timeZone: 'Europe/Berlin', targets })).toThrow(RangeError);
  });
});

describe('computeResponseStatsWindows', () => {
  it('gives 30- and 90-day windows; an older comment only shows in the longer one', () => {
    const old = fb('2026-02-10T10:00+01:00', 15);
    const { last30, last90 } = computeResponseStatsWindows([...records, old], { now, timeZone: 'Europe/Berlin', targets });
    expect(last30.overall.total.received).toBe(10);
    expect(last90.overall.total.received).toBe(12); // plus the 1 March one and the February one
    expect(last90.fromDay).toBe('2026-01-01');
    expect(last90.overall.days).toHaveLength(90);
  });
});
