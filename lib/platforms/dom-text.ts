/** Most text we keep; a hostile 100 KB comment is cut here, before it crosses any boundary. */
export const MAX_TEXT = 20_000;

const BLOCK = /^(DIV|P|LI|BLOCKQUOTE|H[1-6])$/;

export interface TextWalk {
  /** Drops nodes such as "See more" buttons. */
  skip?: (el: Element) => boolean;
  /** Elements that become line breaks around their content. */
  blocks?: RegExp;
  /** Elements whose content is not text a person sees. */
  inert?: RegExp;
}

/** The raw text under `root`, emoji images as their alt text and <br> as line breaks; never touches innerHTML. */
export function walkText(root: Node, { skip, blocks, inert }: TextWalk): string {
  let out = '';
  const walk = (node: Node): void => {
    if (out.length > MAX_TEXT) return;
    const type = node.nodeType;
    if (type === 3) {
      out += (node as Text).data;
      return;
    }
    if (type !== 1) return;
    const el = node as Element;
    if (skip && skip(el)) return;
    // One tagName read per element: each is a call into the DOM.
    const tag = el.tagName;
    if (tag === 'IMG') {
      out += el.getAttribute('alt') ?? '';
      return;
    }
    if (tag === 'BR') {
      out += '\n';
      return;
    }
    if (inert && inert.test(tag)) return;
    const block = blocks ? blocks.test(tag) : false;
    if (block && out && !out.endsWith('\n')) out += '\n';
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c);
    if (block && out && !out.endsWith('\n')) out += '\n';
  };
  walk(root);
  return out;
}

/** Trailing blanks and runs of empty lines go; the result is cut at MAX_TEXT. */
export function tidyText(raw: string): string {
  const text = raw.replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}

/**
 * Reads text the way a person sees it: emoji images become their alt text, <br> and blocks become
 * line breaks. Never touches innerHTML. `skip` drops nodes such as "See more" buttons.
 */
export function readableText(root: Node, skip?: (el: Element) => boolean): string {
  return tidyText(walkText(root, { skip, blocks: BLOCK }));
}
