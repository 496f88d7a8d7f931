import { browser } from 'wxt/browser';
import type { TabRequest } from '../models/messages';

/**
 * Tells every open tab's content script that something it depends on changed. Needs no `tabs`
 * permission: tab ids are enough, and tabs without Moderato's content script just do not answer.
 */
export async function notifyTabs(message: TabRequest): Promise<void> {
  const tabs = await browser.tabs.query({}).catch(() => []);
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, message).catch(() => undefined))));
}
