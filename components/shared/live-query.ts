import { useSignal, type Signal } from '@preact/signals';
import { liveQuery } from 'dexie';
import { useEffect } from 'preact/hooks';

/**
 * A signal that follows a Dexie query: views re-render when the stored data changes, from any tab.
 * With `start` false the query waits (e.g. a large read held back until the first rows are on screen).
 */
export function useLiveQuery<T>(query: () => Promise<T>, initial: T, start = true): Signal<T> {
  const value = useSignal(initial);
  useEffect(() => {
    if (!start) return undefined;
    const sub = liveQuery(query).subscribe({ next: (v) => (value.value = v), error: () => undefined });
    return () => sub.unsubscribe();
  }, [start]);
  return value;
}
