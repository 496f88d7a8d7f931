import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ModeratoDatabase } from '../../../lib/db/database';
import { TrackedCommentSchema, type TrackedComment } from '../../../lib/models/comment';
import { freshDb } from '../db/test-db';

const state = vi.hoisted(() => ({ db: null as ModeratoDatabase | null }));
vi.mock('../../../lib/db/database', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../lib/db/database')>()),
  database: () => state.db!,
}));
// happy-dom has no canvas; the charts are not what this test reads.
vi.mock('../../../components/stats/UPlotChart', () => ({ UPlotChart: () => null }));

const { StatsPage } = await import('../../../components/stats/StatsPage');

const MIN = 60_000;

function comment(id: string, postedAt: number, answeredAfterMin: number): TrackedComment {
  return TrackedCommentSchema.parse({
    key: `facebook:${id}`, site: 'facebook', id, parentId: null, author: { name: 'Anna', url: null }, text: 'Hallo',
    permalink: null, pageName: 'Bäckerei', postedAt, timeSource: 'exact', firstSeenAt: postedAt + MIN, lastSeenAt: postedAt + 2 * MIN,
    byOwner: false, answeredAt: postedAt + answeredAfterMin * MIN, handledAt: null, open: 0,
  });
}

let host: HTMLElement;
beforeEach(() => {
  state.db = freshDb();
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(() => {
  render(null, host);
  host.remove();
});

describe('the statistics page’s read of the stored comments', () => {
  it('counts the readable comments and skips rows it cannot read, instead of failing as a whole', async () => {
    const posted = Date.now() - 3 * 60 * MIN;
    const good = [comment('1', posted, 10), comment('2', posted + MIN, 30)];
    // A newer version's site, and a posting time stored as text: neither fits the schema.
    const bad = [
      { ...comment('3', posted, 5), key: 'instagram:3', site: 'instagram' },
      { ...comment('4', posted, 5), postedAt: 'gestern' },
    ];
    await state.db!.comments.bulkPut([...good, ...bad] as TrackedComment[]);

    render(<StatsPage locale="en" browserZone="UTC" />, host);
    await vi.waitFor(() => expect(host.querySelector('[data-figure="answered"]')).not.toBeNull());
    const value = (name: string) => host.querySelector(`[data-figure="${name}"]`)!.getAttribute('data-value');
    expect(value('answered')).toBe('2');
    expect(value('median')).toBe('20');
  });
});
