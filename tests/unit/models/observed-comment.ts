import type { ObservedComment } from '../../../lib/models/comment';

/** A valid sighting, for tests that need one and change a field or two. */
export const observed = (over: Partial<ObservedComment> = {}): ObservedComment => ({
  site: 'facebook', id: '101', parentId: null, author: { name: 'Anna Berger', url: 'https://www.facebook.com/anna.berger' },
  text: 'Habt ihr offen?', permalink: 'https://www.facebook.com/shop/posts/1?comment_id=101', postedAt: 1_000_000, timeSource: 'relative',
  byOwner: false, answered: false, answeredAt: null, pageName: 'Bäckerei Sonnenschein', ...over,
});
