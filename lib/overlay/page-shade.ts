/**
 * Whether the page behind an element is dark. Facebook and X have dark themes of their own, chosen on the
 * site and independent of the system's: a badge styled by `prefers-color-scheme` would put dark-mode text
 * on a light page or the other way round. The answer is the first painted background up the tree.
 */
export function darkBehind(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  for (let e: Element | null = el; e; e = e.parentElement) {
    const rgba = channels(view.getComputedStyle(e).backgroundColor);
    if (!rgba || rgba[3] < 0.5) continue;
    return luminance(rgba) < DARK;
  }
  // Nothing painted: the canvas, which is dark only when the page opts into a dark colour scheme.
  const scheme = view.getComputedStyle(el.ownerDocument.documentElement).colorScheme ?? '';
  if (scheme.trim() === 'dark') return true;
  return scheme.includes('dark') && view.matchMedia?.('(prefers-color-scheme: dark)').matches === true;
}

/** Relative luminance below this reads as a dark background (Facebook's #242526 is 0.018, X's dim 0.015, light greys 0.85+). */
const DARK = 0.2;

/** Browsers compute rgb()/rgba(); hex is read too (simpler DOMs hand the declared value back). */
function channels(color: string): [number, number, number, number] | null {
  const hex = /^#([\da-f]{3,4}|[\da-f]{6}|[\da-f]{8})$/i.exec(color.trim());
  if (hex) {
    const h = hex[1]!.length <= 4 ? [...hex[1]!].map((c) => c + c).join('') : hex[1]!;
    const v = (i: number) => Number.parseInt(h.slice(i, i + 2), 16);
    return [v(0), v(2), v(4), h.length === 8 ? v(6) / 255 : 1];
  }
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)$/.exec(color.trim());
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? Number.parseFloat(m[4]) / 100 : Number(m[4]);
  return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
}

function luminance([r, g, b]: [number, number, number, number]): number {
  const lin = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}
