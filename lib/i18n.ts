import { browser } from 'wxt/browser';
import type english from '../public/_locales/en/messages.json';
import { interfaceLocale } from './ui-language';

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

/**
 * Placeholders for $1…$9: asking the browser for a message with these as its substitutions gives the
 * message with the marks where the values go (see messageTemplates and fill).
 */
const MARKS = Array.from({ length: 9 }, (_, i) => String.fromCharCode(0xe001 + i));
const MARK = /[\ue001-\ue009]/g;

let templates: ReadonlyMap<string, string> | null = null;

/** Every message of the extension in the browser's language, with MARKS where substitutions go. */
export function messageTemplates(keys: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of keys) {
    const text = getMessage(key, MARKS);
    if (text) out[key] = text;
  }
  return out;
}

/**
 * Content scripts take their messages as templates from the background: the browser hands a content
 * script its first message in a blocking round trip, 10–17 ms of the host page's main thread.
 */
export function useMessageTemplates(map: Record<string, string>): void {
  templates = new Map(Object.entries(map));
  memo.clear();
}

function fill(template: string, substitutions?: string | string[]): string {
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return template.replace(MARK, (m) => subs[m.charCodeAt(0) - 0xe001] ?? '');
}

export function t(key: MessageKey, substitutions?: string | string[]): string {
  // Not String(substitutions): ['Müller, Anna', 'Bob'] and ['Müller', ' Anna,Bob'] would share one text.
  const memoKey = substitutions === undefined ? key : `${key}\u0000${typeof substitutions === 'string' ? substitutions : JSON.stringify(substitutions)}`;
  const hit = memo.get(memoKey);
  if (hit !== undefined) return hit;
  let text: string;
  const template = templates?.get(key);
  if (template !== undefined) {
    text = fill(template, substitutions) || key;
  } else {
    try {
      text = getMessage(key, substitutions) || key;
    } catch {
      return key;
    }
  }
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(memoKey, text);
  return text;
}

/**
 * A message about a count in the singular or the plural form: `<key>One` when the count is 1, else
 * `<key>`. German and English have just these two forms, and both use the singular for exactly 1, so no
 * Intl.PluralRules is needed (content scripts avoid building one in the host page).
 */
export function tCount(key: CountedKey, count: number, substitutions: string[]): string {
  return t(count === 1 ? (`${key}One` as MessageKey) : key, substitutions);
}

/** Messages that have a singular form `<key>One` next to them. */
export type CountedKey = { [K in MessageKey]: `${K}One` extends MessageKey ? K : never }[MessageKey];

/**
 * The locale to format dates, numbers and durations in, and for <html lang>: the language of the messages
 * shown, with the browser's regional variant where it is the same language (see interfaceLocale). A browser
 * in French shows the English messages, so its durations say "2 days 4 hr", not "2 j 4 h".
 * In a content script call it once the message templates are in: asked before, the browser blocks the page.
 */
export function uiLocale(): string {
  return interfaceLocale(browserLanguage(), t('uiLang'));
}

/** The browser's own interface language (e.g. "fr"), whatever language the messages are in: see uiLocale. */
export function browserLanguage(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    return typeof navigator !== 'undefined' ? navigator.language : 'en';
  }
}
