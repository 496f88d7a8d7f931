import type { OwnPage } from '../settings';
import { isObject, isSite, trimmed } from './primitives';

/**
 * OwnPageSchema (lib/models/settings.ts), apart from the rest of the settings check so the popup's
 * first paint can use it without loading the schedule check.
 */

const DIGITS = /^\d*$/;

export function parsePage(v: unknown): OwnPage | null {
  if (!isObject(v)) return null;
  const site = v.site;
  const name = trimmed(v.name, 1, 200);
  const url = trimmed(v.url, 1, 500);
  // Trimmed before the digits are tested, as the schema's checks run in order.
  const pageId = v.pageId === undefined ? '' : trimmed(v.pageId, 0, 30);
  if (!isSite(site) || name === null || url === null || pageId === null || !DIGITS.test(pageId)) return null;
  return { site, name, url, pageId };
}
