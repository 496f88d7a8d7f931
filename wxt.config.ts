import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';

// Permissions stay minimal: IndexedDB needs none, the toolbar count needs `alarms` to refresh while the
// service worker sleeps, and host access is limited to the two sites Moderato overlays.
export default defineConfig({
  // A second build directory lets a parallel test run build without touching .output.
  outDir: process.env.MODERATO_OUT ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // `notifications` for the optional reminders (off by default); it carries no install warning.
    permissions: ['alarms', 'notifications'],
    action: { default_title: '__MSG_extName__' },
  },
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
