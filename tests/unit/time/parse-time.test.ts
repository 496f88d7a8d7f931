import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  normaliseTimeText, parseAbsolute, parseRelative, parseTimeText, parseTrailingTime, parseUnixSeconds, trailingExactTime,
  trailingTime,
} from '../../../lib/time/parse-time';
import { DAY, HOUR, MINUTE, WEEK, YEAR } from '../../../lib/time/units';

// Local wall-clock times, so the expectations hold in any time zone the tests run in.
const now = new Date(2026, 2, 10, 12, 0).getTime(); // Tuesday 10 March 2026, 12:00
const local = (y: number, mo: number, d: number, h = 0, mi = 0) => new Date(y, mo, d, h, mi).getTime();

describe('parseRelative: the short forms of the action row', () => {
  it.each([
    ['Just now', 0], ['3m', 3 * MINUTE], ['2h', 2 * HOUR], ['1d', DAY], ['2w', 2 * WEEK], ['1y', YEAR],
    ['Gerade eben', 0], ['3 Min.', 3 * MINUTE], ['2 Std.', 2 * HOUR], ['1 T.', DAY], ['2 Wo.', 2 * WEEK], ['1 J.', YEAR],
  ])('%s is that long ago', (text, age) => {
    expect(parseRelative(text, now)).toEqual({ at: now - age, source: 'relative' });
  });
});

describe('parseRelative: the long forms of aria-labels', () => {
  it.each([
    ['3 minutes ago', 3 * MINUTE], ['a minute ago', MINUTE], ['an hour ago', HOUR], ['a day ago', DAY],
    ['5 days ago', 5 * DAY], ['3 weeks ago', 3 * WEEK],
    ['vor 3 Minuten', 3 * MINUTE], ['vor einer Minute', MINUTE], ['vor einer Stunde', HOUR], ['vor einem Tag', DAY],
    ['vor 2 Tagen', 2 * DAY], ['vor 3 Wochen', 3 * WEEK], ['vor einem Jahr', YEAR],
  ])('%s is that long ago', (text, age) => {
    expect(parseRelative(text, now)?.at).toBe(now - age);
  });

  it('folds non-breaking spaces the sites put between number and unit', () => {
    expect(parseRelative('3\u00a0Min.', now)?.at).toBe(now - 3 * MINUTE);
    expect(normaliseTimeText(' · 2\u202fh · ')).toBe('2 h');
  });

  it('takes its shortcut for already tidy text only: the result is what the full folding gives', () => {
    const fold = (t: string) => t.toLowerCase().replace(/[\u00a0\u202f\u2009]/g, ' ').replace(/^[\s·•]+|[\s·•]+$/g, '').replace(/\s+/g, ' ');
    for (const text of [
      '3m', '3 Min.', 'Just now', '2 hours ago', ' 3m', '3m ', '3  m', '3\tm', '3\nm', '3\u00a0m', '· 3m', '3m ·', 'a·b', '•', '',
      ' ', 'vor 2 Tagen', 'A DAY AGO', '3\u2009h', '\u202f2h', 'x\u200by',
    ]) expect(normaliseTimeText(text), JSON.stringify(text)).toBe(fold(text));
  });

  it.each(['a day', 'Like', 'Reply', 'Antworten', '3 bananas', 'vor kurzem', '', 'minutes ago'])('%j is not a time', (text) => {
    expect(parseRelative(text, now)).toBeNull();
  });
});

describe('parseAbsolute', () => {
  it.each([['01.09.2025', local(2025, 8, 1)], ['1. Sept. 2025', local(2025, 8, 1)], ['March 2', local(2026, 2, 2)]])('%s', (text, at) => {
    expect(parseAbsolute(text, now)).toEqual({ at, source: 'exact' });
  });

  it.each([
    ['Yesterday at 10:00', local(2026, 2, 9, 10)],
    ['Gestern um 10:00', local(2026, 2, 9, 10)],
    ['Gestern um 10:00 Uhr', local(2026, 2, 9, 10)],
    ['Today at 9:30', local(2026, 2, 10, 9, 30)],
    ['Heute um 09:30', local(2026, 2, 10, 9, 30)],
    // A date without a year that would lie in the future belongs to last year.
    ['1 September at 10:00', local(2025, 8, 1, 10)],
    ['1. September um 10:00', local(2025, 8, 1, 10)],
    ['September 1 at 10:00 PM', local(2025, 8, 1, 22)],
    ['2 March at 08:15', local(2026, 2, 2, 8, 15)],
    ['1 September 2024 at 10:00', local(2024, 8, 1, 10)],
    ['Montag, 9. März 2026 um 07:05', local(2026, 2, 9, 7, 5)],
    ['Monday at 10:00', local(2026, 2, 9, 10)],
  ])('%s', (text, at) => {
    expect(parseAbsolute(text, now)).toEqual({ at, source: 'exact' });
  });

  describe('on the days clocks change in Berlin', () => {
    const zone = process.env.TZ;
    beforeAll(() => {
      process.env.TZ = 'Europe/Berlin';
    });
    afterAll(() => {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    });
    // Written with their UTC offsets, so that a zone which did not take fails instead of passing by accident.
    it.each([
      // Spring: Sunday 30 March 2025 has 23 hours; 10:00 that day is summer time (+2).
      ['Yesterday at 10:00', '2025-03-31T12:00:00+02:00', '2025-03-30T10:00:00+02:00'],
      ['Heute um 10:00', '2025-03-30T12:00:00+02:00', '2025-03-30T10:00:00+02:00'],
      // Autumn: Sunday 26 October 2025 has 25 hours; 10:00 that day is winter time (+1).
      ['Today at 10:00', '2025-10-26T12:00:00+01:00', '2025-10-26T10:00:00+01:00'],
      ['Gestern um 10:00', '2025-10-27T12:00:00+01:00', '2025-10-26T10:00:00+01:00'],
    ])('%s at %s is %s', (text, at, expected) => {
      expect(new Date(2025, 2, 30, 12).getTimezoneOffset()).toBe(-120);
      expect(parseAbsolute(text, Date.parse(at))).toEqual({ at: Date.parse(expected), source: 'exact' });
    });
  });

  it('takes an ISO date as it is', () => {
    expect(parseAbsolute('2026-03-10T09:00:00Z', now)).toEqual({ at: Date.UTC(2026, 2, 10, 9), source: 'exact' });
  });

  it.each([
    ['3. Mrz. 2026', local(2026, 2, 3)],
    ['3. Mrz 2026', local(2026, 2, 3)],
    ['Mrz. 3', local(2026, 2, 3)],
    ['14. Febr. 2026', local(2026, 1, 14)],
    ['14. Febr. um 08:00', local(2026, 1, 14, 8)],
  ])('the abbreviations %s', (text, at) => {
    expect(parseAbsolute(text, now)).toEqual({ at, source: 'exact' });
  });

  it.each(['Yesterday', 'Gestern', 'Yesterday at 25:00', '31 Foo at 10:00', '99 September at 10:00', 'Comment by Anna'])('%j is not a time', (text) => {
    expect(parseAbsolute(text, now)).toBeNull();
  });
});

describe('parseTimeText', () => {
  it('reads relative forms first', () => {
    expect(parseTimeText('3m', now)).toEqual({ at: now - 3 * MINUTE, source: 'relative' });
    expect(parseTimeText('01.09.2025', now)?.source).toBe('exact');
  });

  it('reads absolute forms with a clock', () => {
    expect(parseTimeText('Gestern um 10:00', now)?.source).toBe('exact');
  });

  it('refuses very long text instead of scanning it', () => {
    expect(parseTimeText(`${'x'.repeat(200)} 3m`, now)).toBeNull();
    expect(parseTimeText('', now)).toBeNull();
  });
});

describe('parseTrailingTime: labels that glue name and time together', () => {
  it.each([
    ['Comment by Anna Berger 3 minutes ago', now - 3 * MINUTE],
    ['Kommentar von Anna Berger vor 3 Minuten', now - 3 * MINUTE],
    ["Reply by Shop Example to Anna Berger's comment a day ago", now - DAY],
    ['Antwort von Bäckerei Sonnenschein auf den Kommentar von Anna Berger vor einer Stunde', now - HOUR],
    ['Comment by Anna Berger Just now', now],
  ])('%s', (label, at) => {
    expect(parseTrailingTime(label, now)?.at).toBe(at);
  });

  it.each([
    ['Comment by Anna Berger Yesterday at 10:00', local(2026, 2, 9, 10)],
    ['Kommentar von Anna Berger 1. September um 10:00', local(2025, 8, 1, 10)],
  ])('%s', (label, at) => {
    expect(parseTrailingTime(label, now)?.at).toBe(at);
  });

  it('finds nothing in a label without a time', () => {
    expect(parseTrailingTime('Comment by Anna Berger', now)).toBeNull();
    expect(trailingTime('Comment by Anna Berger', now)).toBeNull();
  });

  it.each([
    ['Comment by Anna Berger 3 minutes ago', 'Comment by Anna Berger'],
    ['Kommentar von Anna Berger vor 3 Minuten', 'Kommentar von Anna Berger'],
    ['Comment by Anna Berger Yesterday at 10:00', 'Comment by Anna Berger'],
    ['Kommentar von Anna Berger 1. September um 10:00', 'Kommentar von Anna Berger'],
    ['Comment by Anna\u00a0Berger\u00a0 Just now ', 'Comment by Anna\u00a0Berger'],
  ])('tells where the time in %j starts', (label, before) => {
    const found = trailingTime(label, now);
    expect(found?.time).toEqual(parseTrailingTime(label, now));
    expect(label.slice(0, found?.start).trimEnd()).toBe(before);
    expect(label.slice(found?.start)).toMatch(/^\S/);
  });
});

describe('trailingExactTime: only the calendar forms at the end of a label', () => {
  it.each([
    ['Comment by Anna Berger 18 February at 10:00', local(2026, 1, 18, 10)],
    ['Kommentar von Anna Berger Gestern um 08:00', local(2026, 2, 9, 8)],
    ['Comment by Anna Berger September 1 at 10:00 PM', local(2025, 8, 1, 22)],
    ['Kommentar von Anna Berger 1. Sept.', local(2025, 8, 1)],
    ['Comment by Anna Berger 1 September', local(2025, 8, 1)],
    ['Comment by Anna Berger 01.09.2025', local(2025, 8, 1)],
  ])('%s', (label, at) => {
    expect(trailingExactTime(label, now)).toEqual({ at, source: 'exact' });
  });

  it.each([
    'Comment by Anna Berger 3 minutes ago', 'Kommentar von Anna Berger vor 3 Minuten', 'Comment by Anna Berger Just now',
    'Comment by Anna Berger', 'Comment by June', 'Comment by Agent 47', '',
  ])('%j has none', (label) => {
    expect(trailingExactTime(label, now)).toBeNull();
  });
});

describe('parseUnixSeconds', () => {
  it('reads data-utime seconds as an exact time', () => {
    expect(parseUnixSeconds('1773136800')).toEqual({ at: 1773136800_000, source: 'exact' });
  });

  it.each([null, undefined, '', 'abc', '12', '1773136800000'])('rejects %j', (v) => {
    expect(parseUnixSeconds(v)).toBeNull();
  });
});
