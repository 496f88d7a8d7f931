import { pageKey } from '../models/light-check';
import type { OwnPage, Settings } from '../models/settings';
import { pageKeyOf } from '../platforms/facebook/page-match';
import { handleOfPage } from '../platforms/x/page-match';
import type { ModeratoDatabase } from './database';

/*
 * Stored comments carry the configured page name they were seen under, and the checklist, the toolbar
 * count and the reminders match them to the configured pages by that name (lib/comments/watched-pages.ts).
 * A page that keeps its address but gets a new name (Facebook renamed it, a typo fixed) would otherwise
 * lose its waiting comments from all of them until they were seen again.
 */

export interface PageRename {
  site: OwnPage['site'];
  from: string;
  to: string;
}

/** Which page an entry is apart from its name: its Facebook vanity and id, or its X handle; null where the address names none. */
function addressOf(page: OwnPage): string | null {
  if (page.site === 'x') {
    const handle = handleOfPage(page);
    return handle === null ? null : `x:${handle}`;
  }
  const key = pageKeyOf(page);
  return key.vanity === null && key.pageId === null ? null : `facebook:${key.vanity ?? ''}:${key.pageId ?? ''}`;
}

function byAddress(pages: readonly OwnPage[]): Map<string, OwnPage[]> {
  const out = new Map<string, OwnPage[]>();
  for (const page of pages) {
    const address = addressOf(page);
    if (address !== null) out.set(address, [...(out.get(address) ?? []), page]);
  }
  return out;
}

/**
 * The pages whose name changed while their address stayed. Only an unambiguous pair is a rename: where two
 * entries share an address, where the old name is still configured (its comments are still that entry's),
 * or where the new name was another page's (two pages' comments would become one), nothing is renamed.
 */
export function pageRenames(before: Settings, after: Settings): PageRename[] {
  const namesBefore = new Set(before.pages.map((p) => pageKey(p.site, p.name)));
  const namesAfter = new Set(after.pages.map((p) => pageKey(p.site, p.name)));
  const now = byAddress(after.pages);
  const renames: PageRename[] = [];
  for (const [address, was] of byAddress(before.pages)) {
    const is = now.get(address);
    if (was.length !== 1 || is?.length !== 1) continue;
    const [old, renamed] = [was[0]!, is[0]!];
    const from = pageKey(old.site, old.name);
    const to = pageKey(renamed.site, renamed.name);
    if (from === to || namesAfter.has(from) || namesBefore.has(to)) continue;
    renames.push({ site: old.site, from: old.name, to: renamed.name });
  }
  return renames;
}

/**
 * Moves the stored comments of each renamed page (see pageRenames) to its new name. Opens its own
 * transaction over the comments, so that inside a caller's transaction (which must then include the
 * comments table) the renaming is committed or undone with the settings that caused it.
 */
export async function renamePageComments(db: ModeratoDatabase, before: Settings, after: Settings): Promise<number> {
  const renames = pageRenames(before, after);
  if (renames.length === 0) return 0;
  return db.transaction('rw', db.comments, async () => {
    let moved = 0;
    // No name is both a `from` and a `to` (pageRenames), so the order of the renames does not matter.
    for (const { site, from, to } of renames) {
      const key = pageKey(site, from);
      moved += await db.comments
        .where('site')
        .equals(site)
        .filter((c) => typeof c.pageName === 'string' && pageKey(c.site, c.pageName) === key)
        .modify({ pageName: to });
    }
    return moved;
  });
}
