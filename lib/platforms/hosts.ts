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
