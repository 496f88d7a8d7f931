// The registry this project installs from serves only the Linux builds of Rollup's native
// binaries, so npm leaves the other platforms out of package-lock.json and `npm ci` then refuses
// the lock. Recording each missing optional package with its os/cpu lets npm skip them by
// platform without ever fetching them. Run after `npm install` changes the lock.
import { readFileSync, writeFileSync } from 'node:fs';

const lockPath = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
const packages = lock.packages;

const platform = (name) => {
  const tail = name.split('/').pop().replace(/^rollup-/, '');
  const [os, cpu, libc] = tail.split('-');
  const osName = os === 'win32' ? 'win32' : os === 'android' ? 'android' : os;
  return { os: [osName], cpu: [cpu], ...(libc && /gnu|musl/.test(libc) ? { libc: [libc.replace(/eabihf$/, '')] } : {}) };
};

let added = 0;
for (const [path, entry] of Object.entries(packages)) {
  if (!path.endsWith('node_modules/rollup') || !entry.optionalDependencies) continue;
  for (const [name, version] of Object.entries(entry.optionalDependencies)) {
    if (!name.startsWith('@rollup/')) continue;
    const key = `node_modules/${name}`;
    if (packages[key]) continue;
    packages[key] = { version, ...platform(name), dev: entry.dev, optional: true };
    if (!entry.dev) delete packages[key].dev;
    added += 1;
  }
}
const sorted = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0)));
lock.packages = sorted;
writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lock: recorded ${added} platform-only packages`);
