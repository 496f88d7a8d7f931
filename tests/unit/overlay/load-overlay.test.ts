import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { loadOverlay } from '../../../lib/overlay/load-overlay';

/** A module the loader can really import: a data: URL whose start() records the context it got. */
const MODULE = `data:text/javascript,${encodeURIComponent('export async function start(ctx) { globalThis.__moderatoStarted = ctx; }')}`;

type Global = { chrome?: unknown; browser?: unknown; __moderatoStarted?: unknown };
const g = globalThis as Global;
const saved = { chrome: g.chrome, browser: g.browser };

function withRuntime(getURL: (path: string) => string): void {
  g.browser = undefined;
  g.chrome = { runtime: { getURL } };
}

const ctx = (valid = true) => ({ isValid: valid }) as unknown as ContentScriptContext;

afterEach(() => {
  g.chrome = saved.chrome;
  g.browser = saved.browser;
  delete g.__moderatoStarted;
});

describe('loadOverlay', () => {
  it("imports the site's overlay module by the extension's address and starts it with the script's context", async () => {
    const asked: string[] = [];
    withRuntime((path) => {
      asked.push(path);
      return MODULE;
    });
    const c = ctx();
    await loadOverlay(c, 'x');
    expect(asked).toEqual(['/content-modules/x.js']);
    expect(g.__moderatoStarted).toBe(c);
  });

  it('starts nothing once the extension is gone (reloaded before the module arrived)', async () => {
    withRuntime(() => MODULE);
    await loadOverlay(ctx(false), 'facebook');
    expect(g.__moderatoStarted).toBeUndefined();
  });

  it('throws nothing into the page when the module cannot be loaded', async () => {
    const getURL = vi.fn(() => 'data:text/javascript,export%20const%20start%20%3D');
    withRuntime(getURL);
    await expect(loadOverlay(ctx(), 'facebook')).resolves.toBeUndefined();
    expect(getURL).toHaveBeenCalledWith('/content-modules/facebook.js');
    expect(g.__moderatoStarted).toBeUndefined();
  });
});
