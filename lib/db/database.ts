import Dexie, { type Table } from 'dexie';
import type { TrackedComment } from '../models/comment';
import { waitSinceMiddleware, waitSinceOf } from './wait-since';

export interface SettingsRow {
  /** 'settings' for the general settings, 'netiquette' for the netiquette and its rules. */
  id: string;
  value: unknown;
}

/** Rows whose shape a feature's zod schema checks on every read; the database only indexes them. */
export interface FeatureRow {
  id?: number | string;
  [field: string]: unknown;
}

/** The schemas by version. Each entry stays as it was; a new version adds a line and an upgrade test. */
export const SCHEMA = {
  1: {
    settings: 'id',
    comments: 'key, site, open, firstSeenAt, pageName',
  },
  2: {
    settings: 'id',
    comments: 'key, site, open, firstSeenAt, pageName',
    /** Response guide: one row per topic, templates inside; `position` orders the editor. */
    guideTopics: 'id, position',
    /** Netiquette flags a moderator dismissed, per comment and, where chosen, per term. */
    dismissals: '++id, commentKey, term',
    /** Response-ladder steps taken against an author. */
    strikes: '++id, authorKey, at, commentKey',
    /** Team notes on a comment or an author. */
    notes: 'id, commentKey, authorKey, at',
  },
  3: {
    settings: 'id',
    /** `waitSince` is derived (see wait-since.ts): the popup reads the longest-waiting first without reading all. */
    comments: 'key, site, open, firstSeenAt, pageName, [open+waitSince]',
    guideTopics: 'id, position',
    dismissals: '++id, commentKey, term',
    strikes: '++id, authorKey, at, commentKey',
    notes: 'id, commentKey, authorKey, at',
  },
} as const;

/**
 * The one IndexedDB database, in the extension's own origin (content scripts reach it through the
 * background). Every version bump keeps its predecessor's schema here and comes with an upgrade test.
 */
export class ModeratoDatabase extends Dexie {
  settings!: Table<SettingsRow, string>;
  comments!: Table<TrackedComment, string>;
  guideTopics!: Table<FeatureRow, string>;
  dismissals!: Table<FeatureRow, number>;
  strikes!: Table<FeatureRow, number>;
  notes!: Table<FeatureRow, string>;

  constructor(name = 'moderato') {
    super(name);
    this.version(1).stores(SCHEMA[1]);
    // v2: guide, netiquette dismissals and strikes, notes; comments gain a claim (who is on it).
    this.version(2)
      .stores(SCHEMA[2])
      .upgrade((tx) =>
        tx
          .table('comments')
          .toCollection()
          .modify((row: Record<string, unknown>) => {
            row.claimedBy ??= null;
            row.claimedAt ??= null;
          }),
      );
    // v3: comments indexed by how long they wait, for the popup's first rows.
    this.version(3)
      .stores(SCHEMA[3])
      .upgrade((tx) =>
        tx
          .table('comments')
          .toCollection()
          .modify((row: Record<string, unknown>) => {
            const at = waitSinceOf(row);
            if (at !== undefined) row.waitSince = at;
          }),
      );
    this.use(waitSinceMiddleware);
  }
}

let shared: ModeratoDatabase | null = null;

export function database(): ModeratoDatabase {
  shared ??= new ModeratoDatabase();
  return shared;
}
