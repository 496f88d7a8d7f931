/**
 * A stable key for a comment author: the profile address where the page shows one (names are not
 * unique), else the display name, lower-cased. Query strings and trailing slashes are dropped so the
 * same profile linked from two places is one author, except Facebook's profile.php?id=….
 */
export function authorKeyOf(site: string, author: { name: string; url: string | null }): string {
  const url = author.url?.trim();
  if (url) {
    const m = /^https?:\/\/([^/?#]+)([^?#]*)(\?[^#]*)?/i.exec(url);
    if (m) {
      const host = m[1]!.toLowerCase().replace(/^(www|m|mobile)\./, '');
      const path = m[2]!.replace(/\/+$/, '').toLowerCase();
      const id = path.endsWith('profile.php') ? /[?&]id=(\d+)/.exec(m[3] ?? '')?.[1] : undefined;
      return `${site}:${host}${path}${id ? `?id=${id}` : ''}`;
    }
    return `${site}:${url.toLowerCase()}`;
  }
  return `${site}:name:${author.name.trim().replace(/\s+/g, ' ').toLowerCase()}`;
}
