/** Most text we keep; a hostile 100 KB comment is cut here, before it crosses any boundary. */
export const MAX_TEXT = 20_000;

const BLOCK = /^(DIV|P|LI|BLOCKQUOTE|H[1-6])$/;

/**
 * Reads text the way a person sees it: emoji images become their alt text, <br> and blocks become
 * line breaks. Never touches innerHTML. `skip` drops nodes such as "See more" buttons.
 */
export function readableText(root: Node, skip?: (el: Element) => boolean): string {
  let out = '';
  const walk = (node: Node): void => {
    if (out.length > MAX_TEXT) return;
    if (node.nodeType === 3) {
      out += (node as Text).data;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (skip?.(el)) return;
    if (el.tagName === 'IMG') {
      out += el.getAttribute('alt') ?? '';
      return;
    }
    if (el.tagName === 'BR') {
      out += '\n';
      return;
    }
    const block = BLOCK.test(el.tagName);
    if (block && out && !out.endsWith('\n')) out += '\n';
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c);
    if (block && out && !out.endsWith('\n')) out += '\n';
  };
  walk(root);
  const text = out.replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}
