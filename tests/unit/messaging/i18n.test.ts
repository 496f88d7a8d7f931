import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { messageTemplates, t, useMessageTemplates } from '../../../lib/i18n';

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
});
