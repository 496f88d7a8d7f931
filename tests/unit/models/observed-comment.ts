import type { ObservedComment } from '../../../lib/models/comment';
import type { OwnPage } from '../../../lib/models/settings';

/** A valid sighting, for tests that need one and change a field or two. */
export const observed = (over: Partial<ObservedComment> = {}): ObservedComment => ({
  site: 'facebook', id: '101', parentId: null, author: { name: 'Anna Berger', url: 'https://www.facebook.com/anna.berger' },
  text: 'Habt ihr offen?', permalink: 'https://www.facebook.com/shop/posts/1?comment_id=101', postedAt: 1_000_000, timeSource: 'relative',
  byOwner: false, answered: false, answeredAt: null, pageName: 'Bäckerei Sonnenschein', ...over,
});

/**
 * The own pages the sightings above are on, as the settings name them: only a watched page's comments
 * are listed, counted and reminded of (lib/comments/watched-pages.ts).
 */
export const WATCHED_PAGES: OwnPage[] = [
  { site: 'facebook', name: 'Bäckerei Sonnenschein', url: 'https://www.facebook.com/sonnenschein', pageId: '' },
  { site: 'x', name: 'Bäckerei Sonnenschein', url: 'https://x.com/sonnenschein', pageId: '' },
];
