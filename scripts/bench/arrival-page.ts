/**
 * The benchmark page: comments arrive 20 every 50 ms until 1,000 are there, as when a busy post's
 * comments load while the moderator scrolls. The page's own interval records how late each of its
 * ticks fired, which tells whether anything on the page made the site's own timers slip.
 */
export interface ArrivalPlan {
  /** Full HTML document with an empty comment container marked data-bench-target. */
  shell: string;
  /** One HTML chunk per tick. */
  batches: string[];
  intervalMs: number;
  /** A script URL to include (the floor pass), or none. */
  extraScript?: string;
}

export function arrivalDocument(plan: ArrivalPlan): string {
  const driver = `
(() => {
  const batches = ${JSON.stringify(plan.batches).replace(/</g, '\\u003c')};
  const target = document.querySelector('[data-bench-target]');
  const lateness = [];
  const delays = [];
  let k = 0;
  window.__arrival = { done: false, lateness, delays };
  const start = performance.now();
  let last = start;
  const timer = setInterval(() => {
    const at = performance.now();
    // Against the ideal schedule (adds up: Chromium re-arms a late interval from when it ran) and
    // against the previous tick (how late this one tick was).
    lateness.push(at - (start + (k + 1) * ${plan.intervalMs}));
    delays.push(at - last - ${plan.intervalMs});
    last = at;
    const t = document.createElement('template');
    t.innerHTML = batches[k];
    target.append(t.content);
    k += 1;
    if (k === batches.length) {
      clearInterval(timer);
      window.__arrival.done = true;
      window.__arrival.endedAt = performance.now();
    }
  }, ${plan.intervalMs});
})();`;
  const extra = plan.extraScript ? `<script src="${plan.extraScript}"></script>` : '';
  // The driver starts after load, when content scripts (document_idle) are in place.
  const start = `<script>addEventListener('load', () => setTimeout(() => { ${driver} }, 300));</script>`;
  return plan.shell.replace('</body>', `${extra}${start}</body>`);
}

/** The floor: the least any extension must do, find every comment node as it arrives and mark it. */
export const FLOOR_SCRIPT = `
(() => {
  const seen = new WeakSet();
  const SELECTOR = %SELECTOR%;
  const mark = (el) => { if (!seen.has(el)) { seen.add(el); el.setAttribute('data-floor-seen', ''); } };
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) {
      if (n.nodeType !== 1) continue;
      if (n.matches(SELECTOR)) mark(n);
      for (const el of n.querySelectorAll(SELECTOR)) mark(el);
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
})();`;
