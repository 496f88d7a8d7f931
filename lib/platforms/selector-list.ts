import type { SelectorList } from './types';

/**
 * A NodeList as an array, copied by index: Array.from walks the list's iterator, several times slower
 * (line profiles of a thousand-post page), and these copies run for every added subtree and post.
 */
export function elementsOf<T extends Element>(list: NodeListOf<T>): T[] {
  const out: T[] = new Array(list.length);
  for (let i = 0; i < list.length; i++) out[i] = list[i]!;
  return out;
}

/** All matches of the first candidate that matches anything, plus which candidate that was. */
export function queryAllFirst(root: ParentNode, list: SelectorList): { elements: Element[]; index: number } {
  for (let i = 0; i < list.length; i++) {
    const found = root.querySelectorAll(list[i]!.css);
    if (found.length) return { elements: elementsOf(found), index: i };
  }
  return { elements: [], index: -1 };
}

export function matchesAny(el: Element, list: SelectorList): boolean {
  return list.some((c) => el.matches(c.css));
}

/** One combined selector for speed where the order does not matter (membership tests). */
export function combined(list: SelectorList): string {
  return list.map((c) => c.css).join(', ');
}
