import type { Page } from 'playwright-core';

/** The part of a Chromium trace event the bench scripts read. */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; type?: string; functionName?: string } };
}

/** Starts a Chromium trace of `page`; the function it returns ends the trace and gives its events. */
export async function startTrace(page: Page, categories: string): Promise<() => Promise<TraceEvent[]>> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    events.push(...(e.value as unknown as TraceEvent[]));
  });
  const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { categories, transferMode: 'ReportEvents' });
  return async () => {
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
    return events;
  };
}

/** The complete events of the renderer's main thread: the thread with the most events named `marker`. */
export function mainThread(events: readonly TraceEvent[], marker: string): TraceEvent[] {
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    if (e.ph !== 'X') continue;
    const key = `${e.pid}:${e.tid}`;
    const list = byThread.get(key);
    if (list) list.push(e);
    else byThread.set(key, [e]);
  }
  const count = (list: TraceEvent[]) => list.filter((e) => e.name === marker).length;
  return [...byThread.values()].reduce((a, c) => (count(c) > count(a) ? c : a), []);
}
