/**
 * Runs the content script's work in the host page's idle time, a slice at a time. The page's own tasks
 * (its timers, its input, its rendering) always go first; `timeoutMs` keeps a page that is never idle
 * from holding the badges back for long.
 */
export interface IdleWork {
  /** Asks for one slice; `run` gets the milliseconds it may use. No-op while a slice is already asked for. */
  request(): void;
  cancel(): void;
  readonly pending: boolean;
}

interface IdleDeadlineLike {
  timeRemaining(): number;
  readonly didTimeout: boolean;
}

type RequestIdle = (cb: (deadline: IdleDeadlineLike) => void, options?: { timeout: number }) => number;

export function idleWork(run: (budgetMs: number) => void, { maxSliceMs = 8, minSliceMs = 3, timeoutMs = 400 } = {}): IdleWork {
  const ric = (globalThis as { requestIdleCallback?: RequestIdle }).requestIdleCallback;
  const cic = (globalThis as { cancelIdleCallback?: (id: number) => void }).cancelIdleCallback;
  let handle: number | ReturnType<typeof setTimeout> | 0 = 0;
  let viaIdle = false;

  const slice = (deadline: IdleDeadlineLike | null): void => {
    handle = 0;
    // A timed-out request or the fallback has no idle period to measure: it takes the small slice.
    const left = deadline && !deadline.didTimeout ? deadline.timeRemaining() : 0;
    run(Math.min(maxSliceMs, Math.max(minSliceMs, left)));
  };

  return {
    request() {
      if (handle) return;
      if (ric) {
        viaIdle = true;
        handle = ric(slice, { timeout: timeoutMs });
      } else {
        viaIdle = false;
        handle = setTimeout(() => slice(null), 0);
      }
    },
    cancel() {
      if (!handle) return;
      if (viaIdle) cic?.(handle as number);
      else clearTimeout(handle as ReturnType<typeof setTimeout>);
      handle = 0;
    },
    get pending() {
      return handle !== 0;
    },
  };
}
