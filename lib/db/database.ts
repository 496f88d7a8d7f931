import Dexie, { type Table } from 'dexie';
import type { TrackedComment } from '../models/comment';

export interface SettingsRow {
  id: 'settings';
  value: unknown;
}

/**
 * The one IndexedDB database, in the extension's own origin (content scripts reach it through the
 * background). Every version bump keeps its predecessor's schema here and comes with an upgrade test.
 */
export class ModeratoDatabase extends Dexie {
  settings!: Table<SettingsRow, string>;
  comments!: Table<TrackedComment, string>;

  constructor(name = 'moderato') {
    super(name);
    this.version(1).stores({
      settings: 'id',
      comments: 'key, site, open, firstSeenAt, pageName',
    });
  }
}

let shared: ModeratoDatabase | null = null;

export function database(): ModeratoDatabase {
  shared ??= new ModeratoDatabase();
  return shared;
}
