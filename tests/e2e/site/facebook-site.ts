import { readFileSync } from 'node:fs';
import { renderFacebookPage, renderFacebookPost, type FbPostSpec, type FbUi } from '../../fixtures/facebook/markup';
import { COURSE_POST, DEMO_PAGE, demoPageSpec, EASTER_POST, OTHER_PAGE, otherPageSpec } from '../../fixtures/facebook/demo-company';
import type { FixtureHandler, FixtureRequest } from '../support/fixture-server';

const CLIENT = readFileSync(new URL('./site-client.js', import.meta.url), 'utf8');
const CSS = readFileSync(new URL('./site.css', import.meta.url), 'utf8');

/** Comments that arrive with infinite scroll: one more post per batch, three batches. */
export const SCROLL_BATCHES = 3;
export const scrollPost = (batch: number): FbPostSpec => ({
  id: String(830000000000000 + batch),
  minutesAgo: 5 * 24 * 60,
  text: `Älterer Beitrag ${batch + 1}`,
  comments: [
    { id: String(1640000000000000 + batch * 100 + 1), author: `Scroll Leserin ${batch + 1}`, lang: 'de', minutesAgo: 70 + batch, text: `Frage aus dem Archiv ${batch + 1}` },
    { id: String(1640000000000000 + batch * 100 + 2), author: `Scroll Reader ${batch + 1}`, lang: 'en', minutesAgo: 8 + batch, text: `Question from further down ${batch + 1}` },
  ],
});

export interface FacebookSiteOptions {
  /** A page at this path whose markup Moderato's selectors do not know. */
  unknownLayoutPath?: string;
}

const withClient = (doc: string) =>
  doc.replace('</head>', '<link rel="stylesheet" href="/__fixture/site.css"></head>').replace('</body>', '<script src="/__fixture/site.js"></script></body>');
const bodyOf = (doc: string) => doc.slice(doc.indexOf('<body>') + 6, doc.lastIndexOf('</body>'));

/** A comment-like article in a markup Moderato has never seen: the health line must notice. */
function unknownLayoutPage(): string {
  // As if Facebook dropped role=article: the comment permalinks are still there.
  const article = (n: number) =>
    `<div role="listitem"><a href="https://www.facebook.com/kundin${n}?comment_id=500${n}">Kundin ${n}</a><p>Neues Layout ${n}</p>` +
    `<a href="https://www.facebook.com/${DEMO_PAGE.vanity}/posts/1?comment_id=500${n}">${n} Min.</a></div>`;
  return `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>${DEMO_PAGE.name}</title></head><body><div role="main"><div role="feed">${[1, 2, 3].map(article).join('')}</div></div></body></html>`;
}

/** The document for a path, rendered at request time so relative times are live. */
export function facebookDocument(path: string, query: URLSearchParams, options: FacebookSiteOptions = {}): string | null {
  const ui = (query.get('ui') === 'de' ? 'de' : 'en') as FbUi;
  const now = Date.now();
  if (options.unknownLayoutPath && path === options.unknownLayoutPath) return unknownLayoutPage();
  if (path === `/${DEMO_PAGE.vanity}`) return renderFacebookPage(demoPageSpec(ui, { now }));
  if (path === `/${DEMO_PAGE.vanity}/posts/${COURSE_POST.id}`) return renderFacebookPage(demoPageSpec(ui, { now, posts: [COURSE_POST] }));
  if (path === '/permalink.php') return renderFacebookPage(demoPageSpec(ui, { now, posts: [COURSE_POST], dialog: EASTER_POST }));
  if (path === `/${OTHER_PAGE.vanity}`) return renderFacebookPage(otherPageSpec(ui, { now }));
  return null;
}

export function facebookSite(options: FacebookSiteOptions = {}): FixtureHandler {
  return (req: FixtureRequest) => {
    if (!/(^|\.)facebook\.com$/.test(req.host)) return null;
    if (req.path === '/__fixture/site.js') return { type: 'text/javascript', body: CLIENT };
    if (req.path === '/__fixture/site.css') return { type: 'text/css', body: CSS };
    if (req.path === '/__fixture/more') {
      const batch = Number(req.query.get('batch') ?? '0');
      if (batch >= SCROLL_BATCHES) return { body: '' };
      return { body: renderFacebookPost(scrollPost(batch), { pageName: DEMO_PAGE.name, pageVanity: DEMO_PAGE.vanity, ui: 'en', now: Date.now(), position: 10 + batch }) };
    }
    if (req.path === '/__fixture/body') {
      const target = new URL(req.query.get('path') ?? '/', 'https://www.facebook.com');
      const doc = facebookDocument(target.pathname, target.searchParams, options);
      return doc ? { body: bodyOf(doc) } : { status: 404, body: '' };
    }
    const doc = facebookDocument(req.path, req.query, options);
    return doc ? { body: withClient(doc) } : null;
  };
}

/** What the options page would store for the demo company. */
export const DEMO_SETTINGS = {
  pages: [{ site: 'facebook', name: DEMO_PAGE.name, url: DEMO_PAGE.url, pageId: DEMO_PAGE.pageId }],
  agentName: DEMO_PAGE.agent,
  targetMinutes: 60,
  backlogDays: 30,
};
