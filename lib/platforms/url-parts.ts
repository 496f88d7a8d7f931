/**
 * A link's parts, read without `new URL`: extraction reads three links per comment, and URL parsing
 * was the single largest cost of reading a comment in the benchmark. Only http(s) addresses and
 * site-relative paths are accepted; anything else (javascript:, data:) is refused.
 */
export interface UrlParts {
  origin: string;
  path: string;
  params: Array<[string, string]>;
}

const ABSOLUTE = /^(https?):\/\/([^/?#\s]+)([^?#]*)(\?[^#]*)?/i;
const RELATIVE = /^(\/[^?#]*)(\?[^#]*)?/;

const decode = (s: string): string => {
  if (s.indexOf('%') < 0 && s.indexOf('+') < 0) return s;
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
};

/** Origin and path alone, for callers that never look at the query (X reads a handful of links per post). */
export function urlPath(href: string, baseOrigin: string): { origin: string; path: string; query: string | undefined } | null {
  const value = href.trim();
  const abs = ABSOLUTE.exec(value);
  if (abs) return { origin: `${abs[1]!.toLowerCase()}://${abs[2]!.toLowerCase()}`, path: abs[3] || '/', query: abs[4] };
  const rel = RELATIVE.exec(value);
  if (!rel || value.startsWith('//')) return null;
  return { origin: baseOrigin, path: rel[1]!, query: rel[2] };
}

export function urlParts(href: string, baseOrigin: string): UrlParts | null {
  const located = urlPath(href, baseOrigin);
  if (!located) return null;
  const { origin, path, query } = located;
  const params: Array<[string, string]> = [];
  if (query && query.length > 1) {
    for (const pair of query.slice(1).split('&')) {
      if (!pair) continue;
      const eq = pair.indexOf('=');
      params.push(eq < 0 ? [decode(pair), ''] : [decode(pair.slice(0, eq)), decode(pair.slice(eq + 1))]);
    }
  }
  return { origin, path, params };
}

export const param = (parts: UrlParts, name: string): string | null => parts.params.find(([k]) => k === name)?.[1] ?? null;

export function formatUrl(parts: UrlParts): string {
  const query = parts.params.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
  return `${parts.origin}${parts.path}${query ? `?${query}` : ''}`;
}
