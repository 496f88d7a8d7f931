import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { renderXPage, renderXRow, type XPageSpec, type XPostSpec, type XRowSpec, type XUi } from '../../fixtures/x/markup';
import {
  customerStatusPageSpec, EXPECTED, mentionsPageSpec, POSTS, profilePageSpec, repliesPageSpec, statusPageSpec, X_COMPANY, X_OWN_PAGE, XID,
} from '../../fixtures/x/demo-company';
import type { FixtureHandler, FixtureRequest } from '../support/fixture-server';

const CLIENT = readFileSync(new URL('./x-client.js', import.meta.url), 'utf8');

/** Height each timeline row is placed apart (X measures its rows; the fixture's are all alike). */
export const X_ROW_HEIGHT = 180;

const HANDLE = X_COMPANY.handle;

/** The company's course post, whose conversation is long enough to be virtualised many times over. */
export const LONG_BRANCHES = 60;
export const LONG_PATH = `/${HANDLE}/status/${XID.course}`;
export const LAUNCH_PATH = `/${HANDLE}/status/${XID.launch}`;
export const KATHI_PATH = `/kathi_m/status/${XID.kathi}`;
export const PROFILE_PATH = `/${HANDLE}`;
export const REPLIES_PATH = `/${HANDLE}/with_replies`;
export const MENTIONS_PATH = '/notifications/mentions';
/** Another account's profile: not the company's, so Moderato leaves it alone even where it mentions the company. */
export const OTHER_PROFILE_PATH = '/muc_news';

/** 19 digits like X's ids: branch number, then the post's role in the branch. */
const longId = (branch: number, role: 1 | 2 | 3) => `1899${String(branch).padStart(3, '0')}00000000000${role}`;

/** What one post of a view means for Moderato, in page order. */
export interface XViewExpectation {
  id: string;
  parentId: string | null;
  handle: string;
  byOwner: boolean;
  /** Minutes from posting to the company's first answer down its reply chain; null while it waits. */
  answeredAfterMin: number | null;
  /** The company's post that answers it (somewhere below it in its reply chain). */
  answeredBy: string | null;
  minutesAgo: number;
}

const QUESTIONS = [
  { lang: 'de', text: 'Ist der Kurs auch für Kinder geeignet?' },
  { lang: 'en', text: 'Is the course held in English too?' },
  { lang: 'de', text: 'Muss ich eigenen Sauerteig mitbringen?' },
  { lang: 'en', text: 'How long does one session take?' },
] as const;

interface LongBranch {
  rows: XRowSpec[];
  expected: XViewExpectation[];
}

/**
 * Branch b of the long conversation, by b % 4: the company answered the customer (after 5 min); the customer
 * waits; a neighbour chimed in and both wait; a neighbour chimed in and the company answered the neighbour,
 * which answers the customer as well (after 7 and 4 min).
 */
function longBranch(b: number): LongBranch {
  const kind = b % 4;
  const q = QUESTIONS[b % QUESTIONS.length]!;
  const customer: XPostSpec = { id: longId(b, 1), handle: `kunde_${b}`, name: `Kundin ${b}`, text: `${q.text} (#${b})`, minutesAgo: 30 + 2 * b, lang: q.lang };
  const neighbour: XPostSpec = { id: longId(b, 2), handle: `nachbar_${b}`, name: `Nachbar ${b}`, text: 'Das würde mich auch interessieren.', minutesAgo: customer.minutesAgo - 3, lang: 'de' };
  const answer = (minutesAgo: number): XPostSpec => ({
    id: longId(b, 3), handle: HANDLE, name: X_COMPANY.name, text: `Danke für die Frage! Alles Weitere per DM 🙂 (#${b})`, minutesAgo, lang: 'de', verified: true,
  });
  const e = (p: XPostSpec, parentId: string, answeredAfterMin: number | null, answeredBy: XPostSpec | null = null): XViewExpectation => ({
    id: p.id, parentId, handle: p.handle, byOwner: p.handle === HANDLE, answeredAfterMin, answeredBy: answeredBy?.id ?? null, minutesAgo: p.minutesAgo,
  });
  if (kind === 0) {
    const a = answer(customer.minutesAgo - 5);
    return { rows: [{ post: customer }, { post: a }, { divider: true }], expected: [e(customer, XID.course, 5, a), e(a, customer.id, null)] };
  }
  if (kind === 1) return { rows: [{ post: customer }, { divider: true }], expected: [e(customer, XID.course, null)] };
  if (kind === 2) {
    return { rows: [{ post: customer }, { post: neighbour }, { divider: true }], expected: [e(customer, XID.course, null), e(neighbour, customer.id, null)] };
  }
  const a = answer(customer.minutesAgo - 7);
  return {
    rows: [{ post: customer }, { post: neighbour }, { post: a }, { divider: true }],
    expected: [e(customer, XID.course, 7, a), e(neighbour, customer.id, 4, a), e(a, neighbour.id, null)],
  };
}

const longBranches = Array.from({ length: LONG_BRANCHES }, (_, b) => longBranch(b));

/** Posts of the long conversation Moderato must store (the focused post, every reply); "Discover more" is not. */
export const LONG_EXPECTED: readonly XViewExpectation[] = [
  { id: XID.course, parentId: null, handle: HANDLE, byOwner: true, answeredAfterMin: null, answeredBy: null, minutesAgo: POSTS.course.minutesAgo },
  ...longBranches.flatMap((b) => b.expected),
];
export const LONG_NOT_RETURNED = [XID.discoverNews, XID.discoverBakery];

function longConversationSpec(ui: XUi, now: number): XPageSpec {
  const base = statusPageSpec(ui, { now });
  return {
    ...base,
    title: `${X_COMPANY.name} auf X: „Backkurs im April …“ / X`,
    timeline: {
      ...base.timeline,
      rows: [
        { post: POSTS.course, focused: true },
        { composer: true },
        ...longBranches.flatMap((b) => b.rows),
        { heading: ui === 'de' ? 'Mehr entdecken' : 'Discover more' },
        { post: POSTS.discoverNews },
        { divider: true },
        { post: POSTS.discoverBakery },
      ],
    },
  };
}

function otherProfileSpec(ui: XUi, now: number): XPageSpec {
  const base = profilePageSpec(ui, { now });
  const name = POSTS.marketNews.name;
  const label = ui === 'de' ? `Timeline: Posts von ${name}` : `Timeline: ${name}’s posts`;
  return {
    ...base,
    title: `${name} (@${POSTS.marketNews.handle}) / X`,
    columnHeading: name,
    tabs: undefined,
    timeline: {
      label, title: label,
      rows: [
        { post: POSTS.marketNews },
        { post: POSTS.discoverNews },
        { post: { ...POSTS.lenaBreakfast, socialContext: ui === 'de' ? `${name} hat repostet` : `${name} reposted`, socialHandle: POSTS.marketNews.handle } },
      ],
    },
  };
}

/** The demo views as the overlay must read them (answered after: minutes between post and the company's answer). */
const fromDemo = (list: readonly { id: string; parentId: string | null; handle: string; byOwner: boolean; answeredBy?: string; minutesAgo: number }[]): XViewExpectation[] => {
  const minutesOf = new Map<string, number>(Object.values(POSTS).map((p) => [p.id, p.minutesAgo]));
  return list.map((x) => ({
    id: x.id, parentId: x.parentId, handle: x.handle, byOwner: x.byOwner, minutesAgo: x.minutesAgo,
    answeredAfterMin: x.answeredBy ? x.minutesAgo - minutesOf.get(x.answeredBy)! : null,
    answeredBy: x.answeredBy ?? null,
  }));
};

/** Per view: the posts Moderato must annotate and store, in page order. */
export const X_VIEW_EXPECTED: Record<'launch' | 'kathi' | 'mentions' | 'profile' | 'replies' | 'long', XViewExpectation[]> = {
  launch: fromDemo(EXPECTED.status),
  kathi: fromDemo(EXPECTED.customerStatus),
  mentions: fromDemo(EXPECTED.mentions),
  profile: fromDemo(EXPECTED.profile),
  replies: fromDemo(EXPECTED.replies),
  long: [...LONG_EXPECTED],
};

/** The page spec for an address on x.com / twitter.com, or null (the fixture answers 404). */
export function xPageSpec(path: string, ui: XUi, now: number): XPageSpec | null {
  const p = path.replace(/\/+$/, '') || '/';
  const o = { now };
  if (p.toLowerCase() === PROFILE_PATH) return profilePageSpec(ui, o);
  if (p.toLowerCase() === REPLIES_PATH) return repliesPageSpec(ui, o);
  if (p === LAUNCH_PATH) return statusPageSpec(ui, o);
  if (p === LONG_PATH) return longConversationSpec(ui, now);
  if (p === KATHI_PATH) return customerStatusPageSpec(ui, o);
  if (p === MENTIONS_PATH) return mentionsPageSpec(ui, o);
  if (p.toLowerCase() === OTHER_PROFILE_PATH) return otherProfileSpec(ui, now);
  return null;
}

/** One view as the single-page app swaps it in: the primary column without rows, and every row's markup. */
export interface XView {
  title: string;
  /** Inner HTML of div[data-testid="primaryColumn"], its timeline list empty. */
  column: string;
  rows: string[];
  /** The status id of the post in each row, or null (dividers, the reply box, ads, headings). */
  ids: (string | null)[];
  rowHeight: number;
}

const COLUMN_OPEN = '<div data-testid="primaryColumn">';
const SIDEBAR_OPEN = '<div data-testid="sidebarColumn">';

export function xView(spec: XPageSpec): XView {
  const empty = renderXPage({ ...spec, timeline: { ...spec.timeline, rows: [] } });
  const start = empty.indexOf(COLUMN_OPEN) + COLUMN_OPEN.length;
  // The column closes right before the sidebar.
  const end = empty.indexOf(SIDEBAR_OPEN) - '</div>'.length;
  const opts = { ui: spec.ui, now: spec.now };
  return {
    title: spec.title,
    column: empty.slice(start, end),
    rows: spec.timeline.rows.map((row, i) => renderXRow(row, opts, i * X_ROW_HEIGHT)),
    ids: spec.timeline.rows.map((row) => ('post' in row ? row.post.id : null)),
    rowHeight: X_ROW_HEIGHT,
  };
}

/** Just enough of X's look for screenshots: the extension relies on none of it. */
const CSS = `
body { margin: 0; font: 15px/1.3 system-ui, sans-serif; color: #0f1419; }
#react-root > div > div { display: flex; }
header[role="banner"] { width: 220px; position: sticky; top: 0; align-self: flex-start; }
header[role="banner"] a { display: block; padding: 8px; color: #0f1419; text-decoration: none; font-weight: 700; }
main[role="main"] > div { display: flex; gap: 24px; }
[data-testid="primaryColumn"] { width: 600px; border: 1px solid #eff3f4; }
[data-testid="sidebarColumn"] { width: 320px; }
[data-testid="cellInnerDiv"] { height: ${X_ROW_HEIGHT}px; overflow: hidden; box-sizing: border-box; border-bottom: 1px solid #eff3f4; }
article[data-testid="tweet"] { padding: 8px 16px; }
article img { width: 16px; height: 16px; }
[data-testid="tweetText"] { white-space: pre-wrap; }
`;

function xDocument(spec: XPageSpec): string {
  const view = xView(spec);
  const full = renderXPage({ ...spec, timeline: { ...spec.timeline, rows: [] } });
  const data = JSON.stringify(view).replace(/</g, '\\u003c');
  return full
    .replace('</head>', `<style>${CSS}</style></head>`)
    .replace('</body>', `<script type="application/json" id="__x_view">${data}</script><script src="/__x/client.js"></script></body>`);
}

export interface XSiteOptions {
  /** Epoch ms the posts' times are relative to: fixed per server, so a post keeps its time across visits. */
  now?: number;
}

/** x.com, twitter.com and their subdomains: the demo views, as a single-page app with a virtualised timeline. */
export function xSite(options: XSiteOptions = {}): FixtureHandler {
  const now = options.now ?? Date.now();
  return (req: FixtureRequest) => {
    if (!/(^|\.)(x|twitter)\.com$/.test(req.host)) return null;
    const ui: XUi = req.query.get('ui') === 'de' ? 'de' : 'en';
    if (req.path === '/__x/client.js') return { type: 'text/javascript', body: CLIENT };
    if (req.path === '/__x/view') {
      const spec = xPageSpec(req.query.get('path') ?? '/', ui, now);
      return spec ? { type: 'application/json', body: JSON.stringify(xView(spec)) } : { status: 404, type: 'application/json', body: 'null' };
    }
    const spec = xPageSpec(req.path, ui, now);
    return spec ? { body: xDocument(spec) } : null;
  };
}

/** What the options page stores for the company's X account. */
export const X_SETTINGS = {
  pages: [{ ...X_OWN_PAGE }],
  agentName: 'Mara',
  targetMinutes: 60,
  backlogDays: 30,
};

// ---- Reading the fixture page from a browser test ----------------------------------------------------------

/** One post in the primary column as the user sees it. */
export interface RenderedPost {
  /** From the post's own permalink (the status link around a <time> outside any quote); null for an ad. */
  id: string | null;
  /** moderato-badge hosts inside this article. */
  hosts: number;
  /** The badge's text and class; null when there is none (the company's own posts show nothing). */
  text: string | null;
  cls: string | null;
}

interface XDriver {
  go(path: string): Promise<void>;
  scrollToRow(index: number): { from: number; to: number };
  range(): { from: number; to: number };
  rowCount(): number;
  indexOf(id: string): number;
  renderedCount(): number;
  maxRendered(): number;
  ready(): boolean;
}

const driver = (page: Page) => ({
  /** Puts row `index` at the top of the viewport; the rows in the DOM follow, as on X. */
  scrollToRow: (index: number) => page.evaluate((i) => (window as unknown as { __x: XDriver }).__x.scrollToRow(i), index),
  rowCount: () => page.evaluate(() => (window as unknown as { __x: XDriver }).__x.rowCount()),
  indexOf: (id: string) => page.evaluate((i) => (window as unknown as { __x: XDriver }).__x.indexOf(i), id),
  renderedCount: () => page.evaluate(() => (window as unknown as { __x: XDriver }).__x.renderedCount()),
  maxRendered: () => page.evaluate(() => (window as unknown as { __x: XDriver }).__x.maxRendered()),
});
export { driver as xDriver };

/** What the read-only helpers need of a tab: Playwright's Page has it, and so has Puppeteer's (the Firefox suite). */
export interface EvaluatingTab {
  evaluate<R>(fn: () => R): Promise<R>;
}

export async function renderedPosts(page: EvaluatingTab): Promise<RenderedPost[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-testid="primaryColumn"] article[data-testid="tweet"]')].map((a) => {
      const link = [...a.querySelectorAll('a[href*="/status/"]')].find((l) => l.querySelector('time') && !l.closest('div[role="link"]'));
      const id = link ? /\/status\/(\d+)/.exec(link.getAttribute('href') ?? '')?.[1] ?? null : null;
      const hosts = a.querySelectorAll('moderato-badge');
      const badge = hosts[0]?.shadowRoot?.querySelector('.badge') ?? null;
      return { id, hosts: hosts.length, text: badge?.textContent ?? null, cls: badge?.className ?? null };
    }),
  );
}

const MIN = 60_000;

const minutesText = (m: number) => (m < 60 ? `${m} min` : `${Math.floor(m / 60)} hr${m % 60 ? ` ${m % 60} min` : ''}`);

/** Minutes in "waiting 3 hr 20 min", "waiting 1 day 2 hr"; null when the text is not a waiting time. */
export function waitingMinutes(text: string): number | null {
  const m = /^waiting (?:(\d+) days? ?)?(?:(\d+) hr ?)?(?:(\d+) min)?$/.exec(text);
  if (!m || (!m[1] && !m[2] && !m[3])) return null;
  return Number(m[1] ?? 0) * 1440 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
}

const stateOf = (minutes: number, target: number) => (minutes >= target ? 'overdue' : minutes >= target * 0.75 ? 'due-soon' : 'on-time');

/**
 * What is wrong with one rendered post, or null. Posts Moderato must not annotate have no host; the company's
 * own posts have one host and no badge; answered posts say after how long; waiting posts say how long they
 * have waited since `epoch - minutesAgo` (the badge's clock ticks once a minute, so one minute behind is fine;
 * past a day it shows hours only).
 */
export function badgeProblem(post: RenderedPost, expected: XViewExpectation | undefined, epoch: number, knowable: boolean, targetMinutes = 60): string | null {
  const who = `post ${post.id ?? '(no id)'}`;
  if (!expected) return post.hosts === 0 ? null : `${who}: ${post.hosts} badge hosts on a post not for the company`;
  if (post.hosts !== 1) return `${who}: ${post.hosts} badge hosts`;
  if (expected.byOwner) return post.text === null ? null : `${who}: the company's own post shows "${post.text}"`;
  if (expected.answeredAfterMin !== null) {
    const want = `answered after ${minutesText(expected.answeredAfterMin)}`;
    if (post.text === want && post.cls === 'badge answered') return null;
    // Until the answer has been on the page together with the post, nothing tells that it was answered.
    if (knowable) return `${who}: "${post.text}" (${post.cls}), expected "${want}"`;
  }
  const shown = post.text === null ? null : waitingMinutes(post.text);
  if (shown === null) return `${who}: "${post.text}", expected a waiting time`;
  const elapsed = Math.floor((Date.now() - (epoch - expected.minutesAgo * MIN)) / MIN);
  const grain = elapsed >= 1440 ? 60 : 1;
  const lowest = Math.floor((elapsed - 1) / grain) * grain;
  if (shown < lowest || shown > elapsed) return `${who}: "${post.text}", expected about ${elapsed} min`;
  const state = stateOf(shown, targetMinutes);
  return post.cls === `badge ${state}` ? null : `${who}: class "${post.cls}", expected "badge ${state}"`;
}

export interface WalkOptions {
  epoch: number;
  /** Posts whose answer Moderato has already seen (on another view): they must show answered wherever they are. */
  knownAnswered?: Iterable<string>;
  /** Rows per scroll step. */
  step: number;
  /** Wait at every step until every rendered post's badge is right (else: scroll on at once, as a fast flick). */
  settle: boolean;
  /** Walk from the bottom up. */
  upwards?: boolean;
  timeoutMs?: number;
}

export interface WalkResult {
  /** Badge text per expected post id once right (null: own post), for every post that was settled on. */
  seen: Map<string, string | null>;
  problems: string[];
  /** Most timeline rows in the DOM at once. */
  maxRows: number;
  /** Posts whose answer was on the page with them at some step. */
  knowable: Set<string>;
}

/**
 * Waits until every rendered post's badge is right; returns what is still wrong after the timeout. A post must
 * show "answered" once its answer has been rendered together with it (then or at an earlier call with the same
 * `knowable` set), or when it is in `knowable` from the start; before that, "waiting" is right too.
 */
export async function settle(
  page: EvaluatingTab, expected: readonly XViewExpectation[], epoch: number, seen: Map<string, string | null>, knowable = new Set<string>(), timeoutMs = 10_000,
): Promise<string[]> {
  const byId = new Map(expected.map((e) => [e.id, e]));
  const until = Date.now() + timeoutMs;
  for (let first = true; ; first = false) {
    const posts = await renderedPosts(page);
    if (first) {
      const here = new Set(posts.map((p) => p.id));
      for (const p of posts) {
        const answer = p.id ? byId.get(p.id)?.answeredBy : null;
        if (p.id && answer && here.has(answer)) knowable.add(p.id);
      }
    }
    const problems = posts
      .map((p) => badgeProblem(p, p.id ? byId.get(p.id) : undefined, epoch, p.id !== null && knowable.has(p.id)))
      .filter((p): p is string => p !== null);
    if (!problems.length) {
      for (const p of posts) if (p.id && byId.has(p.id)) seen.set(p.id, p.text);
      return [];
    }
    if (Date.now() > until) return problems;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Scrolls the whole timeline, step by step, checking the badges as it goes (see WalkOptions). */
export async function walkTimeline(page: Page, expected: readonly XViewExpectation[], options: WalkOptions): Promise<WalkResult> {
  const seen = new Map<string, string | null>();
  const knowable = new Set(options.knownAnswered ?? []);
  const problems: string[] = [];
  const x = driver(page);
  const rows = await x.rowCount();
  const stops: number[] = [];
  for (let i = 0; i < rows; i += options.step) stops.push(i);
  if (stops[stops.length - 1] !== rows - 1) stops.push(rows - 1);
  if (options.upwards) stops.reverse();
  for (const at of stops) {
    await x.scrollToRow(at);
    if (options.settle) problems.push(...(await settle(page, expected, options.epoch, seen, knowable, options.timeoutMs)).map((p) => `row ${at}: ${p}`));
    else await page.waitForTimeout(20);
  }
  if (!options.settle) problems.push(...(await settle(page, expected, options.epoch, seen, knowable, options.timeoutMs)));
  return { seen, problems, maxRows: await x.maxRendered(), knowable };
}

/** Navigates inside the single-page app and waits for the new view's rows. */
export async function spaGo(page: Page, path: string): Promise<void> {
  await page.evaluate((p) => (window as unknown as { __x: XDriver }).__x.go(p), path);
  await page.waitForFunction((p) => location.pathname === p && (window as unknown as { __x: XDriver }).__x.ready(), path);
}

/**
 * Badge hosts that are not where they belong: outside a post of the primary column, in a post with more than
 * one, or in a post no longer on the page.
 */
export async function strayBadges(page: EvaluatingTab): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const host of document.querySelectorAll('moderato-badge')) {
      const article = host.closest('article[data-testid="tweet"]');
      if (!article) out.push('a badge outside any post');
      else if (!article.isConnected || !article.closest('[data-testid="primaryColumn"]')) out.push('a badge in a post outside the timeline');
      else if (article.querySelectorAll('moderato-badge').length !== 1) out.push(`${article.querySelectorAll('moderato-badge').length} badges in one post`);
    }
    return out;
  });
}
