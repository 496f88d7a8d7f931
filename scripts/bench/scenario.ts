/** One site's benchmark page and what the extension needs to treat it as the company's own. */
export interface Scenario {
  name: string;
  host: string;
  path: string;
  settingsPage: { site: 'facebook' | 'x'; name: string; url: string; pageId: string };
  shell: string;
  batches: string[];
  /** What the floor pass looks for. */
  itemSelector: string;
  /** Badges the extension must have placed before a run ends (comments by others than the company). */
  expectedBadges: number;
  /** The built content script (the loader), relative to .output/chrome-mv3. */
  contentScript: string;
  /** The overlay module the loader imports, relative to .output/chrome-mv3. */
  overlayModule: string;
}
