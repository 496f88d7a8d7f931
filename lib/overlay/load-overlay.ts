import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { overlayModulePath, type OverlaySite } from '../platforms/hosts';

/** What a site's overlay module (entrypoints/overlays/<site>.ts) exports. */
export interface OverlayModule {
  start(ctx: ContentScriptContext): Promise<void>;
}

interface RuntimeLike {
  runtime?: { getURL(path: string): string };
}

/**
 * The content script the manifest names is only this loader; the overlay itself is a module it imports.
 * Chromium compiles a manifest content script inside one task of the host page (22–58 ms on a first
 * visit to a page with the whole overlay in it), while an imported module is parsed off the page's main
 * thread and kept in the code cache. The module runs in this script's isolated world, with its `ctx`.
 * The runtime is read from the global, not through the polyfill, to keep the loader itself tiny.
 */
export async function loadOverlay(ctx: ContentScriptContext, site: OverlaySite): Promise<void> {
  const g = globalThis as { browser?: RuntimeLike; chrome?: RuntimeLike };
  const runtime = g.browser?.runtime ?? g.chrome?.runtime;
  if (!runtime || !ctx.isValid) return;
  try {
    // Starting the import is a few milliseconds of its own: a task apart from the loader's evaluation.
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (!ctx.isValid) return;
    const module = (await import(/* @vite-ignore */ runtime.getURL(overlayModulePath(site)))) as OverlayModule;
    if (ctx.isValid) await module.start(ctx);
  } catch {
    // An extension reloaded between the two steps, or a module that failed to load: the page must not see it.
  }
}
