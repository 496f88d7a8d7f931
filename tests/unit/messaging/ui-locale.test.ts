import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { t, uiLocale, useMessageTemplates } from '../../../lib/i18n';
import { interfaceLocale, interfaceLocaleOf } from '../../../lib/ui-language';
import { i18nApi, templates } from '../a11y/messages';
import { waitingText } from '../../../components/shared/format';
import { formatDay, formatMinutes } from '../../../components/stats/format';
import { DAY, HOUR } from '../../../lib/time/units';

afterEach(() => {
  useMessageTemplates({});
  vi.restoreAllMocks();
});

/**
 * A browser whose interface language has no _locales folder (fr, it, …) shows the default locale's
 * messages, English: numbers, units and dates must then be English too, and so must <html lang>.
 */
describe('uiLocale: the messages’ language decides the formatting', () => {
  it('an English interface in a French browser says "waiting 2 days 4 hr", not French units', () => {
    useMessageTemplates(templates('en'));
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('fr');
    expect(uiLocale()).toBe('en');
    expect(waitingText(2 * DAY + 4 * HOUR, uiLocale())).toBe('waiting 2 days 4 hr');
  });

  it('the statistics in English (browser in Italian) have English month names and units', () => {
    useMessageTemplates(templates('en'));
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('it');
    expect(t('statsRange', [formatDay('2026-12-01', uiLocale(), true), formatDay('2026-12-07', uiLocale(), true)])).toBe('Dec 1, 2026 to Dec 7, 2026');
    expect(t('statsTarget', formatMinutes(90, uiLocale()))).toBe('Target: first answer within 1.5 hr.');
  });

  it('keeps the browser’s regional variant where it is the messages’ language', () => {
    useMessageTemplates(templates('de'));
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('de-AT');
    expect(uiLocale()).toBe('de-AT');
    useMessageTemplates(templates('en'));
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-GB');
    expect(uiLocale()).toBe('en-GB');
  });

  it('interfaceLocale: the messages’ language unless the browser speaks it; the browser’s without one', () => {
    expect(interfaceLocale('fr-FR', 'en')).toBe('en');
    expect(interfaceLocale('de-CH', 'de')).toBe('de-CH');
    expect(interfaceLocale('de_AT', 'de')).toBe('de-AT');
    expect(interfaceLocale('English', 'en')).toBe('en');
    // Outside the extension t() answers with the key: the browser's language stays.
    expect(interfaceLocale('fr', 'uiLang')).toBe('fr');
  });

  it('the popup’s first paint asks the extension API the same (entrypoints/popup/main.tsx)', () => {
    expect(interfaceLocaleOf({ ...i18nApi('en'), getUILanguage: () => 'pl' })).toBe('en');
    expect(interfaceLocaleOf({ ...i18nApi('de'), getUILanguage: () => 'de-DE' })).toBe('de-DE');
    expect(interfaceLocaleOf(undefined)).toBe('en');
  });
});
