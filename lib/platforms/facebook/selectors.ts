import type { SelectorList } from '../types';

/** The action-row time link; the avatar link also carries comment_id but is hidden from assistive tech. */
const TIME_LINK = 'a[href*="comment_id="]:not([aria-hidden="true"]):not([tabindex="-1"])';

/**
 * Every piece of Facebook markup Moderato relies on, as ordered fallbacks (see shared/platform-dom.md).
 * Class names are generated per deploy and never used. CSS attribute matching is case-sensitive, so
 * each UI language has its own prefix.
 */
export const FB = {
  /** A comment or reply. */
  item: [
    // One selector with the label alternatives inside: a selector list costs a match per selector and element
    // (about 2.5 times slower over a comment's subtree), while div[role=article] turns nearly every element away at once.
    { css: 'div[role="article"]:is([aria-label^="Comment by "], [aria-label^="Reply by "], [aria-label^="Kommentar von "], [aria-label^="Antwort von "])', seen: '2025-2026, English and German UI' },
    { css: '[data-commentid] div[role="article"]', seen: '2025, outer wrapper with the comment id' },
    { css: 'div[role="article"]:has(a[href*="comment_id="])', seen: 'structural fallback: an article with a comment permalink' },
  ],
  /** Regions whose articles are not comments (account dialogs, banners, side columns). [role] first: most ancestors have none. */
  foreignRegion: '[role]:is([role="banner"], [role="navigation"], [role="complementary"], [role="dialog"]:not([aria-modal="true"]))',
  /** The post permalink view opens in a modal dialog outside [role=main]; scan it instead of the page. */
  permalinkDialog: [
    { css: 'div[role="dialog"][aria-modal="true"]', seen: '2025, permalink.php' },
  ],
  /** The author's name link, text in span[dir=auto]; the avatar link has aria-hidden and tabindex=-1. */
  authorName: [
    { css: 'a[tabindex="0"][href] span[dir="auto"]', seen: '2025' },
    { css: 'a[href]:not([aria-hidden="true"]) span[dir="auto"]', seen: 'fallback: any visible link with a name span' },
  ],
  /** The comment body. */
  body: [
    // The whole container: each paragraph is its own div[dir=auto] inside it.
    { css: 'span[dir="auto"][lang]', seen: '2025' },
    { css: 'div[dir="auto"][style*="text-align"]', seen: 'older markup' },
  ],
  /** The time link in the action row, carrying the comment's permalink. */
  timeLink: [
    { css: TIME_LINK, seen: '2025' },
  ],
  /** Legacy absolute time attributes, when present. */
  absoluteTime: [
    // abbr[data-utime] in the old markup; [data-utime] alone finds it too, with one selector less to match.
    { css: '[data-utime]', seen: 'legacy markup (abbr[data-utime])' },
    { css: '[data-tooltip-content]', seen: 'legacy tooltip' },
    // Only on the time link and inside it: titles elsewhere are names and labels (parseAbsolute refuses most anyway).
    { css: `${TIME_LINK}[title], ${TIME_LINK} [title]`, seen: 'legacy markup (title on the time link, its span or abbr)' },
  ],
  /** The identity badge that marks the post's author (the Page on its own posts). */
  authorBadge: '[aria-label="View information about identity badges"], [aria-label="Informationen zu Identitätsabzeichen ansehen"]',
  /** "See more" inside a long comment is a button, not text. */
  inlineButton: '[role="button"]',
  /** Collapsed replies summary: "Shop Example replied · 1 reply" / "Shop Example hat geantwortet · 1 Antwort". */
  replySummary: '[role="button"]',
  /** The Lexical comment/reply editor (shared/platform-dom.md, Composer). */
  replyBox: [
    { css: 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]', seen: '2025-2026' },
    { css: '[contenteditable="true"][role="textbox"]', seen: 'fallback: any rich-text box' },
  ],
  /** Buttons in a comment's action row; the reply one is told by its text (FB_WORDS.replyButton). */
  actionButton: '[role="button"]',
} as const satisfies Record<string, SelectorList | string>;

/** Words in a label or summary, per UI language. */
export const FB_WORDS = {
  commentPrefixes: ['Comment by ', 'Kommentar von '],
  replyPrefixes: ['Reply by ', 'Antwort von '],
  /** "Reply by Shop to Anna's comment" / "Antwort von Shop auf den Kommentar von Anna". */
  replyTo: [' to ', ' auf '],
  authorBadgeWords: ['Author', 'Autor', 'Autorin'],
  ownerReplied: [/ replied\b/i, / hat geantwortet\b/i],
  /** The action-row button that opens a comment's reply box. */
  replyButton: ['Reply', 'Antworten'],
  /**
   * How the post's own comment box starts its aria-placeholder / aria-label ("Write a comment…",
   * "Schreibe einen Kommentar …"): never a comment's reply box, even where it follows the last comment.
   */
  postComposer: ['Write a comment', 'Schreibe einen Kommentar'],
} as const;
