import { browser } from 'wxt/browser';
import { HealthSchema, type Health } from '../../lib/models/messages';

/**
 * The tab the popup speaks about: the active one. When the popup itself is open as a tab (a detached
 * popup, or a test), that is the most recently used other tab of the window.
 */
export async function targetTabId(): Promise<number | null> {
  const self = await browser.tabs.getCurrent().catch(() => undefined);
  const tabs = await browser.tabs.query({ lastFocusedWindow: true });
  const others = tabs.filter((tab) => tab.id !== undefined && tab.id !== self?.id);
  const active = others.find((tab) => tab.active);
  if (active?.id !== undefined) return active.id;
  others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  return others[0]?.id ?? null;
}

/** Asks the tab's content script how its page was recognised; null when no content script answers. */
export async function tabHealth(): Promise<Health | null> {
  const id = await targetTabId();
  if (id === null) return null;
  try {
    const parsed = HealthSchema.safeParse(await browser.tabs.sendMessage(id, { type: 'get-health' }));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
