import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';

/**
 * Firefox wants a fixed add-on id (IndexedDB and the team's data stay with it across reinstalls) and, for
 * new add-ons on addons.mozilla.org, a declaration of the data the add-on sends away: none. Firefox shows
 * that declaration at install, from version 140 (Android 142) on. WXT's manifest type predates the key.
 */
const FIREFOX_SETTINGS = {
  gecko: { id: 'moderato@moderato-extension', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } } as { id: string; strict_min_version: string },
  gecko_android: { strict_min_version: '142.0' },
};

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
    // `notifications` for the optional reminders (off by default); it carries no install warning.
    permissions: ['alarms', 'notifications'],
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox' ? { browser_specific_settings: FIREFOX_SETTINGS } : {}),
  }),
  // MODERATO_PROFILE=1 keeps names readable in CPU profiles (see scripts/bench).
  hooks: {
    // The corpora the netiquette classifier learnt from require their attribution to travel with it.
    'build:publicAssets': (_wxt, files) => {
      files.push({ absoluteSrc: resolve('NOTICE.md'), relativeDest: 'NOTICE.md' });
    },
  },
  // No modulepreload polyfill: every browser the extension runs in has modulepreload, and the polyfill, shared by
  // all pages, was a chunk of its own that the popup's first paint had to fetch before it could run.
  // Schema definitions (zod's `z.*` and the models' `str` helper) have no side effects: a bundle keeps the
  // schemas it uses and drops the rest, which content scripts otherwise built in every page they run in.
  vite: () => ({ plugins: [preact()], build: { minify: process.env.MODERATO_PROFILE !== '1', modulePreload: { polyfill: false }, rollupOptions: { treeshake: { manualPureFunctions: ['z', 'str'] } } } }),
});
