/**
 * Reading cost per comment in real Chromium, without the extension around it: the site adapter is
 * bundled on its own, the benchmark's 1,000 comments are put in a page at once, and finding and reading
 * them is timed over many rounds (median per comment). For A/B work on extraction; not part of `npm run bench`.
 * Usage: npx tsx scripts/bench/extract-micro.ts [facebook|x] [rounds]
 */
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM } from '../../tests/e2e/support/browser';
import { startFixtureServer } from '../../tests/e2e/support/fixture-server';
import { facebookScenario } from './facebook-scenario';
import { xScenario } from './x-scenario';

const site = process.argv[2] === 'x' ? 'x' : 'facebook';
const rounds = Number(process.argv[3] ?? 30);
const s = (site === 'x' ? xScenario : facebookScenario)(1);
const bundle = await build({
  stdin: {
    // X's adapter remembers what it read per article: each round gets a fresh one, as a page load does.
    contents: site === 'x'
      ? `import { createXAdapter } from './lib/platforms/x/adapter'; window.__adapter = createXAdapter;`
      : `import { facebook } from './lib/platforms/facebook/adapter'; window.__adapter = () => facebook;`,
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  bundle: true,
  write: false,
  format: 'iife',
  target: 'chrome120',
});
const code = bundle.outputFiles[0]!.text;
const page = s.shell.replace('</body>', `<script src="/__micro.js"></script></body>`);
const server = await startFixtureServer(({ path }) => (path === '/__micro.js' ? { type: 'text/javascript', body: code } : path === s.path ? { body: page } : null));
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--host-resolver-rules=MAP www.facebook.com 127.0.0.1,MAP x.com 127.0.0.1'] });
const tab = await (await browser.newContext({ ignoreHTTPSErrors: true })).newPage();
await tab.goto(server.url(s.host, s.path));
// The benchmark's comments, added the way the arrival page adds them (after what the shell already holds).
await tab.evaluate((html) => {
  const t = document.createElement('template');
  t.innerHTML = html;
  document.querySelector('[data-bench-target]')!.append(t.content);
}, s.batches.join(''));
const cdp = process.env.PROFILE ? await tab.context().newCDPSession(tab) : null;
if (cdp) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
}
const result = await tab.evaluate(`(() => {
  const owners = ${JSON.stringify([s.settingsPage.name, s.settingsPage.url])};
  const times = { find: [], extract: [], anchor: [] };
  let n = 0;
  for (let r = 0; r < ${rounds}; r++) {
    const a = window.__adapter();
    const ctx = { now: Date.now(), ownerNames: owners.slice(), pageName: ${JSON.stringify(s.settingsPage.name)} };
    let t = performance.now();
    const root = a.scanRoot(document);
    const items = a.findItems(root);
    times.find.push(performance.now() - t);
    t = performance.now();
    let ok = 0;
    for (const item of items) { const r = a.extract(item, ctx); if (r && typeof r === "object") ok++; }
    times.extract.push((performance.now() - t) / items.length);
    t = performance.now();
    for (const item of items) a.badgeAnchor(item);
    times.anchor.push((performance.now() - t) / items.length);
    n = ok;
  }
  const med = (xs) => { const s = [...xs].sort((p, q) => p - q); return s[s.length >> 1]; };
  return { items: n, findMs: med(times.find), extractUsPerItem: med(times.extract) * 1000, anchorUsPerItem: med(times.anchor) * 1000, firstExtractUs: times.extract[0] * 1000 };
})()`);
console.log(site, JSON.stringify(result));
if (cdp) {
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[]; samples: number[]; timeDeltas: number[] } };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const f = byId.get(id)!.callFrame;
    const k = `${f.functionName || '(anon)'}:${f.lineNumber + 1}`;
    self.set(k, (self.get(k) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, v]) => `${(100 * v / total).toFixed(1).padStart(5)} %  ${k}`).join('\n'));
}
await browser.close();
await server.close();
