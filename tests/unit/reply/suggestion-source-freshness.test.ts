import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ObservedComment } from '../../../lib/models/comment';
import type { SuggestItem, Suggestion } from '../../../lib/models/messages';
import { createSuggestionSource } from '../../../lib/overlay/suggestion-source';

const comment = (id: string, text: string): ObservedComment => ({
  site: 'facebook', id, text, author: { name: 'Tom Fischer', profileUrl: null }, pageName: 'Bäckerei Sonnenschein',
} as unknown as ObservedComment);

/** A background whose answers carry the agent name of the moment, as the filled templates do. */
function background() {
  const calls: SuggestItem[][] = [];
  let agent = '[[Ihr Name]]';
  const fetch = vi.fn(async (items: SuggestItem[]) => {
    calls.push(items);
    return new Map(items.map((i): [string, Suggestion[]] => [i.key, [{ topicId: 't', templateId: 'x', title: 'x', lang: 'de', score: 1, filled: `Viele Grüße\n${agent}` }]]));
  });
  return { fetch, calls, setAgent: (name: string) => { agent = name; } };
}

// Only the clock: the source batches requests in a microtask, which must still run.
beforeEach(() => vi.useFakeTimers({ toFake: ['Date'] }));
afterEach(() => vi.useRealTimers());

describe('suggestion source freshness', () => {
  it('asks again after invalidate(): a newly set agent name replaces the gap', async () => {
    vi.setSystemTime(new Date(2026, 2, 14, 10, 0));
    const bg = background();
    const source = createSuggestionSource(bg.fetch, async () => {});
    expect((await source.forComment(comment('1', 'Habt ihr Sonntag offen?')))![0]!.filled).toContain('[[Ihr Name]]');
    await source.forComment(comment('1', 'Habt ihr Sonntag offen?'));
    expect(bg.fetch).toHaveBeenCalledTimes(1);
    bg.setAgent('Maria');
    source.invalidate();
    expect((await source.forComment(comment('1', 'Habt ihr Sonntag offen?')))![0]!.filled).toContain('Maria');
    expect(bg.fetch).toHaveBeenCalledTimes(2);
  });

  it('asks again a day later', async () => {
    vi.setSystemTime(new Date(2026, 2, 14, 10, 0));
    const bg = background();
    const source = createSuggestionSource(bg.fetch, async () => {});
    await source.forComment(comment('1', 'x'));
    vi.setSystemTime(new Date(2026, 2, 15, 11, 0));
    await source.forComment(comment('1', 'x'));
    expect(bg.fetch).toHaveBeenCalledTimes(2);
  });

  it('keeps an answer for ten minutes at most', async () => {
    vi.setSystemTime(new Date(2026, 2, 14, 10, 0));
    const bg = background();
    const source = createSuggestionSource(bg.fetch, async () => {});
    await source.forComment(comment('1', 'x'));
    vi.setSystemTime(new Date(2026, 2, 14, 10, 9));
    await source.forComment(comment('1', 'x'));
    expect(bg.fetch).toHaveBeenCalledTimes(1);
    vi.setSystemTime(new Date(2026, 2, 14, 10, 11));
    await source.forComment(comment('1', 'x'));
    expect(bg.fetch).toHaveBeenCalledTimes(2);
  });

  it('never keeps an answer past local midnight, however recent', async () => {
    vi.setSystemTime(new Date(2026, 2, 14, 23, 58));
    const bg = background();
    const source = createSuggestionSource(bg.fetch, async () => {});
    await source.forComment(comment('1', 'x'));
    vi.setSystemTime(new Date(2026, 2, 15, 0, 1));
    await source.forComment(comment('1', 'x'));
    expect(bg.fetch).toHaveBeenCalledTimes(2);
  });

  it('hands out an answer that was on its way during invalidate(), but does not keep it', async () => {
    vi.setSystemTime(new Date(2026, 2, 14, 10, 0));
    let release!: () => void;
    const gate = new Promise<void>((r) => { release = r; });
    const bg = background();
    const slow = vi.fn(async (items: SuggestItem[]) => { await gate; return bg.fetch(items); });
    const source = createSuggestionSource(slow, async () => {});
    const first = source.forComment(comment('1', 'x'));
    await Promise.resolve();
    source.invalidate();
    release();
    expect(await first).toHaveLength(1);
    await source.forComment(comment('1', 'x'));
    expect(slow).toHaveBeenCalledTimes(2);
  });
});
