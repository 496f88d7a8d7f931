import type { SelectorList } from '../types';

/**
 * Every piece of X markup Moderato relies on, as ordered fallbacks (see shared/platform-dom.md). X's class
 * names are generated per deploy and never used; test ids, roles, link shapes and <time> are. The order is
 * the order of trust: the first candidate is what X rendered when this was written, later ones are the
 * structural shapes that survive a renamed test id.
 */
export const X = {
  /** One post. */
  item: [
    { css: 'article[data-testid="tweet"]', seen: '2023-2026, x.com and twitter.com' },
    { css: 'article[role="article"]:has([data-testid="User-Name"])', seen: 'fallback: an article with the author block' },
    { css: 'article:has(a[href*="/status/"] time)', seen: 'structural fallback: an article with a timed status link' },
  ],
  /** Where posts live: the middle column. The sidebar (trends, "Who to follow") is never scanned. */
  scanRoot: [
    { css: 'div[data-testid="primaryColumn"]', seen: '2023-2026' },
    { css: 'main[role="main"]', seen: 'fallback: the main landmark' },
  ],
  /** Regions whose articles are not the page's posts. */
  foreignRegion: '[data-testid="sidebarColumn"], [role="complementary"], [data-testid="HoverCard"], [role="banner"]',
  /** The focused post on a status page; X writes the attribute explicitly (0 for the others). */
  focused: 'article[tabindex="-1"]',
  /** One row of the virtualised timeline; rows are removed and re-added while scrolling. */
  cell: [
    { css: 'div[data-testid="cellInnerDiv"]', seen: '2023-2026, absolutely placed with transform: translateY(…)' },
  ],
  /** Author block: display name link, then @handle link and the permalink with <time>. */
  userName: [
    { css: '[data-testid="User-Name"]', seen: '2023-2026' },
  ],
  /** The post's text; emoji are <img alt>, mentions are links to /<handle>. */
  text: [
    { css: '[data-testid="tweetText"]', seen: '2023-2026' },
    { css: 'div[lang][dir="auto"]', seen: 'fallback: the language-tagged text block' },
  ],
  /**
   * A quoted post inside a post: a div acting as a link, with its own author block, text and a <time> that
   * is not wrapped in a status link. Nothing inside it belongs to the outer post.
   */
  quote: 'div[role="link"]',
  /** "Pinned", "<Name> reposted": above the author block, carries a link to a handle that is not the author. */
  socialContext: '[data-testid="socialContext"]',
  /** "Show more" under long posts: a control, not text. */
  textControl: '[data-testid="tweet-text-show-more-link"], [role="button"], button',
  /** Promoted posts carry no permalink time; they are never the company's conversation. */
  promoted: '[data-testid="placementTracking"]',
  /** The reply / repost / like row. The badge goes after it. */
  actionBar: [
    { css: 'div[role="group"][aria-label]', seen: '2023-2026, aria-label sums up the counts' },
    { css: 'div[role="group"]', seen: 'fallback' },
  ],
  /** A row that is a section heading ("Discover more", "More replies"): what follows is not the conversation. */
  heading: 'h1, h2, h3, [role="heading"]',
  /** Reply box (Draft.js); its content root carries data-contents. Kept here for composer insertion. */
  composer: [
    { css: 'div[data-testid^="tweetTextarea_"][contenteditable="true"]', seen: '2023-2026, Draft.js editor' },
    { css: 'div[data-testid^="tweetTextarea_"]', seen: 'fallback: wrapper of the editor' },
  ],
  /** A post's reply button, which opens the reply dialog. */
  replyButton: [
    { css: 'button[data-testid="reply"], [role="button"][data-testid="reply"]', seen: '2023-2026' },
  ],
  /** The modal reply dialog. */
  dialog: '[role="dialog"]',
} as const satisfies Record<string, SelectorList | string>;

/** Words X shows, per UI language. */
export const X_WORDS = {
  /** "Replying to @a and @b" / "Antwort an @a und @b". */
  replyingTo: ['Replying to', 'Antwort an', 'Als Antwort an'],
} as const;

/** First path segments that are X's own pages, never a handle. */
export const RESERVED_PATHS = new Set([
  'home', 'explore', 'notifications', 'messages', 'search', 'settings', 'i', 'compose', 'hashtag', 'login', 'logout',
  'signup', 'tos', 'privacy', 'about', 'jobs', 'lists', 'bookmarks', 'communities', 'premium', 'account', 'intent',
  'share', 'download',
]);
