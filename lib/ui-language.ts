/**
 * The locale the interface is formatted in (dates, numbers, durations, <html lang>), DOM- and
 * dependency-free so the popup's small first-paint entry can use it too.
 *
 * The browser shows the messages of its interface language where the extension has them (de, en) and
 * the default locale's, English, everywhere else. Formatting in the browser's language alone mixes the two:
 * a French browser read "waiting 2 j 4 h". So the browser's language counts only where it is the messages'
 * language (de-AT, en-GB keep their variant); otherwise the messages' language does.
 *
 * `messageLang` is the "uiLang" message ("de" or "en"). Without the extension API (unit tests, command-line
 * tools) it is no language tag, and the browser's language stays.
 */
export function interfaceLocale(browserLanguage: string, messageLang: string): string {
  const browser = (browserLanguage || 'en').replace(/_/g, '-');
  const lang = messageLang.trim().toLowerCase();
  if (!/^[a-z]{2,3}$/.test(lang)) return browser;
  const low = browser.toLowerCase();
  return low === lang || low.startsWith(`${lang}-`) ? browser : lang;
}

/** The extension API's i18n, as far as interfaceLocale needs it. */
export interface I18nLanguages {
  getUILanguage(): string;
  getMessage(key: string): string;
}

/** interfaceLocale for code that asks the extension API directly (the popup's first paint). */
export function interfaceLocaleOf(api: I18nLanguages | undefined): string {
  if (!api) return 'en';
  let browserLanguage = 'en';
  let messageLang = '';
  try {
    browserLanguage = api.getUILanguage() || 'en';
    messageLang = api.getMessage('uiLang') || '';
  } catch {
    // Keeps what was read.
  }
  return interfaceLocale(browserLanguage, messageLang);
}
