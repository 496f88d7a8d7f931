import { useSignal, type Signal } from '@preact/signals';
import { liveQuery } from 'dexie';
import { useEffect } from 'preact/hooks';

/**
 * A signal that follows a Dexie query: views re-render when the stored data changes, from any tab.
 * With `start` false the query waits (e.g. a large read held back until the first rows are on screen).
 * `failed` turns true when the query fails (storage unavailable): a view still waiting for its first
 * value says so instead of staying empty.
 */
export function useLiveQuery<T>(query: () => Promise<T>, initial: T, start = true, failed?: Signal<boolean>): Signal<T> {
  const value = useSignal(initial);
  useEffect(() => {
    if (!start) return undefined;
    const sub = liveQuery(query).subscribe({
      next: (v) => {
        value.value = v;
        if (failed) failed.value = false;
      },
      error: () => {
        if (failed) failed.value = true;
      },
    });
    return () => sub.unsubscribe();
  }, [start]);
  return value;
}
