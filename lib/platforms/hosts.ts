/**
 * The addresses each site's content script runs on. The manifest's content scripts and the overlay
 * modules' web-accessible resources (wxt.config.ts) must name the same hosts, so both read them here.
 * Only https, and only the hosts that serve the pages the adapters read: not every subdomain (m., mbasic.,
 * business.facebook.com, pro.x.com have other markup; the rest serve no pages), and not plain http, which
 * both sites redirect. What the extension is granted at installation is this list and nothing more.
 */
export const SITE_MATCHES = {
  facebook: ['https://www.facebook.com/*', 'https://web.facebook.com/*'],
  x: ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.x.com/*', 'https://mobile.twitter.com/*'],
} as const satisfies Record<string, readonly string[]>;

/** The sites' domains: a stored link may point to any of their hosts (see siteLink). */
const SITE_DOMAINS = ['facebook.com', 'x.com', 'twitter.com'];

export type OverlaySite = keyof typeof SITE_MATCHES;

/** Where a site's overlay module lands in the built extension (see wxt.config.ts). */
export const overlayModulePath = (site: OverlaySite): string => `/content-modules/${site}.js`;

/**
 * A stored comment's link, if it is safe to open: https on one of the sites. The link was read off a page,
 * and the popup and reminders open it in a new tab; anything else (another host, http, a script URL from
 * a page layout gone wrong or an old row) opens nothing.
 */
export function siteLink(link: unknown): string | null {
  if (typeof link !== 'string') return null;
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:') return null;
  const host = url.hostname.toLowerCase();
  const onSite = SITE_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`));
  return onSite ? url.href : null;
}
