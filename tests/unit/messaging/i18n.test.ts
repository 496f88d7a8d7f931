import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { messageTemplates, t, tCount, useMessageTemplates } from '../../../lib/i18n';
import english from '../../../public/_locales/en/messages.json';
import german from '../../../public/_locales/de/messages.json';

describe('t', () => {
  it('returns the locale file text and asks the browser only once per key and substitution', () => {
    const spy = vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string, subs?: string | string[]) => `${key}:${String(subs ?? '')}`);
    expect(t('badgeWaiting', '5 min')).toBe('badgeWaiting:5 min');
    expect(t('badgeWaiting', '5 min')).toBe('badgeWaiting:5 min');
    expect(t('badgeWaiting', '6 min')).toBe('badgeWaiting:6 min');
    expect(spy).toHaveBeenCalledTimes(2);
    spy.mockRestore();
  });

  it('falls back to the key when the browser has no such message or throws', () => {
    const spy = vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(() => {
      throw new Error('no i18n here');
    });
    expect(t('popupEmpty')).toBe('popupEmpty');
    spy.mockRestore();
  });

  it('gives the same text from templates the background fetched as from the browser, without asking it', () => {
    // Chrome's rule: $1…$9 take the substitutions (missing ones are empty), $$ is a dollar sign.
    const messages: Record<string, string> = { badgeWaiting: 'wartet seit $1', noteMeta: '$1 · $2 ($$)', popupEmpty: 'Alles erledigt' };
    const chrome = (key: string, subs?: string | string[]) => {
      const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
      return (messages[key] ?? '').replace(/\$(\d|\$)/g, (_, d: string) => (d === '$' ? '$' : list[Number(d) - 1] ?? ''));
    };
    const spy = vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(chrome);
    const templates = messageTemplates(Object.keys(messages));
    spy.mockClear();
    useMessageTemplates(templates);
    expect(t('badgeWaiting', '42 Min.')).toBe(chrome('badgeWaiting', '42 Min.'));
    expect(t('noteMeta', ['Mara', '3. März'])).toBe('Mara · 3. März ($)');
    expect(t('popupEmpty')).toBe('Alles erledigt');
    expect(spy).not.toHaveBeenCalled();
    useMessageTemplates({});
    spy.mockRestore();
  });

  it('keeps apart substitutions that read alike once joined with commas', () => {
    useMessageTemplates({ disputeNote: 'Streit: \ue001 und \ue002' });
    expect(t('disputeNote', ['Müller, Anna', 'Bob'])).toBe('Streit: Müller, Anna und Bob');
    expect(t('disputeNote', ['Müller', ' Anna,Bob'])).toBe('Streit: Müller und  Anna,Bob');
    useMessageTemplates({});
  });
});

type Messages = Record<string, { message: string }>;
const LOCALES: Record<'en' | 'de', Messages> = { en: english as Messages, de: german as Messages };

/** chrome.i18n.getMessage over one locale file: $1…$9 take the substitutions, $$ is a dollar sign. */
const chromeOver = (messages: Messages) => (key: string, subs?: string | string[]) => {
  const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  return (messages[key]?.message ?? '').replace(/\$(\d|\$)/g, (_, d: string) => (d === '$' ? '$' : list[Number(d) - 1] ?? ''));
};

describe('tCount', () => {
  it.each([
    ['en', 1, '1 comment recognised', 'Left out: 1 comment that was already answered', '1 step counts until 3 Mar'],
    ['en', 2, '2 comments recognised', 'Left out: 2 comments that were already answered', '2 steps count until 3 Mar'],
    ['en', 0, '0 comments recognised', 'Left out: 0 comments that were already answered', '0 steps count until 3 Mar'],
    ['de', 1, '1 Kommentar erkannt', 'Nicht gezählt: 1 Kommentar, der schon beantwortet war', '1 Schritt zählt bis 3. März'],
    ['de', 2, '2 Kommentare erkannt', 'Nicht gezählt: 2 Kommentare, die schon beantwortet waren', '2 Schritte zählen bis 3. März'],
  ] as const)('%s, %i: singular for exactly one, plural otherwise', (lang, n, recognised, leftOut, strikes) => {
    const spy = vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(chromeOver(LOCALES[lang]));
    useMessageTemplates({});
    expect(tCount('healthRecognised', n, [String(n)])).toBe(recognised);
    expect(tCount('statsLeftOutUnknown', n, [String(n)])).toContain(leftOut);
    expect(tCount('strikesActive', n, [String(n), lang === 'en' ? '3 Mar' : '3. März'])).toBe(strikes);
    spy.mockRestore();
  });
});

describe('tCount inside a message', () => {
  it('counts two things in one sentence each on its own: "1 topic and 40 templates"', () => {
    for (const [lang, expected] of [['en', 'Merged: the guide now has 1 topic and 40 templates.'], ['de', 'Zusammengeführt: Der Leitfaden hat jetzt 1 Thema und 40 Vorlagen.']] as const) {
      const spy = vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(chromeOver(LOCALES[lang]));
      useMessageTemplates({});
      expect(t('guideImportMerged', [tCount('guideTopicCount', 1, ['1']), tCount('guideTemplateCount', 40, ['40'])])).toBe(expected);
      spy.mockRestore();
    }
  });
});

describe('locale files', () => {
  const placeholders = (text: string) => [...new Set(text.match(/\$\d/g) ?? [])].sort();

  it('German and English hold the same messages with the same substitutions', () => {
    expect(Object.keys(LOCALES.de).sort()).toEqual(Object.keys(LOCALES.en).sort());
    const differing = Object.keys(LOCALES.en).filter((k) => placeholders(LOCALES.en[k]!.message).join() !== placeholders(LOCALES.de[k]!.message).join());
    expect(differing).toEqual([]);
  });

  it('every singular form belongs to a plural message, and no message counts with "(s)"', () => {
    for (const messages of Object.values(LOCALES)) {
      const orphans = Object.keys(messages).filter((k) => k.endsWith('One') && !(k.slice(0, -3) in messages));
      expect(orphans).toEqual([]);
      expect(Object.values(messages).filter((m) => /\w\((s|e|r|en)\)/.test(m.message))).toEqual([]);
    }
  });
});
