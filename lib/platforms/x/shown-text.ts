import { MAX_TEXT, tidyText } from '../dom-text';

/**
 * dom-text's walkText with X's options (no blocks; SCRIPT, STYLE and TEMPLATE inert), written out for X: the
 * generic walk's option checks and closure ran for every node of every post's name and text, and were the
 * largest share of reading one. Gives exactly what walkText(root, { skip, inert }) gives.
 */
export function rawShownText(root: Node, skip?: (el: Element) => boolean): string {
  return appendShown(root, '', skip);
}

function appendShown(node: Node, out: string, skip: ((el: Element) => boolean) | undefined): string {
  if (out.length > MAX_TEXT) return out;
  const type = node.nodeType;
  if (type === 3) return out + (node as Text).data;
  if (type !== 1) return out;
  const el = node as Element;
  if (skip !== undefined && skip(el)) return out;
  const tag = el.tagName;
  if (tag === 'IMG') return out + (el.getAttribute('alt') ?? '');
  if (tag === 'BR') return out + '\n';
  if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE') return out;
  for (let c = el.firstChild; c; c = c.nextSibling) out = appendShown(c, out, skip);
  return out;
}

/**
 * tidyText after "\r\n" became "\n". Text on one line, most names and posts, has neither runs of empty lines
 * nor blanks before a break: trimming and the length cap are all tidyText would do to it.
 */
export function tidyShown(raw: string): string {
  if (raw.indexOf('\n') >= 0 || raw.indexOf('\r') >= 0) return tidyText(raw.replace(/\r\n?/g, '\n'));
  const text = raw.trim();
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}

/**
 * oneLine(tidyShown(raw)) for text read to be shown on one line (a display name): tidying only shortens runs
 * of blanks that the collapse below joins anyway, and the cap cannot apply to text no longer than it.
 */
export function oneLineShown(raw: string): string {
  const text = raw.length > MAX_TEXT ? tidyShown(raw) : raw;
  return text.replace(/\s+/g, ' ').trim();
}

const NOT_PLAIN = 'img, br, script, style, template';

/**
 * rawShownText(el) for an element holding nothing but text and plain elements (a display name without emoji):
 * its textContent, one native call instead of a walk over every node. Anything the walk treats specially, or a
 * text long enough to be cut, takes the walk.
 */
export function rawPlainText(el: Element): string {
  const tag = el.tagName;
  if (tag !== 'IMG' && tag !== 'BR' && tag !== 'SCRIPT' && tag !== 'STYLE' && tag !== 'TEMPLATE' && el.querySelector(NOT_PLAIN) === null) {
    const text = el.textContent ?? '';
    if (text.length <= MAX_TEXT) return text;
  }
  return rawShownText(el);
}
