/**
 * Where the content script's time goes: one arrival run with a readable build (MODERATO_PROFILE=1,
 * MODERATO_OUT=.output-profile), then self and inclusive time per function of the extension.
 * SAVE_PROFILE=<file> also writes the raw profile (LINES=<first lines of functions> prints their per-line ticks).
 * Usage: MODERATO_PROFILE=1 MODERATO_OUT=.output-profile npx wxt build && MODERATO_OUT=.output-profile npx tsx scripts/bench/profile-top.ts [facebook|x]
 */
import { launchWithExtension, seedSettings } from '../../tests/e2e/support/browser';
import { startFixtureServer } from '../../tests/e2e/support/fixture-server';
import { arrivalDocument } from './arrival-page';
import { attribute, type CpuProfile } from './cpu-profile';
import { facebookScenario } from './facebook-scenario';
import { xScenario } from './x-scenario';

const s = (process.argv[2] === 'x' ? xScenario : facebookScenario)(7);
const server = await startFixtureServer(({ path }) => (path === s.path ? { body: arrivalDocument({ shell: s.shell, batches: s.batches, intervalMs: 50 }) } : null));
const b = await launchWithExtension();
await seedSettings(b, { pages: process.env.BARE ? [] : [s.settingsPage], targetMinutes: 60 });
const page = await b.context.newPage();
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
await page.goto(server.url(s.host, s.path) + (process.env.QUERY ?? ''));
await page.waitForFunction('window.__arrival && window.__arrival.done === true', null, { timeout: 60_000 });
await page.waitForTimeout(1500);
const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
if (process.env.SAVE_PROFILE) (await import('node:fs')).writeFileSync(process.env.SAVE_PROFILE, JSON.stringify(profile));
await b.close();
await server.close();

const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const own = (id: number) => byId.get(id)!.callFrame.url.startsWith('chrome-extension://');
const label = (id: number) => {
  const f = byId.get(id)!.callFrame as { functionName: string; url: string; lineNumber?: number };
  return `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${(f.lineNumber ?? 0) + 1}`;
};
const self = new Map<string, number>();
const incl = new Map<string, number>();
let total = 0;
const kinds = new Map<string, number>();
for (let i = 0; i < profile.samples.length; i++) {
  const dur = (profile.timeDeltas[i + 1] ?? 0) / 1000;
  const name = byId.get(profile.samples[i]!)!.callFrame.functionName;
  const k = name.startsWith('(') ? name : 'js';
  kinds.set(k, (kinds.get(k) ?? 0) + dur);
}
console.log('busy by kind', [...kinds].map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', '));
for (let i = 0; i < profile.samples.length; i++) {
  const dur = (profile.timeDeltas[i + 1] ?? 0) / 1000;
  let id: number | undefined = profile.samples[i]!;
  const chain: number[] = [];
  while (id !== undefined) { chain.push(id); id = parent.get(id); }
  if (!chain.some(own)) continue;
  total += dur;
  // self: the leaf, named with its nearest extension frame when the leaf is native
  const leaf = chain[0]!;
  const nearest = chain.find(own)!;
  const key = leaf === nearest ? label(leaf) : `${byId.get(leaf)!.callFrame.functionName || '(native)'} <- ${label(nearest)}`;
  self.set(key, (self.get(key) ?? 0) + dur);
  for (const l of new Set(chain.filter(own).map(label))) incl.set(l, (incl.get(l) ?? 0) + dur);
}
// The longest stretches of extension samples, with the outermost extension frame that opened them.
{
  const stretches: { ms: number; at: string; leaves: Map<string, number> }[] = [];
  let run = 0; let opener = ''; let leaves = new Map<string, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const dur = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    let id: number | undefined = profile.samples[i]!;
    const chain: number[] = [];
    while (id !== undefined) { chain.push(id); id = parent.get(id); }
    const owned = chain.filter(own);
    if (owned.length) {
      if (run === 0) opener = label(owned.at(-1)!) + ' > ' + (owned.length > 1 ? label(owned.at(-2)!) : '');
      run += dur;
      const leaf = chain[0] === owned[0] ? label(chain[0]!) : `${byId.get(chain[0]!)!.callFrame.functionName || '(native)'} <- ${label(owned[0]!)}`;
      leaves.set(leaf, (leaves.get(leaf) ?? 0) + dur);
    } else if (run) { stretches.push({ ms: run, at: opener, leaves }); run = 0; leaves = new Map(); }
  }
  stretches.sort((a, b) => b.ms - a.ms);
  console.log('longest stretches', stretches.slice(0, 8).map((s) => `${s.ms.toFixed(1)} ${s.at}\n      ${[...s.leaves].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, v]) => `${v.toFixed(1)} ${k}`).join(' | ')}`).join('\n  '));
}
const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${v.toFixed(1).padStart(8)} ms  ${k}`).join('\n');
if (process.env.LINES) {
  const want = new Set(process.env.LINES.split(',').map(Number));
  const ticks = new Map<number, number>();
  for (const n of profile.nodes as (CpuProfile['nodes'][number] & { positionTicks?: { line: number; ticks: number }[]; callFrame: { lineNumber: number } })[]) {
    if (!own(n.id) || !want.has(n.callFrame.lineNumber + 1)) continue;
    for (const p of n.positionTicks ?? []) ticks.set(p.line, (ticks.get(p.line) ?? 0) + p.ticks);
  }
  console.log('line ticks', [...ticks].sort((a, b) => a[0] - b[0]).map(([l, t]) => `${l}:${t}`).join(' '));
}
console.log(`as the bench counts it: ${JSON.stringify(attribute(profile, (u) => u.startsWith('chrome-extension://')))}`);
console.log(`total ${total.toFixed(1)} ms\n--- self ---\n${top(self, 40)}\n--- inclusive ---\n${top(incl, 50)}`);
