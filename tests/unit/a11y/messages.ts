import english from '../../../public/_locales/en/messages.json';
import german from '../../../public/_locales/de/messages.json';

export type Lang = 'en' | 'de';

const files: Record<Lang, Record<string, { message: string }>> = { en: english, de: german };

/** The real messages of one language, with the marks lib/i18n fills (for useMessageTemplates). */
export function templates(lang: Lang): Record<string, string> {
  return Object.fromEntries(
    Object.entries(files[lang]).map(([k, v]) => [k, v.message.replace(/\$(\d)/g, (_, n: string) => String.fromCharCode(0xe000 + Number(n)))]),
  );
}

/** browser.i18n as the extension API answers, for code that calls it directly (the popup's first paint). */
export function i18nApi(lang: Lang) {
  return {
    getUILanguage: () => lang,
    getMessage(key: string, subs?: string | string[]): string {
      const message = files[lang][key]?.message;
      if (message === undefined) return '';
      const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
      return message.replace(/\$(\d)/g, (_, n: string) => list[Number(n) - 1] ?? '');
    },
  };
}
