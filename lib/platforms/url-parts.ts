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
  if (abs) return { origin: `${abs[1]!}://${abs[2]!}`.toLowerCase(), path: abs[3] || '/', query: abs[4] };
  const rel = RELATIVE.exec(value);
  if (!rel || value.startsWith('//')) return null;
  return { origin: baseOrigin, path: rel[1]!, query: rel[2] };
}

/**
 * `keep`, when given, decides by decoded name which parameters are kept: the others' values are never
 * decoded or copied (Facebook's tracking values are long, and most readers want two or three names).
 */
export function urlParts(href: string, baseOrigin: string, keep?: (name: string) => boolean): UrlParts | null {
  const located = urlPath(href, baseOrigin);
  if (!located) return null;
  const { origin, path, query } = located;
  return { origin, path, params: query && query.length > 1 ? paramsOf(query, keep) : [] };
}

/** `?a=1&b` as pairs, read with indexOf rather than split: no array of pieces to throw away. */
function paramsOf(query: string, keep: ((name: string) => boolean) | undefined): Array<[string, string]> {
  const params: Array<[string, string]> = [];
  const end = query.length;
  for (let start = 1; start < end; ) {
    let stop = query.indexOf('&', start);
    if (stop < 0) stop = end;
    if (stop > start) {
      const eq = query.indexOf('=', start);
      const hasValue = eq >= 0 && eq < stop;
      const name = decode(query.slice(start, hasValue ? eq : stop));
      if (!keep || keep(name)) params.push([name, hasValue ? decode(query.slice(eq + 1, stop)) : '']);
    }
    start = stop + 1;
  }
  return params;
}

export function param(parts: UrlParts, name: string): string | null {
  const { params } = parts;
  for (let i = 0; i < params.length; i++) if (params[i]![0] === name) return params[i]![1];
  return null;
}

export function formatUrl(parts: UrlParts): string {
  const { params } = parts;
  let query = '';
  for (let i = 0; i < params.length; i++) {
    const [k, v] = params[i]!;
    query += `${i ? '&' : '?'}${encodeURIComponent(k)}=${encodeURIComponent(v)}`;
  }
  return parts.origin + parts.path + query;
}
