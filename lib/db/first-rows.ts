/**
 * The popup's first rows read with the plain IndexedDB API, so the first paint need not wait for Dexie:
 * the settings row and the first `limit` open comments through the `[open+waitSince]` index, skipping
 * backlog on the way exactly as comments-store.ts `longestWaiting` does. Rows come back unvalidated:
 * the first paint checks them with lib/models/light-check.ts, the full app with zod.
 * Never creates or upgrades the database: if it does not exist yet, or is older than v3, the answer is null
 * and the full app (Dexie) does the rest.
 */
import { lightSettings } from '../models/light-check';

export interface FirstRead {
  /** The stored settings value, as read. */
  settings: unknown;
  /** The comment records, longest waiting first, as read. */
  rows: unknown[];
}

const INDEX = '[open+waitSince]';

export function readFirstRows(limit: number, name = 'moderato'): Promise<FirstRead | null> {
  return new Promise((resolve) => {
    let req: IDBOpenDBRequest;
    try {
      req = indexedDB.open(name);
    } catch {
      resolve(null);
      return;
    }
    // No database yet: abort, so that creating it stays Dexie's job.
    req.onupgradeneeded = () => req.transaction?.abort();
    req.onerror = (e) => {
      e.preventDefault();
      resolve(null);
    };
    req.onblocked = () => resolve(null);
    req.onsuccess = () => {
      const db = req.result;
      // Dexie may need to upgrade while this connection is open: let it.
      db.onversionchange = () => db.close();
      const done = (value: FirstRead | null) => {
        db.close();
        resolve(value);
      };
      try {
        if (!db.objectStoreNames.contains('settings') || !db.objectStoreNames.contains('comments')) return done(null);
        const tx = db.transaction(['settings', 'comments'], 'readonly');
        const comments = tx.objectStore('comments');
        if (!comments.indexNames.contains(INDEX)) return done(null);
        tx.onabort = () => done(null);
        // Both requests go out at once; the backlog filter is applied when both are back.
        let settings: unknown;
        let batch: unknown[] | null = null;
        let settingsRead = false;
        // The same range as Dexie's between([1, minKey], [1, maxKey]).
        const range = IDBKeyRange.bound([1, -Infinity], [1, [[]]]);
        const index = comments.index(INDEX);
        const settingsReq = tx.objectStore('settings').get('settings');
        const batchReq = index.getAll(range, limit);
        const bothBack = () => {
          if (!settingsRead || batch === null) return;
          const backlogMs = lightSettings(settings).backlogDays * 24 * 60 * 60_000;
          const current = (row: unknown) => {
            const r = row as { firstSeenAt: number; postedAt?: number | null };
            return r.firstSeenAt - (r.postedAt ?? r.firstSeenAt) <= backlogMs;
          };
          const rows = batch.filter(current);
          if (rows.length >= limit || batch.length < limit) return done({ settings, rows });
          // Backlog was skipped: read on from where the batch ended, one record at a time.
          const cursorReq = index.openCursor(range);
          let skipped = false;
          cursorReq.onsuccess = () => {
            const cursor = cursorReq.result;
            if (!cursor) return done({ settings, rows });
            if (!skipped) {
              skipped = true;
              cursor.advance(batch!.length);
              return;
            }
            if (current(cursor.value)) rows.push(cursor.value);
            if (rows.length >= limit) return done({ settings, rows });
            cursor.continue();
          };
        };
        settingsReq.onsuccess = () => {
          settings = (settingsReq.result as { value?: unknown } | undefined)?.value;
          settingsRead = true;
          bothBack();
        };
        batchReq.onsuccess = () => {
          batch = batchReq.result;
          bothBack();
        };
      } catch {
        done(null);
      }
    };
  });
}
