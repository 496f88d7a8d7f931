import type { Site } from '../models/comment';
import { pageKey } from '../models/light-check';

/**
 * Whether a comment belongs to a page the team still watches. A removed page is no longer annotated, so
 * its waiting comments would never be seen answered: listed, counted and reminded of for ever. They stay
 * stored (statistics, notes) and come back to the checklist if the page is added again.
 */
export function watchedPages(pages: readonly { site: Site; name: string }[]): (c: { site: Site; pageName: string }) => boolean {
  const keys = new Set(pages.map((p) => pageKey(p.site, p.name)));
  return (c) => keys.has(pageKey(c.site, c.pageName));
}
