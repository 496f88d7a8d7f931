/**
 * The addresses each site's content script runs on. The manifest's content scripts and the overlay
 * modules' web-accessible resources (wxt.config.ts) must name the same hosts, so both read them here.
 */
export const SITE_MATCHES = {
  facebook: ['*://*.facebook.com/*'],
  x: ['*://x.com/*', '*://*.x.com/*', '*://twitter.com/*', '*://*.twitter.com/*'],
} as const satisfies Record<string, readonly string[]>;

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
  const onSite = Object.values(SITE_MATCHES).some((patterns) =>
    patterns.some((pattern) => {
      const wanted = pattern.slice(pattern.indexOf('://') + 3, pattern.indexOf('/', pattern.indexOf('://') + 3));
      return wanted.startsWith('*.') ? host === wanted.slice(2) || host.endsWith(wanted.slice(1)) : host === wanted;
    }),
  );
  return onSite ? url.href : null;
}
