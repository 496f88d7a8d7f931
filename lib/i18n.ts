import { browser } from 'wxt/browser';
import type english from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof english;

const getMessage = (key: string, subs?: string | string[]): string =>
  (browser.i18n.getMessage as (k: string, s?: string | string[]) => string)(key, subs);

/**
 * Interface text comes from the extension's locale files (public/_locales), so the browser's language
 * decides. Outside the extension (unit tests, command-line tools) the key itself is returned.
 */
// Badges ask for the same few strings hundreds of times a minute; the answers never change in a session.
const memo = new Map<string, string>();
const MEMO_LIMIT = 2000;

export function t(key: MessageKey, substitutions?: string | string[]): string {
  const memoKey = substitutions === undefined ? key : `${key}\u0000${String(substitutions)}`;
  const hit = memo.get(memoKey);
  if (hit !== undefined) return hit;
  let text: string;
  try {
    text = getMessage(key, substitutions) || key;
  } catch {
    return key;
  }
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(memoKey, text);
  return text;
}

export function uiLocale(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    return typeof navigator !== 'undefined' ? navigator.language : 'en';
  }
}
