import type { OwnPage } from '../../models/settings';

const FACEBOOK_HOST = /(^|\.)facebook\.com$/i;
/** Paths that are Facebook's own, never a page's vanity name. */
const RESERVED = new Set(['permalink.php', 'story.php', 'profile.php', 'photo', 'photo.php', 'watch', 'groups', 'pages', 'people', 'events', 'marketplace', 'login', 'settings', 'notifications', 'messages', 'search', 'home.php', 'reel', 'stories']);

export interface FacebookPageKey {
  vanity: string | null;
  pageId: string | null;
}

/** Reads a configured page address: a vanity path (facebook.com/ShopExample) or profile.php?id=…. */
export function pageKeyOf(page: OwnPage): FacebookPageKey {
  const key: FacebookPageKey = { vanity: null, pageId: page.pageId || null };
  let url: URL;
  try {
    // People paste 'facebook.com/Shop' or 'www.facebook.com/Shop' as often as a full address.
    const path = page.url.trim().replace(/^(?:https?:\/\/)?(?:[\w-]+\.)*facebook\.com(?=\/|$)/i, '');
    url = new URL(/^https?:\/\//i.test(path) ? path : `https://www.facebook.com/${path.replace(/^\/+/, '')}`);
  } catch {
    return key;
  }
  const first = url.pathname.split('/').filter(Boolean)[0];
  if (first === 'profile.php') key.pageId = url.searchParams.get('id') ?? key.pageId;
  else if (first === 'people' || first === 'pages') key.vanity = url.pathname.split('/').filter(Boolean)[1]?.toLowerCase() ?? null;
  else if (first && !RESERVED.has(first)) key.vanity = first.toLowerCase();
  return key;
}

/** The configured own page this Facebook address belongs to, or null: everything else stays untouched. */
export function facebookOwnPage(url: URL, pages: readonly OwnPage[]): OwnPage | null {
  if (!FACEBOOK_HOST.test(url.hostname)) return null;
  const segments = url.pathname.split('/').filter(Boolean);
  const first = segments[0]?.toLowerCase() ?? '';
  const vanity = first === 'people' || first === 'pages' ? segments[1]?.toLowerCase() ?? '' : first;
  const idParam = url.searchParams.get('id');
  for (const page of pages) {
    if (page.site !== 'facebook') continue;
    const key = pageKeyOf(page);
    if (key.vanity && vanity === key.vanity) return page;
    if (key.pageId && idParam === key.pageId) return page;
  }
  return null;
}
