import { browser } from 'wxt/browser';
import type english from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof english;

const getMessage = (key: string, subs?: string | string[]): string =>
  (browser.i18n.getMessage as (k: string, s?: string | string[]) => string)(key, subs);

/**
 * Interface text comes from the extension's locale files (public/_locales), so the browser's language
 * decides. Outside the extension (unit tests, command-line tools) the key itself is returned.
 */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  try {
    return getMessage(key, substitutions) || key;
  } catch {
    return key;
  }
}

export function uiLocale(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    return typeof navigator !== 'undefined' ? navigator.language : 'en';
  }
}
