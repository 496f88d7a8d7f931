import { signal, type Signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browserLanguage, uiLocale, useMessageTemplates } from '../i18n';
import type { Settings } from '../models/settings';
import { parseTabRequest } from '../models/light/replies';
import { defaultSettings } from '../models/light/settings';
import type { PlatformAdapter } from '../platforms/types';
import { Annotator, type BadgeModel } from './annotator';
import { NetiquetteChecker, type NetiquetteActions } from './netiquette-check';
import { COMPOSERS } from '../platforms/composers';
import { ownerEntries } from '../platforms/owner';
import { keepsPage } from './navigation';
import { createSuggestionSource, type CachingSuggestionSource } from './suggestion-source';
import { suggestShortcut } from './suggest-shortcut';
import { idleWork } from './idle-work';
import { claim, eraseAuthorData, fetchMessageTemplates, fetchNotes, fetchRecords, fetchSettings, saveNote, sendSightings } from './background-client';

/** How often an overlay asks whether its extension is still there (a property read; see runOverlay). */
const ORPHAN_CHECK_MS = 3_000;

export interface BadgeStorageActions {
  claim: typeof claim;
  saveNote: typeof saveNote;
  eraseAuthor: typeof eraseAuthorData;
  refreshNotes?(): void;
  netiquette?: NetiquetteActions;
}
export type BadgeMounterFactory = (now: Signal<number>, settings: Signal<Settings>, locale: string, actions: BadgeStorageActions, suggestions: CachingSuggestionSource) => (root: ShadowRoot, model: BadgeModel) => () => void;

/**
 * Everything a site's content script does, for any adapter: decide whether this is one of the
 * company's pages, annotate it, follow single-page navigation, tick once a minute, answer the popup's
 * health question, and leave nothing behind when the extension is reloaded or updated.
 */
export async function runOverlay(ctx: ContentScriptContext, adapter: PlatformAdapter, mounter: BadgeMounterFactory, css: string): Promise<void> {
  // Evaluating the script was one task in the host page; setting the overlay up waits for its idle time.
  await new Promise<void>((resolve) => idleWork(() => resolve()).request());
  if (!ctx.isValid) return;
  const now = signal(Date.now());
  const settings = signal<Settings>(defaultSettings());
  // Netiquette detection runs in the background; the checker only sends texts and shows flags.
  // One source per page, its cache shared by all badges; dropped when settings or the team's data change
  // (the agent's name, a template), so an insertion never carries what the options page just replaced.
  const suggestions = createSuggestionSource();
  // The browser shows the German messages exactly when its own language is German; read without a message,
  // which the browser would hand over in a blocking round trip before the templates are in.
  const netiquette = new NetiquetteChecker(document, browserLanguage().toLowerCase().startsWith('de') ? 'de' : 'en');
  let mount: ReturnType<BadgeMounterFactory> | undefined;
  const annotator = new Annotator({
    adapter,
    doc: document,
    css,
    record: sendSightings,
    fetch: fetchRecords,
    fetchNotes,
    check: netiquette,
    // The badges' locale is chosen at the first badge, once the message templates are in (evaluate loads them
    // before annotator.start): uiLocale() reads the messages' language, and asked earlier the browser blocks the page.
    mount: (root, model) => (mount ??= mounter(now, settings, uiLocale(), { claim, saveNote, eraseAuthor: eraseAuthorData, refreshNotes: () => void annotator.refreshNotes(), netiquette }, suggestions))(root, model),
    now: () => Date.now(),
    inScope: () => {
      if (location.href === scopedHref) return true;
      // A dialog over the page (see keepsPage): what renders behind it is still the page's.
      if (keepsPage(location.href, { active: annotator.active, startedHref }, adapter)) return true;
      if (adapter.ownPageFor(new URL(location.href), settings.value.pages)?.name === scopedPage) {
        scopedHref = location.href;
        return true;
      }
      if (pendingHref !== location.href) {
        pendingHref = location.href;
        void evaluate().finally(() => { pendingHref = null; });
      }
      return false;
    },
  });
  let scopedHref = location.href;
  let scopedPage: string | null = null;
  let startedHref: string | null = null;
  let pendingHref: string | null = null;
  let messagesLoaded = false;

  const evaluate = async (): Promise<void> => {
    const loaded = await fetchSettings();
    if (!ctx.isValid) return;
    if (loaded) settings.value = loaded;
    scopedHref = location.href;
    const page = adapter.ownPageFor(new URL(scopedHref), settings.value.pages);
    scopedPage = page?.name ?? null;
    if (!page) {
      if (annotator.active) annotator.stop();
      return;
    }
    if (!messagesLoaded) {
      messagesLoaded = true;
      // Asking the browser for the first message blocks the page for 10–17 ms; the background answers without blocking.
      const templates = await fetchMessageTemplates();
      if (!ctx.isValid) return;
      if (templates) useMessageTemplates(templates);
      // The address may have changed while the texts were on their way.
      if (location.href !== scopedHref) return evaluate();
    }
    startedHref = scopedHref;
    annotator.start(page.name, ownerEntries(settings.value.pages, adapter.site));
  };

  ctx.onInvalidated(() => {
    annotator.stop();
    netiquette.dispose();
  });
  // An orphaned script (the extension was reloaded, updated or removed, and Chromium injects no new one
  // into open tabs) learns of it only when it asks ctx; asked every few seconds, its badges go soon.
  ctx.setInterval(() => undefined, ORPHAN_CHECK_MS);
  // Alt+Shift+R: suggested replies for the comment in focus. Capture phase, before the site's own shortcuts.
  ctx.addEventListener(document, 'keydown', suggestShortcut(annotator, COMPOSERS[adapter.site], document), { capture: true });
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    if (!keepsPage(location.href, { active: annotator.active, startedHref }, adapter)) void evaluate();
  });
  ctx.setInterval(() => {
    now.value = Date.now();
    if (annotator.active) {
      annotator.tick();
      void annotator.refreshRecords();
      void annotator.refreshNotes();
    }
  }, 60_000);
  // Settings can change in the options page at any time; a minute's delay is fine for that.
  ctx.setInterval(() => void refreshSettings(), 60_000);
  const refreshSettings = async (): Promise<void> => {
    const loaded = await fetchSettings();
    if (loaded && ctx.isValid && JSON.stringify(loaded) !== JSON.stringify(settings.value)) {
      suggestions.invalidate();
      await evaluate();
    }
  };

  const onMessage = (message: unknown): Promise<unknown> | undefined => {
    const request = parseTabRequest(message);
    if (!request) return undefined;
    if (request.type === 'settings-changed') {
      suggestions.invalidate();
      return evaluate().then(() => ({ ok: true }));
    }
    // Ticks, notes and taken-back ladder steps: the flagged comments are checked again for their proposed step.
    if (request.type === 'records-changed') {
      suggestions.invalidate();
      return Promise.all([annotator.refreshRecords(), annotator.refreshNotes(), netiquette.recheck()]).then(() => ({ ok: true }));
    }
    return Promise.resolve(annotator.active ? annotator.health() : { site: adapter.site, ownPage: null, recognised: 0, unreadable: 0, layoutMissing: false });
  };
  browser.runtime.onMessage.addListener(onMessage);
  // An orphaned script has no `runtime` any more (its listener went with it): removing it then threw into the page.
  ctx.onInvalidated(() => browser.runtime?.onMessage.removeListener(onMessage));

  await evaluate();
}
