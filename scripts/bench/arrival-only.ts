/**
 * One site's arrival benchmark alone, for A/B work: MODERATO_OUT=<build dir> npx tsx scripts/bench/arrival-only.ts [facebook|x] [runs]
 * Prints the medians as JSON with the load average, since a busy machine inflates every figure.
 */
import { loadavg } from 'node:os';
import { startFixtureServer } from '../../tests/e2e/support/fixture-server';
import { arrivalBench } from './arrival-bench';
import { facebookScenario } from './facebook-scenario';
import { xScenario } from './x-scenario';

const server = await startFixtureServer(() => null);
try {
  const before = loadavg()[0]!;
  const r = await arrivalBench(server, process.argv[2] === 'x' ? xScenario : facebookScenario, Number(process.argv[3] ?? 3));
  console.log(JSON.stringify({ ...r, load: [before, loadavg()[0]].map((l) => l!.toFixed(2)).join(' → ') }));
} finally {
  await server.close();
}
