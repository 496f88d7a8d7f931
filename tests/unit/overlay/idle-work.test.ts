import { afterEach, describe, expect, it, vi } from 'vitest';
import { idleWork } from '../../../lib/overlay/idle-work';

type Cb = (d: { timeRemaining(): number; didTimeout: boolean }) => void;

describe('idle work', () => {
  const g = globalThis as { requestIdleCallback?: unknown; cancelIdleCallback?: unknown };
  afterEach(() => {
    delete g.requestIdleCallback;
    delete g.cancelIdleCallback;
  });

  function fakeIdle() {
    const queued: Cb[] = [];
    const options: unknown[] = [];
    g.requestIdleCallback = (cb: Cb, o: unknown) => (options.push(o), queued.push(cb));
    g.cancelIdleCallback = (id: number) => (queued[id - 1] = () => undefined);
    return { queued, options };
  }

  it('asks for one slice at a time, with a timeout so a busy page cannot hold the work back for ever', () => {
    const idle = fakeIdle();
    const run = vi.fn();
    const work = idleWork(run, { timeoutMs: 400 });
    work.request();
    work.request();
    expect(idle.queued).toHaveLength(1);
    expect(idle.options[0]).toEqual({ timeout: 400 });
    expect(work.pending).toBe(true);
    idle.queued[0]!({ timeRemaining: () => 30, didTimeout: false });
    expect(work.pending).toBe(false);
    work.request();
    expect(idle.queued).toHaveLength(2);
  });

  it('never takes more than the page leaves idle, nor more than its own cap; a timed-out slice stays small', () => {
    const idle = fakeIdle();
    const budgets: number[] = [];
    const work = idleWork((b) => budgets.push(b), { maxSliceMs: 8, minSliceMs: 3 });
    for (const d of [{ left: 30, out: false }, { left: 5, out: false }, { left: 0.5, out: false }, { left: 40, out: true }]) {
      work.request();
      idle.queued.at(-1)!({ timeRemaining: () => d.left, didTimeout: d.out });
    }
    expect(budgets).toEqual([8, 5, 3, 3]);
  });

  it('cancels a slice asked for, and falls back to a timer where the browser has no idle callbacks', async () => {
    const run = vi.fn();
    const work = idleWork(run);
    work.request();
    work.cancel();
    await new Promise((r) => setTimeout(r, 10));
    expect(run).not.toHaveBeenCalled();
    work.request();
    await new Promise((r) => setTimeout(r, 10));
    expect(run).toHaveBeenCalledTimes(1);
  });
});
