// The fixture site's own behaviour, as the real sites have it: more comments arrive while the user
// scrolls (infinite scroll) and links navigate without a page load (single-page app). This is the
// host page's code, not Moderato's.
(() => {
  const feed = () => document.querySelector('[data-fixture-feed], [role="feed"]');
  let batch = 0;
  let loading = false;

  async function more() {
    if (loading) return false;
    loading = true;
    try {
      const res = await fetch(`/__fixture/more?path=${encodeURIComponent(location.pathname)}&batch=${batch}`);
      if (!res.ok) return false;
      const html = await res.text();
      if (!html.trim()) return false;
      const template = document.createElement('template');
      template.innerHTML = html;
      (feed() ?? document.body).append(template.content);
      batch += 1;
      return true;
    } finally {
      loading = false;
    }
  }

  // Swaps the whole page body, as a single-page app re-renders its root on navigation.
  async function go(path, push) {
    const res = await fetch(`/__fixture/body?path=${encodeURIComponent(path)}`);
    const html = await res.text();
    document.body.innerHTML = html;
    batch = 0;
    if (push) history.pushState({}, '', path);
  }

  window.__fixture = { more, go };
  addEventListener('scroll', () => {
    if (innerHeight + scrollY >= document.body.scrollHeight - 200) void more();
  });
  document.addEventListener('click', (e) => {
    const link = e.target instanceof Element ? e.target.closest('a[data-spa]') : null;
    if (!link) return;
    e.preventDefault();
    void go(new URL(link.href).pathname + new URL(link.href).search, true);
  });
  addEventListener('popstate', () => void go(location.pathname + location.search, false));
})();
