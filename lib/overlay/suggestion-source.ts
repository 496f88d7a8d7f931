import type { ObservedComment } from '../models/comment';
import type { SuggestItem, Suggestion } from '../models/messages';
import { fetchSuggestions, templateUsed } from './background-client';

/** What the badge asks for suggestions; injected so the views stay free of messaging. */
export interface SuggestionSource {
  /** The best templates for this comment, filled; null when the background could not answer. */
  forComment(observed: ObservedComment): Promise<Suggestion[] | null>;
  used(templateId: string): Promise<void>;
}

/** The page's one source; only the overlay, not the views, knows when its answers went stale. */
export interface CachingSuggestionSource extends SuggestionSource {
  /** For when the agent's settings or templates change: answers kept or still on their way are filled from the old ones. */
  invalidate(): void;
}

/** Templates can change in another tab without a message reaching this one; ten minutes bounds that. */
const MAX_AGE_MS = 10 * 60_000;

/** A filled {{date}} is right only on the local day it was asked for. */
function expiryOf(askedAt: number): number {
  const midnight = new Date(askedAt);
  midnight.setHours(24, 0, 0, 0);
  return Math.min(askedAt + MAX_AGE_MS, midnight.getTime());
}

const itemOf = (o: ObservedComment): SuggestItem => ({
  key: `${o.site}:${o.id}`,
  text: o.text.slice(0, 20_000),
  authorName: o.author.name.slice(0, 300),
  pageName: o.pageName.slice(0, 200),
});

/**
 * Suggestions are asked for only when a badge's suggestions are opened, never for every comment on
 * the page. Requests made in the same moment (e.g. the shortcut on several comments) go in one
 * message; answers are kept per comment and text, so reopening costs nothing, but only until the
 * agent's settings or templates change, ten minutes pass or the local day ends: they hold filled-in
 * names and dates.
 */
export function createSuggestionSource(fetch = fetchSuggestions, count = templateUsed): CachingSuggestionSource {
  const cache = new Map<string, { list: Suggestion[]; expires: number }>();
  // An answer asked for before invalidate() may be filled from the old settings: it is handed out once, never kept.
  let generation = 0;
  let queue: { item: SuggestItem; resolve: (list: Suggestion[] | null) => void }[] = [];
  const cacheKey = (item: SuggestItem) => `${item.key}\u0000${item.text}`;

  const flush = async () => {
    const batch = queue;
    queue = [];
    const askedIn = generation;
    const expires = expiryOf(Date.now());
    const answer = await fetch(batch.map((b) => b.item));
    for (const b of batch) {
      const list = answer ? (answer.get(b.item.key) ?? []) : null;
      if (list && askedIn === generation) cache.set(cacheKey(b.item), { list, expires });
      b.resolve(list);
    }
  };

  return {
    forComment(observed) {
      const item = itemOf(observed);
      const key = cacheKey(item);
      const hit = cache.get(key);
      if (hit && Date.now() < hit.expires) return Promise.resolve(hit.list);
      if (hit) cache.delete(key);
      return new Promise((resolve) => {
        if (queue.length === 0) queueMicrotask(() => void flush());
        queue.push({ item, resolve });
      });
    },
    used: count,
    invalidate() {
      cache.clear();
      generation++;
    },
  };
}
