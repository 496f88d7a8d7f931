const EXCERPT = 140;

/** Comment text is shown as text only, cut short (and isolated by its <bdi> so direction overrides cannot leak). */
export function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT ? `${flat.slice(0, EXCERPT - 1)}…` : flat;
}
