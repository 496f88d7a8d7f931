/**
 * Set by the build (wxt.config.ts, scripts/build-overlays.ts). Only the browser tests' build opens the
 * roots: Playwright and puppeteer find elements through open shadow roots only.
 */
declare const __MODERATO_OPEN_SHADOW__: boolean | undefined;

/**
 * Closed in the extension people install: a script of the host page gets `null` for a badge's
 * `shadowRoot`, so it can neither read team notes, claims and agent names nor click the badge's
 * buttons (events it dispatches on the host never reach inside).
 */
export const SHADOW_MODE: ShadowRootMode = typeof __MODERATO_OPEN_SHADOW__ === 'boolean' && __MODERATO_OPEN_SHADOW__ ? 'open' : 'closed';
