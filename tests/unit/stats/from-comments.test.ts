import { describe, expect, it } from 'vitest';
import { TrackedCommentSchema, type TrackedComment } from '../../../lib/models/comment';
import { defaultBusinessSchedule } from '../../../lib/schedule/schedule-model';
import { responseRecordsFromComments, statsTargets, statsTimeZone } from '../../../lib/stats/from-comments';
import { computeResponseStats } from '../../../lib/stats/response-report';

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const at = (iso: string): number => Date.parse(iso);

let n = 0;
function comment(over: Partial<TrackedComment>): TrackedComment {
  const id = String(++n);
  const postedAt = over.postedAt === undefined ? at('2026-05-04T10:00Z') : over.postedAt;
  const c: TrackedComment = {
    key: `${over.site ?? 'facebook'}:${id}`,
    site: 'facebook',
    id,
    parentId: null,
    author: { name: 'Anna', url: null },
    text: 'Hallo',
    permalink: null,
    pageName: 'Bäckerei Sonnenschein',
    postedAt,
    timeSource: 'exact',
    firstSeenAt: (postedAt ?? at('2026-05-04T10:00Z')) + 2 * MIN,
    lastSeenAt: at('2026-05-05T10:00Z'),
    byOwner: false,
    answeredAt: null,
    handledAt: null,
    open: 1,
    ...over,
  };
  // The fixtures must be records the store could really hold.
  return TrackedCommentSchema.parse(c);
}

const settings = { backlogDays: 30, targetMinutes: 60 };

describe('responseRecordsFromComments', () => {
  it('keeps site, page name as page key, posting and first-seen times, and the answer time', () => {
    const c = comment({ site: 'x', key: 'x:77', id: '77', pageName: 'sonnenschein', answeredAt: at('2026-05-04T10:25Z') });
    const { records, leftOut } = responseRecordsFromComments([c], settings);
    expect(records).toEqual([
      { site: 'x', pageKey: 'sonnenschein', postedAt: c.postedAt, firstSeenAt: c.firstSeenAt, answeredAt: at('2026-05-04T10:25Z'), byOwner: false },
    ]);
    expect(leftOut).toEqual({ answerTimeUnknown: 0, history: 0, unwatched: 0, unreadable: 0 });
  });

  it('counts a tick ("handled", e.g. answered by phone) as the first response', () => {
    const { records } = responseRecordsFromComments([comment({ handledAt: at('2026-05-04T10:40Z'), open: 0 })], settings);
    expect(records[0]!.answeredAt).toBe(at('2026-05-04T10:40Z'));
  });

  it('takes the earlier of the Page’s answer and the tick', () => {
    const early = comment({ answeredAt: at('2026-05-04T11:30Z'), handledAt: at('2026-05-04T10:20Z'), open: 0 });
    const late = comment({ answeredAt: at('2026-05-04T10:15Z'), handledAt: at('2026-05-04T12:00Z'), open: 0 });
    const { records } = responseRecordsFromComments([early, late], settings);
    expect(records.map((r) => r.answeredAt)).toEqual([at('2026-05-04T10:20Z'), at('2026-05-04T10:15Z')]);
  });

  it('leaves out a comment that was already answered, at an unknown time, when first seen', () => {
    // Posted ten days before Moderato saw it; the merge stamped the first sighting as the answer time.
    const seen = at('2026-05-14T09:00Z');
    const old = comment({ postedAt: at('2026-05-04T10:00Z'), firstSeenAt: seen, answeredAt: seen, open: 0 });
    const noTime = comment({ postedAt: null, timeSource: 'first-seen', firstSeenAt: seen, answeredAt: seen, open: 0 });
    const { records, leftOut } = responseRecordsFromComments([old, noTime], settings);
    expect(records).toEqual([]);
    expect(leftOut.answerTimeUnknown).toBe(2);
    // Counted as a ten-day answer it would have made a 60-minute target look hopeless.
  });

  it('keeps a comment answered before the first sighting when the page told the answer time', () => {
    const seen = at('2026-05-04T12:00Z');
    const c = comment({ postedAt: at('2026-05-04T10:00Z'), firstSeenAt: seen, answeredAt: at('2026-05-04T10:30Z'), open: 0 });
    const { records } = responseRecordsFromComments([c], settings);
    expect(records[0]!.answeredAt).toBe(at('2026-05-04T10:30Z'));
  });

  it('keeps a first-sighting answer when the moderator also ticked it, using the tick', () => {
    const seen = at('2026-05-04T12:00Z');
    const c = comment({ firstSeenAt: seen, answeredAt: seen, handledAt: at('2026-05-04T12:05Z'), open: 0 });
    expect(responseRecordsFromComments([c], settings).records[0]!.answeredAt).toBe(at('2026-05-04T12:05Z'));
  });

  it('leaves out unanswered history (older than the backlog limit when first seen), like the checklist', () => {
    const posted = at('2026-03-01T10:00Z');
    const history = comment({ postedAt: posted, firstSeenAt: posted + 31 * DAY });
    const justInside = comment({ postedAt: posted, firstSeenAt: posted + 30 * DAY });
    const { records, leftOut } = responseRecordsFromComments([history, justInside], settings);
    expect(records).toHaveLength(1);
    expect(records[0]!.firstSeenAt).toBe(posted + 30 * DAY);
    expect(leftOut.history).toBe(1);
    expect(responseRecordsFromComments([history], { backlogDays: 60 }).records).toHaveLength(1);
  });

  it('passes the owner’s own comments through marked, and the report leaves them out', () => {
    const own = comment({ byOwner: true, open: 0, answeredAt: null });
    const other = comment({ answeredAt: at('2026-05-04T10:10Z'), open: 0 });
    const { records } = responseRecordsFromComments([own, other], settings);
    expect(records.map((r) => r.byOwner)).toEqual([true, false]);
    const report = computeResponseStats(records, {
      now: at('2026-05-05T10:00Z'), windowDays: 30, timeZone: 'UTC', targets: statsTargets(settings, 'UTC'),
    });
    expect(report.overall.total.received).toBe(1);
    expect(report.overall.total.medianMinutes).toBe(10);
  });
});

describe('responseRecordsFromComments: pages no longer watched', () => {
  const pages = [{ site: 'facebook' as const, name: 'Bäckerei Sonnenschein', url: 'https://www.facebook.com/sonnenschein', pageId: '' }];

  it('leaves out the unanswered comments of a page removed from the settings, counted, and keeps its answered ones', () => {
    const waiting = comment({ pageName: 'Alte Filiale' });
    const ticked = comment({ pageName: 'Alte Filiale', handledAt: at('2026-05-04T10:20Z'), open: 0 });
    const answered = comment({ pageName: 'Alte Filiale', answeredAt: at('2026-05-04T10:30Z'), open: 0 });
    const watchedWaiting = comment({});
    const { records, leftOut } = responseRecordsFromComments([waiting, ticked, answered, watchedWaiting], { backlogDays: 30, pages });
    expect(records.map((r) => [r.pageKey, r.answeredAt])).toEqual([
      ['Alte Filiale', at('2026-05-04T10:20Z')],
      ['Alte Filiale', at('2026-05-04T10:30Z')],
      ['Bäckerei Sonnenschein', null],
    ]);
    expect(leftOut.unwatched).toBe(1);
  });

  it('matches the settings’ pages as the checklist does ("@Shop " and "shop" are one page)', () => {
    const x = [{ site: 'x' as const, name: '@Sonnenschein ', url: 'https://x.com/sonnenschein', pageId: '' }];
    const c = comment({ site: 'x', key: 'x:9', id: '9', pageName: 'sonnenschein' });
    expect(responseRecordsFromComments([c], { backlogDays: 30, pages: x }).leftOut.unwatched).toBe(0);
  });

  it('counts a removed page’s waiting comment that is history as history, not twice', () => {
    const posted = at('2026-03-01T10:00Z');
    const old = comment({ pageName: 'Alte Filiale', postedAt: posted, firstSeenAt: posted + 31 * DAY });
    expect(responseRecordsFromComments([old], { backlogDays: 30, pages }).leftOut).toEqual({ answerTimeUnknown: 0, history: 1, unwatched: 0, unreadable: 0 });
  });
});

describe('responseRecordsFromComments: one page whatever the spelling', () => {
  it('gives every comment of one page the newest spelling of its name, so the report has one page', () => {
    const older = comment({ site: 'x', key: 'x:1', id: '1', pageName: 'Baeckerei', lastSeenAt: at('2026-05-04T11:00Z'), answeredAt: at('2026-05-04T10:10Z'), open: 0 });
    const newer = comment({ site: 'x', key: 'x:2', id: '2', pageName: '@baeckerei', lastSeenAt: at('2026-05-05T11:00Z'), answeredAt: at('2026-05-04T10:20Z'), open: 0 });
    const { records } = responseRecordsFromComments([newer, older], settings);
    expect(records.map((r) => r.pageKey)).toEqual(['@baeckerei', '@baeckerei']);
    const report = computeResponseStats(records, { now: at('2026-05-06T10:00Z'), windowDays: 30, timeZone: 'UTC', targets: statsTargets(settings, 'UTC') });
    expect(report.byPage.map((p) => [p.pageKey, p.series.total.answered])).toEqual([['@baeckerei', 2]]);
  });
});

describe('statsTargets', () => {
  it('applies the one elapsed-minute target of today’s settings to both sites', () => {
    const targets = statsTargets({ targetMinutes: 45 }, 'Europe/Berlin');
    expect(targets.facebook).toEqual({ targetMinutes: 45, businessHoursOnly: false, schedule: { timeZone: 'Europe/Berlin', weekly: {} } });
    expect(targets.x.targetMinutes).toBe(45);
    expect(targets.x.businessHoursOnly).toBe(false);
  });

  it('takes each site’s own target from the settings, the team’s elsewhere', () => {
    const targets = statsTargets({ targetMinutes: 45, siteTargetMinutes: { facebook: null, x: 15 } }, 'UTC');
    expect([targets.facebook.targetMinutes, targets.x.targetMinutes]).toEqual([45, 15]);
  });

  it('takes a per-site business-hours clock, with the settings’ target unless the site has its own', () => {
    const office = defaultBusinessSchedule();
    const targets = statsTargets({ targetMinutes: 45 }, 'UTC', {
      facebook: { businessHoursOnly: true, schedule: office },
      x: { businessHoursOnly: false, schedule: office, targetMinutes: 120 },
    });
    expect(targets.facebook).toEqual({ targetMinutes: 45, businessHoursOnly: true, schedule: office });
    expect(targets.x.targetMinutes).toBe(120);
  });

  it('makes the report measure a business-hours site in business minutes', () => {
    const office = { ...defaultBusinessSchedule(), timeZone: 'Europe/Berlin' }; // Mon–Fri 09:00–17:00 Berlin
    // Friday 16:30 Berlin, answered Monday 09:30: 60 business minutes, not 65 hours.
    const c = comment({ postedAt: at('2026-05-08T16:30+02:00'), answeredAt: at('2026-05-11T09:30+02:00'), open: 0 });
    const { records } = responseRecordsFromComments([c], settings);
    const targets = statsTargets({ targetMinutes: 90 }, 'UTC', { facebook: { businessHoursOnly: true, schedule: office } });
    const report = computeResponseStats(records, { now: at('2026-05-12T12:00Z'), windowDays: 30, timeZone: statsTimeZone(targets, 'UTC'), targets });
    expect(report.overall.total.medianMinutes).toBe(60);
    expect(report.overall.total.withinTarget).toBe(1);
  });
});

describe('statsTimeZone', () => {
  it('uses the browser’s zone on elapsed clocks and the schedule’s zone when business hours count', () => {
    expect(statsTimeZone(statsTargets({ targetMinutes: 60 }, 'America/New_York'), 'America/New_York')).toBe('America/New_York');
    const berlin = { ...defaultBusinessSchedule(), timeZone: 'Europe/Berlin' };
    expect(statsTimeZone(statsTargets({ targetMinutes: 60 }, 'UTC', { x: { businessHoursOnly: true, schedule: berlin } }), 'UTC')).toBe('Europe/Berlin');
  });
});
