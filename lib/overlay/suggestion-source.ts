import type { ObservedComment } from '../models/comment';
import type { SuggestItem, Suggestion } from '../models/messages';
import { fetchSuggestions, templateUsed } from './background-client';

/** What the badge asks for suggestions; injected so the views stay free of messaging. */
export interface SuggestionSource {
  /** The best templates for this comment, filled; null when the background could not answer. */
  forComment(observed: ObservedComment): Promise<Suggestion[] | null>;
  used(templateId: string): Promise<void>;
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
 * message; answers are kept per comment and text, so reopening costs nothing.
 */
export function createSuggestionSource(fetch = fetchSuggestions, count = templateUsed): SuggestionSource {
  const cache = new Map<string, Suggestion[]>();
  let queue: { item: SuggestItem; resolve: (list: Suggestion[] | null) => void }[] = [];
  const cacheKey = (item: SuggestItem) => `${item.key}\u0000${item.text}`;

  const flush = async () => {
    const batch = queue;
    queue = [];
    const answer = await fetch(batch.map((b) => b.item));
    for (const b of batch) {
      const list = answer ? (answer.get(b.item.key) ?? []) : null;
      if (list) cache.set(cacheKey(b.item), list);
      b.resolve(list);
    }
  };

  return {
    forComment(observed) {
      const item = itemOf(observed);
      const hit = cache.get(cacheKey(item));
      if (hit) return Promise.resolve(hit);
      return new Promise((resolve) => {
        if (queue.length === 0) queueMicrotask(() => void flush());
        queue.push({ item, resolve });
      });
    },
    used: count,
  };
}
