/** Splits into user-perceived characters: a flag, a family emoji or "e" with its accent stays whole. */
let graphemes: Intl.Segmenter | undefined;

/**
 * Comment text on one line, at most `max` characters long, an ellipsis marking the cut. Characters are
 * what a reader sees as one (grapheme clusters), so no emoji, flag or accented letter is cut in half.
 * Only the head of a long text (a comment may hold 100 KB) is segmented: a cluster rarely spans more than
 * a few code units, and a head of eight units per character leaves room even for family emoji.
 */
export function excerpt(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const head = flat.length > max * 8 ? flat.slice(0, max * 8) : flat;
  let kept = '';
  let count = 0;
  for (const { segment } of (graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' })).segment(head)) {
    if (count === max - 1) {
      // One more after this one means a cut; exactly `max` characters in all fit whole.
      return head.length > kept.length + segment.length || head.length < flat.length ? `${kept}…` : flat;
    }
    kept += segment;
    count += 1;
  }
  return head.length < flat.length ? `${kept}…` : flat;
}
