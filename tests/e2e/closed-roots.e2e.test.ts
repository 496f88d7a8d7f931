import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_EXPECTED, DEMO_IDS, DEMO_PAGE } from '../fixtures/facebook/demo-company';
import { DEMO_SETTINGS, facebookSite } from './site/facebook-site';
import { EXTENSION_DIR, launchWithExtension, seedSettings, storedRows, type ExtensionBrowser } from './support/browser';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';

/**
 * The extension as people install it, not the tests' build: its badges sit in closed shadow roots
 * (lib/overlay/shadow-mode.ts). The host page's own scripts must not read them or work their buttons,
 * while the moderator still does. Chromium's DevTools protocol sees into closed roots, so the test
 * reads the badges through it, as the moderator's eyes would.
 */

interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  backendNodeId: number;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: (DomNode & { shadowRootType?: string })[];
}

/** A name the fixture page never mentions, so the page finding it would have read it out of a badge. */
const AGENT = 'Kerstin Vogel';

let server: FixtureServer;
let b: ExtensionBrowser;
let tab: Page;
let cdp: CDPSession;

const hostSelector = (id: string) => `[data-commentid="${id}"] > [role="article"] moderato-badge`;

/** A badge host with everything under it, closed shadow roots included. */
async function badgeTree(id: string): Promise<DomNode> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: 0 })) as { root: { nodeId: number } };
  const { nodeId } = (await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: hostSelector(id) })) as { nodeId: number };
  if (!nodeId) throw new Error(`no badge on ${id}`);
  const { node } = (await cdp.send('DOM.describeNode', { nodeId, depth: -1, pierce: true })) as { node: DomNode };
  return node;
}

const below = (n: DomNode): DomNode[] => [...(n.shadowRoots ?? []), ...(n.children ?? [])];

/** What the badge shows: its text without its style sheets. */
const shownText = (n: DomNode): string => (n.nodeType === 3 ? n.nodeValue : n.nodeName === 'STYLE' ? '' : below(n).map(shownText).join(''));

function find(n: DomNode, test: (n: DomNode) => boolean): DomNode | null {
  if (test(n)) return n;
  for (const c of below(n)) {
    const hit = find(c, test);
    if (hit) return hit;
  }
  return null;
}

const hasClass = (n: DomNode, cls: string): boolean => {
  const at = n.attributes ?? [];
  const i = at.indexOf('class');
  return i >= 0 && i % 2 === 0 && at[i + 1]!.split(/\s+/).includes(cls);
};

/** The centre of the badge's claim button, scrolled into view. */
async function claimButtonCentre(id: string): Promise<{ x: number; y: number }> {
  const button = find(await badgeTree(id), (n) => n.nodeName === 'BUTTON' && hasClass(n, 'claim'));
  if (!button) throw new Error(`no claim button on ${id}`);
  await cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: button.backendNodeId });
  const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: button.backendNodeId })) as { model: { content: number[] } };
  const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
  return { x: (x1 + x3) / 2, y: (y1 + y3) / 2 };
}

const claimOf = async (id: string) => (await storedRows<{ id: string; claimedBy: string | null }>(b, 'comments')).find((r) => r.id === id)?.claimedBy ?? null;

beforeAll(async () => {
  server = await startFixtureServer(facebookSite());
  b = await launchWithExtension({ extensionDir: EXTENSION_DIR });
  await seedSettings(b, { ...DEMO_SETTINGS, agentName: AGENT });
  tab = await b.context.newPage();
  await tab.goto(server.url('www.facebook.com', `/${DEMO_PAGE.vanity}`));
  cdp = await b.context.newCDPSession(tab);
});
afterAll(async () => {
  await b?.close();
  await server?.close();
});

describe('the release build in the host page', () => {
  it('annotates every comment by someone else, in roots the page cannot open', async () => {
    const others = DEMO_EXPECTED.filter((c) => !c.byOwner).length;
    const shownBadges = async () => {
      const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
      const hosts: DomNode[] = [];
      const walk = (n: DomNode) => (n.nodeName === 'MODERATO-BADGE' ? hosts.push(n) : below(n).forEach(walk));
      walk(root);
      return hosts.filter((h) => /waiting|answered/.test(shownText(h))).length;
    };
    await expect.poll(shownBadges, { timeout: 10_000 }).toBe(others);
    // From the page's own world: the hosts are there, none gives its root away.
    expect(await tab.evaluate(() => document.querySelectorAll('moderato-badge').length)).toBeGreaterThanOrEqual(others);
    expect(await tab.evaluate(() => [...document.querySelectorAll('moderato-badge')].filter((h) => h.shadowRoot !== null).length)).toBe(0);
    const tree = await badgeTree(DEMO_IDS.tom);
    expect(tree.shadowRoots?.[0]?.shadowRootType).toBe('closed');
    expect(shownText(tree)).toContain('waiting 5 min');
  });

  it('ignores the page clicking where the claim button is, and takes the moderator\'s click', async () => {
    await expect.poll(async () => find(await badgeTree(DEMO_IDS.mehmet), (n) => hasClass(n, 'claim')) !== null).toBe(true);
    const { x, y } = await claimButtonCentre(DEMO_IDS.mehmet);
    // A page script gets the badge's host at that point, never the button, and clicking it or sending it
    // the events a click is made of changes nothing.
    const reached = await tab.evaluate(([px, py]) => {
      const hit = document.elementFromPoint(px!, py!);
      if (hit instanceof HTMLElement) {
        // With an open root this would be all it takes.
        (hit.shadowRoot?.querySelector('button.claim') as HTMLElement | null | undefined)?.click();
        hit.click();
        for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) hit.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true, clientX: px, clientY: py }));
      }
      return hit?.tagName ?? null;
    }, [x, y]);
    expect(reached).toBe('MODERATO-BADGE');
    await tab.waitForTimeout(1500);
    expect(await claimOf(DEMO_IDS.mehmet)).toBeNull();
    expect(shownText(await badgeTree(DEMO_IDS.mehmet))).not.toContain('is on it');

    await tab.mouse.click(x, y);
    await expect.poll(() => claimOf(DEMO_IDS.mehmet)).toBe(AGENT);
    await expect.poll(async () => shownText(await badgeTree(DEMO_IDS.mehmet))).toContain(`\u2068${AGENT}\u2069 is on it`);
    // What the badge now says about the team stays out of the page's reach.
    expect(await tab.evaluate((agent) => document.documentElement.outerHTML.includes(agent) || document.body.innerText.includes(agent), AGENT)).toBe(false);
  });
});
