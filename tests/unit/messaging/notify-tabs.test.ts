import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { notifyTabs } from '../../../lib/messaging/notify-tabs';

describe('notifyTabs', () => {
  beforeEach(() => fakeBrowser.reset());

  it('sends the message to every open tab and survives tabs that do not answer', async () => {
    const a = await fakeBrowser.tabs.create({ url: 'https://www.facebook.com/shop' });
    const b = await fakeBrowser.tabs.create({ url: 'https://example.org/' });
    const sent: Array<[number, unknown]> = [];
    const spy = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (id: number, message: unknown) => {
      sent.push([id, message]);
      if (id === b.id) throw new Error('Could not establish connection. Receiving end does not exist.');
      return { ok: true };
    });
    await expect(notifyTabs({ type: 'settings-changed' })).resolves.toBeUndefined();
    const all = (await fakeBrowser.tabs.query({})).map((tab) => tab.id);
    expect(all).toEqual(expect.arrayContaining([a.id, b.id]));
    expect(sent.map(([id]) => id).sort()).toEqual([...all].sort());
    expect(sent.every(([, m]) => (m as { type: string }).type === 'settings-changed')).toBe(true);
    spy.mockRestore();
  });
  it('never rejects, also when sending throws before it returns a promise', async () => {
    await fakeBrowser.tabs.create({ url: 'https://www.facebook.com/shop' });
    const spy = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(() => {
      throw new Error('Browser.tabs.sendMessage not implemented.');
    });
    await expect(notifyTabs({ type: 'records-changed' })).resolves.toBeUndefined();
    spy.mockRestore();
  });
});
