// The X fixture's own behaviour, as x.com has it: a single-page app (links push a history entry and the
// primary column is re-rendered; its timeline arrives a moment later, as X's does after a spinner) and a
// virtualised timeline (only the rows near the viewport are in the DOM; rows that leave are removed and rows
// scrolled back to are created anew from the same markup). This is the host page's code, not Moderato's.
(() => {
  /** Rows rendered beyond the viewport on each side, in pixels: about ten rows are in the DOM at a time. */
  const OVERSCAN = 400;
  /** How long the new view's timeline takes to arrive after navigation. */
  const LOAD_MS = 120;

  let view = null;
  let list = null;
  const rendered = new Map();
  let generation = 0;
  let maxRendered = 0;

  const column = () => document.querySelector('[data-testid="primaryColumn"]');

  function listTop() {
    return list.getBoundingClientRect().top + scrollY;
  }

  function range() {
    if (!view || !list || !view.rows.length) return { from: 0, to: -1 };
    const h = view.rowHeight;
    const top = listTop();
    const from = Math.max(0, Math.floor((scrollY - OVERSCAN - top) / h));
    const to = Math.min(view.rows.length - 1, Math.floor((scrollY + innerHeight + OVERSCAN - top) / h));
    return { from, to };
  }

  function renderWindow() {
    if (!view || !list || !list.isConnected) return;
    const { from, to } = range();
    for (const [i, row] of rendered) {
      if (i < from || i > to) {
        row.remove();
        rendered.delete(i);
      }
    }
    for (let i = from; i <= to; i++) {
      if (rendered.has(i)) continue;
      const template = document.createElement('template');
      template.innerHTML = view.rows[i];
      const row = template.content.firstElementChild;
      let next = null;
      for (let j = i + 1; j <= to && !next; j++) next = rendered.get(j) ?? null;
      list.insertBefore(row, next);
      rendered.set(i, row);
    }
    maxRendered = Math.max(maxRendered, rendered.size);
  }

  /** Shows a view: the column at once, its rows after LOAD_MS (or at once, for the first page load). */
  function show(next, delayed) {
    const col = column();
    col.innerHTML = next.column;
    document.title = next.title;
    rendered.clear();
    view = next;
    list = col.querySelector('section[role="region"] > div[aria-label] > div');
    list.style.minHeight = `${next.rows.length * next.rowHeight}px`;
    scrollTo(0, 0);
    const gen = ++generation;
    if (delayed) setTimeout(() => gen === generation && renderWindow(), LOAD_MS);
    else renderWindow();
  }

  async function go(path, push = true) {
    const res = await fetch(`/__x/view?path=${encodeURIComponent(path)}${location.search.includes('ui=de') ? '&ui=de' : ''}`);
    if (!res.ok) {
      location.assign(path);
      return;
    }
    const next = await res.json();
    if (push) history.pushState({}, '', path);
    show(next, true);
  }

  /** Puts row `index` at the top of the viewport, as scrolling there would. Returns the rendered range. */
  function scrollToRow(index) {
    scrollTo(0, listTop() + index * view.rowHeight);
    renderWindow();
    return range();
  }

  window.__x = {
    go,
    scrollToRow,
    range,
    rowCount: () => (view ? view.rows.length : 0),
    /** Row index of the post with this status id, or -1. */
    indexOf: (id) => (view ? view.ids.indexOf(id) : -1),
    ids: () => (view ? view.ids.slice() : []),
    renderedCount: () => rendered.size,
    maxRendered: () => maxRendered,
    /** Whether the view's rows are in (the first render after navigation is delayed). */
    ready: () => rendered.size > 0 || (view !== null && view.rows.length === 0),
  };

  addEventListener('scroll', renderWindow, { passive: true });
  addEventListener('resize', renderWindow);
  addEventListener('popstate', () => void go(location.pathname, false));
  document.addEventListener('click', (e) => {
    const link = e.target instanceof Element ? e.target.closest('a[href]') : null;
    if (!link || link.target === '_blank' || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey) return;
    const url = new URL(link.href);
    if (url.origin !== location.origin) return;
    e.preventDefault();
    void go(url.pathname);
  });

  const initial = document.getElementById('__x_view');
  if (initial) show(JSON.parse(initial.textContent), false);
})();
