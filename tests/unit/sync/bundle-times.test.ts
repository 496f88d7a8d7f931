import { describe, expect, it } from 'vitest';
import { parseTeamBundle, parseTeamBundleText } from '../../../lib/sync/parse-bundle';
import { LOCAL_RECORD_SCHEMAS, strikeId } from '../../../lib/sync/local-records';
import { importTeamBundle } from '../../../lib/sync/team-import';
import type { BundleError } from '../../../lib/sync/bundle-errors';
import type { Strike } from '../../../lib/netiquette/model-schemas';

/** Times a colleague's file can carry that no Date can hold; Intl throws RangeError on them. */
const T = Date.UTC(2026, 2, 10, 10);
const DAY = 24 * 60 * 60 * 1000;

const bundle = (sections: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) => ({
  format: 'moderato-team-bundle',
  version: 1,
  exportedAt: T,
  sections,
  ...extra,
});

const local = { recordSchemas: LOCAL_RECORD_SCHEMAS };

function errorsOf(input: unknown, opts?: Parameters<typeof parseTeamBundle>[1]): BundleError[] {
  const r = parseTeamBundle(input, opts);
  if (r.ok) throw new Error('expected the bundle to be refused');
  return r.errors;
}

const note = (over: Record<string, unknown> = {}) => ({
  id: 'n1', site: 'facebook', commentKey: 'facebook:c1', authorKey: null, authorName: 'Lena', pageName: 'Bäckerei',
  text: 'Rückruf am Freitag', agent: 'Mara', at: T, updatedAt: T, ...over,
});

function strikeRecord(over: Partial<Strike> = {}, updatedAt = T) {
  const s: Strike = {
    authorKey: 'facebook:https://www.facebook.com/troll', authorName: 'Troll', site: 'facebook', page: 'Bäckerei',
    step: 'public-reminder', at: T, commentKey: 'facebook:c9', agent: 'Mara', ...over,
  };
  return { ...s, id: strikeId(s), updatedAt };
}

describe('bundle times a Date cannot hold are refused, with the path', () => {
  it('exportedAt 9e15 (a safe integer, but past year 275760)', () => {
    const errors = errorsOf(bundle({}, { exportedAt: 9e15 }));
    expect(errors.map((e) => e.path)).toEqual(['exportedAt']);
    expect(errors[0]!.message.de).toMatch(/^exportedAt: /);
    expect(errors[0]!.message.en).toMatch(/^exportedAt: /);
  });

  it('the same through the text and the whole import, which then changes nothing', () => {
    const r = importTeamBundle({}, JSON.stringify(bundle({ notes: [note()] }, { exportedAt: 9e15 })), local);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.path)).toContain('exportedAt');
  });

  it.each([
    ['updatedAt', { updatedAt: 9e15 }],
    ['deletedAt', { deletedAt: 9e15 }],
  ])('a record %s past the Date range', (field, over) => {
    const errors = errorsOf(bundle({ notes: [{ id: 'n1', updatedAt: T, ...over }] }, { exportedAt: T }));
    expect(errors.map((e) => e.path)).toContain(`sections.notes[0].${field}`);
  });

  it('a history entry past the Date range', () => {
    const errors = errorsOf(bundle({ notes: [{ id: 'n1', updatedAt: T, history: [{ id: 'n1', updatedAt: 9e15 }] }] }));
    expect(errors.map((e) => e.path)).toContain('sections.notes[0].history[0].updatedAt');
  });

  it('a strike at 1e300, which would never expire', () => {
    const errors = errorsOf(bundle({ strikes: [strikeRecord({ at: 1e300 })] }), local);
    expect(errors.map((e) => e.path)).toContain('sections.strikes[0].at');
  });

  it('a note whose edit time would become its date', () => {
    const errors = errorsOf(bundle({ notes: [note({ updatedAt: 9e15 })] }), local);
    expect(errors.map((e) => e.path)).toContain('sections.notes[0].updatedAt');
  });
});

describe('bundle records dated after the export are refused', () => {
  it('up to a day of clock difference is fine', () => {
    const r = parseTeamBundle(bundle({
      notes: [note({ updatedAt: T + DAY })],
      strikes: [strikeRecord({ at: T + DAY }, T + DAY)],
    }), local);
    expect(r.ok).toBe(true);
  });

  it.each([
    ['an edit', { notes: [{ id: 'n1', updatedAt: T + DAY + 1 }] }, 'sections.notes[0].updatedAt'],
    ['a deletion', { guideTopics: [{ id: 'g1', updatedAt: T, deletedAt: T + 30 * DAY }] }, 'sections.guideTopics[0].deletedAt'],
    ['a history entry', { notes: [{ id: 'n1', updatedAt: T, history: [{ id: 'n1', updatedAt: T + 2 * DAY }] }] }, 'sections.notes[0].history[0].updatedAt'],
  ])('%s', (_label, sections, path) => {
    const errors = errorsOf(bundle(sections));
    expect(errors.map((e) => e.path)).toEqual([path]);
    expect(errors[0]!.message.de).toMatch(new RegExp(`^${path.replace(/[.[\]]/g, '\\$&')}: \\S`));
    expect(errors[0]!.message.en).toMatch(new RegExp(`^${path.replace(/[.[\]]/g, '\\$&')}: \\S`));
    expect(errors[0]!.message.de).not.toBe(errors[0]!.message.en);
  });

  it('a strike taken years after the file was written', () => {
    const errors = errorsOf(bundle({ strikes: [strikeRecord({ at: T + 3650 * DAY })] }), local);
    expect(errors.map((e) => e.path)).toEqual(['sections.strikes[0].at']);
  });

  it('is judged against the file\'s own export time, reported once per field among other errors', () => {
    const r = parseTeamBundleText(JSON.stringify(bundle({
      notes: [{ id: 'n1', updatedAt: T + 2 * DAY }, { id: '', updatedAt: T }],
    })));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.path).sort()).toEqual(['sections.notes[0].updatedAt', 'sections.notes[1].id']);
  });
});
