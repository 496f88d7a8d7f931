import { afterEach } from 'vitest';
import { ModeratoDatabase } from '../../../lib/db/database';

let n = 0;
const open: ModeratoDatabase[] = [];

/** A fresh database per test (fake-indexeddb, loaded in setup), deleted afterwards. */
export function freshDb(): ModeratoDatabase {
  const db = new ModeratoDatabase(`moderato-test-${process.pid}-${++n}`);
  open.push(db);
  return db;
}

afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});
