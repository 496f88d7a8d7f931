import { useSignal, type Signal } from '@preact/signals';
import { liveQuery } from 'dexie';
import { useEffect } from 'preact/hooks';

/** A signal that follows a Dexie query: views re-render when the stored data changes, from any tab. */
export function useLiveQuery<T>(query: () => Promise<T>, initial: T): Signal<T> {
  const value = useSignal(initial);
  useEffect(() => {
    const sub = liveQuery(query).subscribe({ next: (v) => (value.value = v), error: () => undefined });
    return () => sub.unsubscribe();
  }, []);
  return value;
}
