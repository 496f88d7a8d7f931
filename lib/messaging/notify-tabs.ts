import { browser } from 'wxt/browser';
import type { TabRequest } from '../models/messages';

/**
 * Tells every open tab's content script that something it depends on changed. Needs no `tabs`
 * permission: tab ids are enough, and tabs without Moderato's content script just do not answer.
 */
export async function notifyTabs(message: TabRequest): Promise<void> {
  const tabs = await browser.tabs.query({}).catch(() => []);
  // Callers do not wait for it (void notifyTabs(…)): nothing may reject, not even a send that throws at once.
  await Promise.all(tabs.map(async (tab) => {
    if (tab.id === undefined) return;
    try {
      await browser.tabs.sendMessage(tab.id, message);
    } catch {
      /* a tab without Moderato's content script */
    }
  }));
}
