import type { PlatformAdapter } from '../platforms/types';

/** What the overlay knows of the page it annotates when the address changes. */
export interface AnnotatedPage {
  /** The annotator runs. */
  active: boolean;
  /** The address it was started for. */
  startedHref: string | null;
}

/**
 * Whether a change of address leaves the annotated page as it is. A dialog opening over it (X's reply
 * box) and the way back from it are no navigation: restarting would drop every badge, and with them a
 * reply's open suggestions and its gap hints, while the moderator is still writing.
 */
export function keepsPage(href: string, page: AnnotatedPage, adapter: Pick<PlatformAdapter, 'isLayer'>): boolean {
  if (!page.active) return false;
  if (href === page.startedHref) return true;
  try {
    return adapter.isLayer?.(new URL(href)) ?? false;
  } catch {
    return false;
  }
}
