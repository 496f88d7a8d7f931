import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ModeratoDatabase } from '../../../lib/db/database';
import { saveSettings } from '../../../lib/db/settings-store';
import { TrackedCommentSchema, type TrackedComment } from '../../../lib/models/comment';
import { defaultSettings, type Settings } from '../../../lib/models/settings';
import { checklist, overdueCount } from '../../../lib/comments/checklist';
import { useMessageTemplates } from '../../../lib/i18n';
import { templates, type Lang } from '../a11y/messages';
import { freshDb } from '../db/test-db';

const state = vi.hoisted(() => ({ db: null as ModeratoDatabase | null, failRead: false }));
vi.mock('../../../lib/db/database', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../lib/db/database')>()),
  database: () => state.db!,
}));
// Storage unavailable: every read of the comments fails (IndexedDB closed, quota, a broken profile).
vi.mock('../../../lib/db/comments-store', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../lib/db/comments-store')>();
  const failed = () => Promise.reject(new Error('DatabaseClosedError'));
  return {
    ...real,
    commentsFirstSeenSinceCounted: (db: ModeratoDatabase, since: number) => (state.failRead ? failed() : real.commentsFirstSeenSinceCounted(db, since)),
  };
});
// happy-dom has no canvas; the charts are not what these tests read.
vi.mock('../../../components/stats/UPlotChart', () => ({ UPlotChart: () => null }));

const { StatsPage } = await import('../../../components/stats/StatsPage');

const MIN = 60_000;

function comment(id: string, postedAt: number, answeredAfterMin: number | null, pageName = 'Bäckerei', site: 'facebook' | 'x' = 'facebook', lastSeenAt = postedAt + 2 * MIN): TrackedComment {
  return TrackedCommentSchema.parse({
    key: `${site}:${id}`, site, id, parentId: null, author: { name: 'Anna', url: null }, text: 'Hallo',
    permalink: null, pageName, postedAt, timeSource: 'exact', firstSeenAt: postedAt + MIN, lastSeenAt,
    byOwner: false, answeredAt: answeredAfterMin === null ? null : postedAt + answeredAfterMin * MIN, handledAt: null,
    open: answeredAfterMin === null ? 1 : 0,
  });
}

const bakery = { site: 'facebook' as const, name: 'Bäckerei', url: 'https://www.facebook.com/baeckerei', pageId: '' };
const settle = async () => { for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0)); };
const figure = (host: HTMLElement, name: string) => host.querySelector(`[data-figure="${name}"]`)?.getAttribute('data-value');
const scopePages = (host: HTMLElement) => [...host.querySelectorAll('select[name="scope"] optgroup:last-of-type option')].map((o) => o.textContent!.trim());

let host: HTMLElement;
function show(lang: Lang = 'en') {
  useMessageTemplates(templates(lang));
  render(<StatsPage locale={lang} browserZone="UTC" />, host);
}
async function save(over: Partial<Settings>) {
  await saveSettings(state.db!, { ...defaultSettings(), ...over });
}

beforeEach(() => {
  state.db = freshDb();
  state.failRead = false;
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(() => {
  render(null, host);
  host.remove();
  useMessageTemplates({});
});

describe('statistics page: stored comments that cannot be read (audit 5)', () => {
  it('says so in an alert instead of "Loading…" for ever', async () => {
    state.failRead = true;
    show();
    await vi.waitFor(() => expect(host.querySelector('[role="alert"]')).not.toBeNull());
    expect(host.querySelector('[role="alert"]')!.textContent).toBe(templates('en').storageReadFailed);
    expect(host.querySelector('.loading')).toBeNull();
  });

  it('in German too', async () => {
    state.failRead = true;
    show('de');
    await vi.waitFor(() => expect(host.querySelector('[role="alert"]')?.textContent).toMatch(/konnten nicht gelesen werden/));
  });
});

describe('statistics page: a page removed from the settings (audit 6)', () => {
  async function removedPage() {
    await save({ pages: [bakery] });
    const posted = Date.now() - 5 * 60 * MIN;
    const rows = [
      comment('1', posted, 10),
      comment('2', posted, null, 'Alte Filiale'),
      comment('3', posted + MIN, null, 'Alte Filiale'),
      comment('4', posted + 2 * MIN, 20, 'Alte Filiale'),
    ];
    await state.db!.comments.bulkPut(rows);
    return rows;
  }

  it('does not count its waiting comments as "Unanswered past target", as the popup and toolbar do not', async () => {
    const rows = await removedPage();
    const settings = { ...defaultSettings(), pages: [bakery] };
    expect(overdueCount(rows, settings, Date.now())).toBe(0);
    expect(checklist(rows, settings, Date.now())).toHaveLength(0);

    show();
    await vi.waitFor(() => expect(figure(host, 'overdue')).toBe('0'));
    // Its answered comment still counts: that history is still true.
    expect(figure(host, 'answered')).toBe('2');
    const note = host.querySelector('[data-left-out="unwatched"]');
    expect(note?.textContent).toBe('Left out: 2 unanswered comments on pages no longer watched (removed from the settings, as in the checklist). Answered comments on those pages still count.');
  });

  it('marks the page in the scope list as no longer watched, and not the watched one', async () => {
    await removedPage();
    show();
    await vi.waitFor(() => expect(scopePages(host)).toHaveLength(2));
    expect(scopePages(host)).toEqual(['Facebook · \u2068Alte Filiale\u2069 (no longer watched)', 'Facebook · \u2068Bäckerei\u2069']);
  });

  it('says it in German with the singular form for one comment', async () => {
    await save({ pages: [bakery] });
    const posted = Date.now() - 5 * 60 * MIN;
    await state.db!.comments.bulkPut([comment('1', posted, 10), comment('2', posted, null, 'Alte Filiale'), comment('3', posted, 15, 'Alte Filiale')]);
    show('de');
    await vi.waitFor(() => expect(host.querySelector('[data-left-out="unwatched"]')).not.toBeNull());
    expect(host.querySelector('[data-left-out="unwatched"]')!.textContent).toMatch(/^Nicht gezählt: 1 unbeantworteter Kommentar auf einer Seite, die nicht mehr beobachtet wird/);
    expect(host.textContent).toContain('(nicht mehr beobachtet)');
  });
});

describe('statistics page: business hours (audit 7)', () => {
  it('says the target and the charts are in business hours', async () => {
    await save({ businessHoursSites: ['facebook', 'x'] });
    await state.db!.comments.bulkPut([comment('1', Date.now() - 3 * 24 * 60 * MIN, 30)]);
    show();
    await vi.waitFor(() => expect(figure(host, 'median')).not.toBeUndefined());
    expect(host.querySelector('.period .target')!.textContent).toMatch(/^Target: first answer within .+ \(business hours\)\.$/);
    for (const h of host.querySelectorAll('.chart-figure h2')) expect(h.textContent).toMatch(/\(business hours\)$/);
    for (const c of host.querySelectorAll('.chart-figure .caption')) expect(c.textContent).toMatch(/\(business hours\)$/);
    expect(host.querySelector('#figures-heading')!.textContent).toBe('Summary (business hours)');
  });

  it('names the site when only one of the sites in scope counts business hours, in German', async () => {
    await save({ businessHoursSites: ['x'] });
    const posted = Date.now() - 3 * 60 * MIN;
    await state.db!.comments.bulkPut([comment('1', posted, 30), comment('2', posted, 20, 'shop', 'x')]);
    show('de');
    await vi.waitFor(() => expect(figure(host, 'median')).not.toBeUndefined());
    expect(host.querySelector('.period .target')!.textContent).toContain('(X: Geschäftszeit)');
  });

  it('adds nothing without business hours', async () => {
    await state.db!.comments.bulkPut([comment('1', Date.now() - 3 * 60 * MIN, 30)]);
    show();
    await vi.waitFor(() => expect(figure(host, 'median')).not.toBeUndefined());
    expect(host.textContent).not.toMatch(/business hours/i);
  });
});

describe('statistics page: the target line', () => {
  it('ends with one full stop after an abbreviated unit ("1 Std.", not "1 Std..")', async () => {
    await state.db!.comments.bulkPut([comment('1', Date.now() - 3 * 60 * MIN, 30)]);
    show('de');
    await vi.waitFor(() => expect(figure(host, 'median')).not.toBeUndefined());
    expect(host.querySelector('.period .target')!.textContent).toBe('Ziel: erste Antwort innerhalb von 1 Std.');
  });
});

describe('statistics page: comments are judged by the target they were written under', () => {
  it('says nothing of changes while the target never changed', async () => {
    await state.db!.comments.bulkPut([comment('1', Date.now() - 3 * 60 * MIN, 30)]);
    show();
    await vi.waitFor(() => expect(figure(host, 'median')).not.toBeUndefined());
    expect(host.querySelector('.target-changed')).toBeNull();
  });

  it('keeps last week\'s answers within a 60-minute target after the team tightens it to 15', async () => {
    const day = 24 * 60 * MIN;
    // A week ago, answered after 30 minutes under the 60-minute target; yesterday, the target became 15.
    await save({ pages: [bakery], targetMinutes: 60 });
    await saveSettings(state.db!, { ...defaultSettings(), pages: [bakery], targetMinutes: 15 }, Date.now() - day);
    await state.db!.comments.bulkPut([comment('1', Date.now() - 7 * day, 30), comment('2', Date.now() - 3 * 60 * MIN, 30)]);
    show();
    await vi.waitFor(() => expect(figure(host, 'median')).not.toBeUndefined());
    // The older answer was within the target of its day, the newer one missed today's.
    expect(figure(host, 'within')).toBe('0.5');
    expect(host.querySelector('.period .target')!.textContent).toContain('15 min');
    expect(host.querySelector('.target-changed')!.textContent).toMatch(/^The target changed on .+: comments from before that are judged by the target in force when they were written\.$/);
  });
});

describe('statistics page: one page whatever the case of its name (audit 9)', () => {
  it('lists one X account once, under its newest spelling, with all its comments', async () => {
    await save({ pages: [{ site: 'x', name: '@baeckerei', url: 'https://x.com/baeckerei', pageId: '' }] });
    const posted = Date.now() - 3 * 60 * MIN;
    await state.db!.comments.bulkPut([
      comment('1', posted, 10, 'Baeckerei', 'x', posted + 30 * MIN),
      comment('2', posted, 20, 'baeckerei', 'x', posted + 10 * MIN),
    ]);
    show();
    await vi.waitFor(() => expect(host.querySelector('select[name="scope"]')).not.toBeNull());
    expect(scopePages(host)).toEqual(['X · \u2068Baeckerei\u2069']);
    const select = host.querySelector<HTMLSelectElement>('select[name="scope"]')!;
    select.value = select.querySelector('optgroup:last-of-type option')!.getAttribute('value')!;
    select.dispatchEvent(new Event('change'));
    await settle();
    expect(figure(host, 'answered')).toBe('2');
  });
});

describe('statistics page: unreadable stored rows (audit 10)', () => {
  it('says how many stored comments could not be read', async () => {
    const posted = Date.now() - 3 * 60 * MIN;
    await state.db!.comments.bulkPut([
      comment('1', posted, 10),
      { ...comment('2', posted, 5), postedAt: 'gestern' } as unknown as TrackedComment,
      { ...comment('3', posted, 5), key: 'instagram:3', site: 'instagram' } as unknown as TrackedComment,
    ]);
    show();
    await vi.waitFor(() => expect(figure(host, 'answered')).toBe('1'));
    expect(host.querySelector('[data-left-out="unreadable"]')?.textContent).toBe('2 stored comments could not be read and are not counted.');
  });

  it('in German, singular', async () => {
    const posted = Date.now() - 3 * 60 * MIN;
    await state.db!.comments.bulkPut([comment('1', posted, 10), { ...comment('2', posted, 5), postedAt: 'gestern' } as unknown as TrackedComment]);
    show('de');
    await vi.waitFor(() => expect(host.querySelector('[data-left-out="unreadable"]')).not.toBeNull());
    expect(host.querySelector('[data-left-out="unreadable"]')!.textContent).toBe('1 gespeicherter Kommentar konnte nicht gelesen werden und ist nicht gezählt.');
  });

  it('says nothing when every row is readable', async () => {
    await state.db!.comments.bulkPut([comment('1', Date.now() - 3 * 60 * MIN, 10)]);
    show();
    await vi.waitFor(() => expect(figure(host, 'answered')).toBe('1'));
    expect(host.querySelector('.left-out')).toBeNull();
  });
});
