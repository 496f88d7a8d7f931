import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './support/browser';

type Manifest = Record<string, unknown> & {
  permissions?: string[];
  content_scripts?: { matches: string[]; js: string[] }[];
  browser_specific_settings?: { gecko?: Record<string, unknown> };
};

const read = (dir: string): Manifest => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;

// What the extension may do is fixed by its manifests: these are the built ones, as a store would see them.
// https only, and only the hosts that serve the pages the adapters read (lib/platforms/hosts.ts).
const SITES = ['https://www.facebook.com/*', 'https://web.facebook.com/*', 'https://x.com/*', 'https://twitter.com/*', 'https://mobile.x.com/*', 'https://mobile.twitter.com/*'];

/** The grants that would let it reach more than the two sites, or load code from elsewhere. */
const WIDER = ['host_permissions', 'optional_permissions', 'optional_host_permissions', 'content_security_policy', 'externally_connectable', 'update_url'];

/** The overlay modules the content scripts import (lib/overlay/load-overlay.ts): nothing else is reachable from a page. */
const MODULES = 'content-modules/*.js';

function expectMinimal(m: Manifest, dir: string): void {
  expect([...(m.permissions ?? [])].sort()).toEqual(['alarms', 'notifications']);
  for (const key of WIDER) expect(m, key).not.toHaveProperty(key);
  expect([...new Set(m.content_scripts!.flatMap((c) => c.matches))].sort()).toEqual([...SITES].sort());
  for (const site of ['facebook', 'x']) expect(existsSync(join(dir, 'content-modules', `${site}.js`)), site).toBe(true);
}

let firefoxOut: string;
beforeAll(() => {
  firefoxOut = mkdtempSync(join(tmpdir(), 'moderato-firefox-'));
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { env: { ...process.env, MODERATO_OUT: firefoxOut }, stdio: 'pipe' });
});
afterAll(() => rmSync(firefoxOut, { recursive: true, force: true }));

describe('the built manifests', () => {
  it('Chrome: two permissions (alarms, notifications), the two sites only, nothing Firefox-specific', () => {
    const m = read(EXTENSION_DIR);
    expect(m.manifest_version).toBe(3);
    expectMinimal(m, EXTENSION_DIR);
    // Only on the two sites, and behind an address that changes per session: a page cannot probe for Moderato.
    expect(m.web_accessible_resources).toEqual([{ resources: [MODULES], matches: expect.any(Array), use_dynamic_url: true }]);
    expect([...(m.web_accessible_resources as { matches: string[] }[])[0]!.matches].sort()).toEqual([...SITES].sort());
    expect(m).not.toHaveProperty('browser_specific_settings');
  });

  it('Firefox: the same grants, a fixed add-on id and the declaration that no data leaves the browser', () => {
    const m = read(join(firefoxOut, 'firefox-mv2'));
    expect(m.manifest_version).toBe(2);
    expectMinimal(m, join(firefoxOut, 'firefox-mv2'));
    // Manifest V2 has no per-site form; the add-on's address is random per installation.
    expect(m.web_accessible_resources).toEqual([MODULES]);
    expect(m.browser_specific_settings?.gecko).toMatchObject({
      id: 'moderato@moderato-extension',
      data_collection_permissions: { required: ['none'] },
    });
    expect(Number.parseFloat(String(m.browser_specific_settings?.gecko?.strict_min_version))).toBeGreaterThanOrEqual(140);
  });
});
