import paletteCss from '../../components/shared/palette.css?inline';
import popupCss from '../../components/popup/popup.css?inline';
import { FIRST_ROWS, paintFirstRows } from '../../components/popup/first-paint';
import { interfaceLocaleOf, type I18nLanguages } from '../../lib/ui-language';
import { readFirstRows, type FirstRead } from '../../lib/db/first-rows';
import { lightSettings } from '../../lib/models/light-check';

// The entry stays small (no Preact, Dexie or zod): it paints the longest-waiting rows from a plain
// IndexedDB read, then loads the full popup, which takes over the same markup (components/popup/first-paint.ts).

/** How long the first read may hold back the full app (a busy or upgrading database). */
const READ_WAIT_MS = 300;

/** After the frame that shows the first paint; a hidden page gets no frames, so not longer than 100 ms. */
const afterPaint = () =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 100);
  });

// A stylesheet link holds the first paint back by one more file load (about 15 ms measured here), so
// the popup's CSS travels inside this script and goes in before anything is drawn.
const style = document.createElement('style');
style.textContent = paletteCss + popupCss;
document.head.append(style);

async function start(): Promise<void> {
  const app = document.getElementById('app')!;
  // The messages' language, not the browser's alone: a browser in French shows English messages (lib/ui-language.ts).
  const g = globalThis as { chrome?: { i18n?: I18nLanguages }; browser?: { i18n?: I18nLanguages } };
  const locale = interfaceLocaleOf(g.chrome?.i18n ?? g.browser?.i18n);
  document.documentElement.lang = locale;
  // The first paint's buttons have no handlers yet: a click is held back rather than tick a box that saves
  // nothing, and goes to the same control once the full app has taken the nodes over.
  let held: HTMLElement | null = null;
  const early = (e: Event) => {
    e.preventDefault();
    e.stopPropagation();
    held = (e.target as Element | null)?.closest<HTMLElement>('button, input') ?? null;
  };
  app.addEventListener('click', early, true);
  const first: { read: FirstRead | null; late: boolean } = { read: null, late: false };
  const read = readFirstRows(FIRST_ROWS)
    .then(async (r) => {
      if (!r) return;
      // Business time needs the schedule's check and arithmetic: fetched only for teams that use it.
      const { businessHoursSites, scheduleValue } = lightSettings(r.settings);
      const clock = businessHoursSites.length > 0 ? (await import('../../lib/models/light-schedule')).businessClock(scheduleValue) : undefined;
      if (first.late) return;
      first.read = r;
      paintFirstRows(app, r, locale, Date.now(), clock);
    })
    // Whatever goes wrong here, the full app still loads and draws the popup itself.
    .catch(() => undefined);
  await Promise.race([read, new Promise((r) => setTimeout(r, READ_WAIT_MS))]);
  first.late = true;
  if (app.firstChild) await afterPaint();
  const { mountPopup } = await import('../../components/popup/mount-popup');
  app.removeEventListener('click', early, true);
  mountPopup(app, locale, first.read);
  const control = held as HTMLElement | null;
  if (control?.isConnected) control.click();
}

void start();
