/**
 * Builds the overlay modules (entrypoints/overlays/<site>.ts) as ES modules into <outDir>/content-modules,
 * after WXT's own build: WXT bundles content scripts only as classic scripts, which Chromium compiles in
 * a task of the host page (see lib/overlay/load-overlay.ts). Each site's module is self-contained: a tab
 * only ever loads one of them, so a shared chunk would be one more file to fetch for nothing.
 */
import { resolve } from 'node:path';
import { build, type PluginOption } from 'vite';
import { SITE_MATCHES, type OverlaySite } from '../lib/platforms/hosts';

export interface OverlayBuildOptions {
  root: string;
  outDir: string;
  minify: boolean;
  plugins: PluginOption[];
  /** Functions whose calls have no side effects (see wxt.config.ts). */
  pure: string[];
  /** Compile-time constants (see wxt.config.ts). */
  define?: Record<string, string>;
  /** Rebuild on every change (`npm run dev`: WXT's rebuilds do not call build:done again). */
  watch?: boolean;
}

export async function buildOverlays({ root, outDir, minify, plugins, pure, define = {}, watch = false }: OverlayBuildOptions): Promise<void> {
  for (const site of Object.keys(SITE_MATCHES) as OverlaySite[]) {
    await build({
      configFile: false,
      root,
      logLevel: 'warn',
      publicDir: false,
      plugins,
      define,
      // As in WXT's own build (@wxt-dev/webextension-polyfill): `browser` is the promise-based polyfill.
      resolve: { alias: { 'wxt/browser': '@wxt-dev/webextension-polyfill/browser' } },
      build: {
        outDir: resolve(outDir, 'content-modules'),
        emptyOutDir: false,
        minify,
        copyPublicDir: false,
        modulePreload: false,
        watch: watch ? {} : null,
        // An application build with one input, not library mode: library mode keeps the whitespace of ES output.
        rollupOptions: {
          input: resolve(root, 'entrypoints/overlays', `${site}.ts`),
          // Without it Rollup drops the entry's exports: an application entry is not expected to have any.
          preserveEntrySignatures: 'exports-only',
          output: { format: 'es', entryFileNames: `${site}.js`, inlineDynamicImports: true },
          treeshake: { manualPureFunctions: pure },
        },
      },
    });
  }
}
