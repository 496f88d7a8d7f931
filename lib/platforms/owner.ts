import type { OwnPage } from '../models/settings';

/**
 * What an adapter knows the company by on one site: names and addresses both (on X the handle may sit in
 * either), and the Page's numeric id where the settings hold one (a Facebook Page may link itself by it).
 */
export function ownerEntries(pages: readonly OwnPage[], site: OwnPage['site']): string[] {
  return pages.filter((p) => p.site === site).flatMap((p) => (p.pageId ? [p.name, p.url, p.pageId] : [p.name, p.url]));
}

/** Names compare without case, accents in decomposed form, or surrounding "@". */
export function normaliseName(name: string): string {
  return name.normalize('NFKC').trim().replace(/^@/, '').replace(/\s+/g, ' ').toLowerCase();
}

// Every comment asks whether its author is the company: the owners' names are normalised once per
// list, and an author's name once per page (a thousand comments come from a few hundred people).
const ownerSets = new WeakMap<readonly string[], Set<string>>();
const normalised = new Map<string, string>();

function normalisedOnce(name: string): string {
  let n = normalised.get(name);
  if (n === undefined) {
    if (normalised.size > 5000) normalised.clear();
    n = normaliseName(name);
    normalised.set(name, n);
  }
  return n;
}

export function isOwnerName(name: string, ownerNames: readonly string[]): boolean {
  let owners = ownerSets.get(ownerNames);
  if (!owners) {
    owners = new Set(ownerNames.map(normaliseName).filter((o) => o.length > 0));
    ownerSets.set(ownerNames, owners);
  }
  if (owners.size === 0) return false;
  const n = normalisedOnce(name);
  return n.length > 0 && owners.has(n);
}
