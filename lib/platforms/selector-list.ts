import type { SelectorList } from './types';

/** All matches of the first candidate that matches anything, plus which candidate that was. */
export function queryAllFirst(root: ParentNode, list: SelectorList): { elements: Element[]; index: number } {
  for (let i = 0; i < list.length; i++) {
    const found = root.querySelectorAll(list[i]!.css);
    if (found.length) return { elements: Array.from(found), index: i };
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
