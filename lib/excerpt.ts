/**
 * Comment text on one line, at most `max` characters long, an ellipsis marking the cut. Characters are
 * code points, so an emoji is never cut in half. Only the head of a long text (a comment may hold 100 KB)
 * is split into code points: `max` of them fit in twice as many UTF-16 units.
 */
export function excerpt(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const head = Array.from(flat.length > max * 2 ? flat.slice(0, max * 2) : flat);
  return head.length > max ? `${head.slice(0, max - 1).join('')}…` : flat;
}
