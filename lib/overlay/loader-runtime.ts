/**
 * `wxt/browser` inside the content-script loaders only (wxt.config.ts). WXT's context reads nothing but
 * `runtime.id` from it, and setting up the promise polyfill (its API table and proxies) took a good part
 * of the loader's task in the host page. The overlay module it imports keeps the polyfill.
 */
export const browser = (globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome;
