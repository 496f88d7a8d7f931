import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { t } from '../../../lib/i18n';

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
});
