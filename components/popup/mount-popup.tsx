import { render } from 'preact';
import { validRecords } from '../../lib/db/comments-store';
import type { FirstRead } from '../../lib/db/first-rows';
import { parseStoredSettings } from '../../lib/db/settings-store';
import { Popup } from './Popup';

/**
 * The full popup, loaded after the first paint. It starts from the rows the first paint read, now
 * validated with zod, so its first render has the same list and Preact adopts the first paint's nodes
 * (render into existing children reuses them) instead of replacing them: no flicker, no second copy.
 */
export function mountPopup(app: HTMLElement, locale: string, first: FirstRead | null): void {
  const initial = first ? { head: validRecords(first.rows), settings: parseStoredSettings(first.settings) } : undefined;
  render(<Popup locale={locale} initial={initial} />, app);
}
