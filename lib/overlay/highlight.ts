import { MAX_TEXT, readableText } from '../platforms/dom-text';

/**
 * Highlights flagged words in a comment WITHOUT touching the page's DOM: Ranges over the comment's
 * own text nodes, painted through the CSS Custom Highlight API. Flag offsets index the text that
 * readableText extracted, so the mapping repeats its walk and its whitespace clean-up and keeps,
 * for every character, where it came from.
 */
export const HIGHLIGHT_NAME = 'moderato-flag';

const BLOCK = /^(DIV|P|LI|BLOCKQUOTE|H[1-6])$/;

/** Where one character of the extracted text came from; `offset` -1 for an image's alt text. */
interface Origin {
  node: Node;
  offset: number;
}

interface Mapped {
  text: string;
  origins: (Origin | null)[];
}

/**
 * How the adapter read the text: 'blocks' is dom-text's readableText (Facebook: blocks become line
 * breaks); 'inline' is X's inlineText (lib/platforms/x/post-parts.ts: mentions sit in inline divs,
 * line breaks are already in the text).
 */
export type TextMode = 'blocks' | 'inline';

/** The adapter's text with provenance (kept in step with readableText and inlineText). */
export function mapReadableText(root: Node, skip?: (el: Element) => boolean, mode: TextMode = 'blocks'): Mapped {
  let raw = '';
  const origins: (Origin | null)[] = [];
  const push = (s: string, origin: (i: number) => Origin | null) => {
    for (let i = 0; i < s.length; i++) origins.push(origin(i));
    raw += s;
  };
  const walk = (node: Node): void => {
    if (raw.length > MAX_TEXT) return;
    if (node.nodeType === 3) {
      push((node as Text).data, (i) => ({ node, offset: i }));
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (skip?.(el)) return;
    if (el.tagName === 'IMG') {
      push(el.getAttribute('alt') ?? '', () => ({ node: el, offset: -1 }));
      return;
    }
    if (el.tagName === 'BR') {
      push('\n', () => null);
      return;
    }
    if (mode === 'inline') {
      if (el.tagName === 'SCRIPT' || el.tagName === 'STYLE' || el.tagName === 'TEMPLATE') return;
      for (let c = el.firstChild; c; c = c.nextSibling) walk(c);
      return;
    }
    const block = BLOCK.test(el.tagName);
    if (block && raw && !raw.endsWith('\n')) push('\n', () => null);
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c);
    if (block && raw && !raw.endsWith('\n')) push('\n', () => null);
  };
  walk(root);
  let mapped: Mapped = { text: raw, origins };
  if (mode === 'inline') {
    // "\r\n" and a lone "\r" become "\n": drop the "\r" of a pair, turn a lone one into "\n".
    mapped = dropMatches(mapped, /\r\n/g, () => 1);
    mapped = { text: mapped.text.replace(/\r/g, '\n'), origins: mapped.origins };
  }
  mapped = dropMatches(mapped, /[ \t]+\n/g, (m) => m.length - 1);
  mapped = dropMatches(mapped, /\n{3,}/g, (m) => m.length - 2);
  const lead = mapped.text.length - mapped.text.trimStart().length;
  const kept = mapped.text.trim().length;
  let text = mapped.text.slice(lead, lead + kept);
  let out = mapped.origins.slice(lead, lead + kept);
  if (text.length > MAX_TEXT) {
    text = `${text.slice(0, MAX_TEXT - 1)}…`;
    out = [...out.slice(0, MAX_TEXT - 1), null];
  }
  return { text, origins: out };
}

/** Removes the first `count(match)` characters of every match, as the clean-up's replace does. */
function dropMatches(m: Mapped, re: RegExp, count: (match: string) => number): Mapped {
  let text = '';
  const origins: (Origin | null)[] = [];
  let at = 0;
  for (const match of m.text.matchAll(re)) {
    const start = match.index;
    const drop = count(match[0]);
    text += m.text.slice(at, start);
    origins.push(...m.origins.slice(at, start));
    at = start + drop;
  }
  text += m.text.slice(at);
  origins.push(...m.origins.slice(at));
  return { text, origins };
}

/** "See more" and similar inline buttons are not comment text (as the Facebook adapter reads it). */
const skipButtons = (el: Element): boolean => el.getAttribute('role') === 'button';

/**
 * The element inside a comment whose readable text is exactly the extracted text: the adapters
 * read the body without telling where it was. Deepest match wins; null when none matches (then
 * nothing is highlighted rather than the wrong words).
 */
export function findTextRoot(item: Element, text: string, mode: TextMode = 'blocks'): Element | null {
  if (!text) return null;
  const read = (el: Element) => (mode === 'blocks' ? readableText(el, skipButtons) : mapReadableText(el, skipButtons, 'inline').text);
  const all = item.querySelectorAll('*');
  for (let i = all.length - 1; i >= 0; i--) {
    const el = all[i]!;
    if ((el.textContent ?? '').length === 0 || skipButtons(el)) continue;
    if (read(el) === text) return el;
  }
  return read(item) === text ? item : null;
}

/** Ranges over the text nodes for spans of the extracted text (UTF-16 offsets, end exclusive). */
export function rangesForSpans(root: Node, text: string, spans: readonly { start: number; end: number }[], mode: TextMode = 'blocks'): Range[] {
  const doc = root.ownerDocument ?? (root as Document);
  const mapped = mapReadableText(root, skipButtons, mode);
  if (mapped.text !== text) return [];
  const ranges: Range[] = [];
  for (const span of spans) {
    let first: Origin | null = null;
    let last: Origin | null = null;
    for (let i = Math.max(0, span.start); i < Math.min(span.end, mapped.origins.length); i++) {
      const o = mapped.origins[i];
      if (!o) continue;
      first ??= o;
      last = o;
    }
    if (!first || !last) continue;
    const range = doc.createRange();
    if (first.offset < 0) range.setStartBefore(first.node);
    else range.setStart(first.node, first.offset);
    if (last.offset < 0) range.setEndAfter(last.node);
    else range.setEnd(last.node, last.offset + 1);
    ranges.push(range);
  }
  return ranges;
}

interface HighlightLike {
  add(range: AbstractRange): unknown;
  delete(range: AbstractRange): unknown;
}

/**
 * The page's one `moderato-flag` highlight and its style. Browsers without the Highlight API get no
 * highlighting (the badge still lists the words); nothing throws into the page.
 */
export class FlagHighlighter {
  private highlight: HighlightLike | null = null;
  private styled = false;
  private sheet: CSSStyleSheet | null = null;
  private readonly byItem = new Map<Element, Range[]>();

  // The site's own text colour stays: a light amber wash keeps dark text on a light page at about 15:1
  // and light text on a dark page (Facebook's #3a3b3c bubbles) at about 4.6:1, where 0.55 gave 2.8:1.
  constructor(private readonly doc: Document, private readonly css = `::highlight(${HIGHLIGHT_NAME}) { background-color: rgba(255, 196, 0, 0.3); color: inherit; text-decoration: underline wavy #c0392b; }`) {}

  private registry(): HighlightLike | null {
    if (this.highlight) return this.highlight;
    try {
      const win = this.doc.defaultView as (Window & { Highlight?: new () => HighlightLike; CSS?: { highlights?: Map<string, HighlightLike> } }) | null;
      const registry = win?.CSS?.highlights;
      if (!win?.Highlight || !registry) return null;
      this.highlight = registry.get(HIGHLIGHT_NAME) ?? new win.Highlight();
      registry.set(HIGHLIGHT_NAME, this.highlight);
      if (!this.styled) {
        this.styled = true;
        const sheet = new (win as unknown as { CSSStyleSheet: typeof CSSStyleSheet }).CSSStyleSheet();
        sheet.replaceSync(this.css);
        this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, sheet];
        this.sheet = sheet;
      }
    } catch {
      /* no Highlight API here */
    }
    return this.highlight;
  }

  /** Replaces the highlights of one comment. */
  set(item: Element, text: string, spans: readonly { start: number; end: number }[]): void {
    this.clear(item);
    if (spans.length === 0) return;
    const h = this.registry();
    if (!h) return;
    try {
      // Facebook's reading first; X's inline reading where that does not reproduce the text.
      let mode: TextMode = 'blocks';
      let root = findTextRoot(item, text, mode);
      if (!root) root = findTextRoot(item, text, (mode = 'inline'));
      if (!root) return;
      const ranges = rangesForSpans(root, text, spans, mode);
      for (const r of ranges) h.add(r);
      if (ranges.length) this.byItem.set(item, ranges);
    } catch {
      /* a comment we cannot map stays unhighlighted */
    }
  }

  clear(item: Element): void {
    const ranges = this.byItem.get(item);
    if (!ranges) return;
    for (const r of ranges) this.highlight?.delete(r);
    this.byItem.delete(item);
  }

  clearAll(): void {
    for (const item of [...this.byItem.keys()]) this.clear(item);
  }

  /**
   * Takes the highlights and the style out of the page, for good: a reloaded extension starts a new
   * highlighter, and each left-behind sheet would stay adopted by the page until it is closed.
   */
  dispose(): void {
    this.clearAll();
    try {
      const sheet = this.sheet;
      if (sheet) this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== sheet);
      const registry = (this.doc.defaultView as (Window & { CSS?: { highlights?: Map<string, HighlightLike & { size?: number }> } }) | null)?.CSS?.highlights;
      const own = registry?.get(HIGHLIGHT_NAME);
      if (own && own === this.highlight && !own.size) registry!.delete(HIGHLIGHT_NAME);
    } catch {
      /* the page took its own document apart */
    }
    this.sheet = null;
    this.styled = false;
    this.highlight = null;
  }
}
