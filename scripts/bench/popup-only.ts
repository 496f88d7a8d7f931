/**
 * Only the popup's first render with a large store, against the floor page (see popup-bench.ts).
 * Usage: MODERATO_OUT=.output-popup npx wxt build && MODERATO_OUT=.output-popup npx tsx scripts/bench/popup-only.ts [runs]
 */
import { execSync } from 'node:child_process';
import { popupBench } from './popup-bench';

const runs = Number(process.argv[2] ?? process.env.BENCH_RUNS ?? 7);
const r = await popupBench(runs);
const f = (n: number) => n.toFixed(1);
console.log(`popup first render, ${r.comments} comments + ${r.notes} notes, ${runs} runs (first discarded), medians:`);
console.log(`  popup  ${f(r.firstRenderMs)} ms   all: ${r.all.map((t) => f(t.paintedMs)).join(' ')}`);
console.log(`  floor  ${f(r.floorMs)} ms   all: ${r.floor.map((t) => f(t.paintedMs)).join(' ')}`);
console.log(`  popup − floor  ${f(r.overFloorMs)} ms   all: ${r.all.map((t, i) => f(t.paintedMs - r.floor[i]!.paintedMs)).join(' ')}`);
console.log(`  row inserted (popup)  all: ${r.all.map((t) => f(t.insertedMs)).join(' ')}`);
console.log(`  domInteractive popup / floor  all: ${r.all.map((t, i) => `${f(t.domInteractiveMs)}/${f(r.floor[i]!.domInteractiveMs)}`).join(' ')}`);
console.log(`  uptime: ${execSync('uptime').toString().trim()}`);
