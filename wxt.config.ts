import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import { buildOverlays } from './scripts/build-overlays';
import { SITE_MATCHES } from './lib/platforms/hosts';

/**
 * Firefox wants a fixed add-on id (IndexedDB and the team's data stay with it across reinstalls) and, for
 * new add-ons on addons.mozilla.org, a declaration of the data the add-on sends away: none. Firefox shows
 * that declaration at install, from version 140 (Android 142) on. WXT's manifest type predates the key.
 */
const FIREFOX_SETTINGS = {
  gecko: { id: 'moderato@moderato-extension', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } } as { id: string; strict_min_version: string },
  gecko_android: { strict_min_version: '142.0' },
};

// MODERATO_PROFILE=1 keeps names readable in CPU profiles (see scripts/bench).
const PROFILE = process.env.MODERATO_PROFILE === '1';
const PURE = ['z', 'str'];
// MODERATO_OPEN_SHADOW=1 only for the browser tests' build (lib/overlay/shadow-mode.ts); users get closed roots.
const DEFINE = { __MODERATO_OPEN_SHADOW__: JSON.stringify(process.env.MODERATO_OPEN_SHADOW === '1') };

// Permissions stay minimal: IndexedDB needs none, the toolbar count needs `alarms` to refresh while the
// service worker sleeps, and host access is limited to the two sites Moderato overlays.
export default defineConfig({
  // A second build directory lets a parallel test run build without touching .output.
  outDir: process.env.MODERATO_OUT ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // `notifications` for the optional reminders (off by default). Chromium names it at installation
    // ("Display notifications"). As an optional permission it would need a prompt at run time, which
    // headless Chromium leaves pending for ever, so the reminders could not be tested in the real browser.
    permissions: ['alarms', 'notifications'],
    // The overlay modules the content scripts import (lib/overlay/load-overlay.ts), only on the sites they
    // run on. In Chromium behind an address that changes per session, so a page cannot probe for Moderato.
    web_accessible_resources: [{
      resources: ['content-modules/*.js'],
      matches: [...SITE_MATCHES.facebook, ...SITE_MATCHES.x],
      ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
    }],
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox' ? { browser_specific_settings: FIREFOX_SETTINGS } : {}),
  }),
  // The store's sources zip: what the build is made from, not what running the demo or the bench left behind.
  zip: { excludeSources: ['.output-*/**', 'demo-output/**', 'bench-output/**', 'tests/e2e/screenshots/**', 'tests/unit/_probe*/**'] },
  hooks: {
    // The content scripts are only the loaders of the overlay modules: they get the bare runtime, not the polyfill,
    // and a context that tells the host page nothing (lib/overlay/quiet-context.ts: WXT's posts the extension id).
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      const shims = [
        { find: 'wxt/browser', replacement: resolve('lib/overlay/loader-runtime.ts') },
        { find: 'wxt/utils/content-script-context', replacement: resolve('lib/overlay/quiet-context.ts') },
      ];
      const alias = config.resolve?.alias;
      config.resolve = { ...config.resolve, alias: Array.isArray(alias) ? [...shims, ...alias] : [...shims, ...Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement: replacement as string }))] };
    },
    'build:done': (wxt) => buildOverlays({ root: wxt.config.root, outDir: wxt.config.outDir, minify: !PROFILE, plugins: [preact()], pure: PURE, define: DEFINE }),
    'server:started': (wxt) => buildOverlays({ root: wxt.config.root, outDir: wxt.config.outDir, minify: false, plugins: [preact()], pure: PURE, define: DEFINE, watch: true }),
    // The corpora the netiquette classifier learnt from require their attribution to travel with it.
    'build:publicAssets': (_wxt, files) => {
      files.push({ absoluteSrc: resolve('NOTICE.md'), relativeDest: 'NOTICE.md' });
    },
  },
  // No modulepreload polyfill: every browser the extension runs in has modulepreload, and the polyfill, shared by
  // all pages, was a chunk of its own that the popup's first paint had to fetch before it could run.
  // Schema definitions (zod's `z.*` and the models' `str` helper) have no side effects: a bundle keeps the
  // schemas it uses and drops the rest, which content scripts otherwise built in every page they run in.
  vite: () => ({ plugins: [preact()], define: DEFINE, build: { minify: !PROFILE, modulePreload: { polyfill: false }, rollupOptions: { treeshake: { manualPureFunctions: PURE } } } }),
});
