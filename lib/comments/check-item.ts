import type { ObservedComment } from '../models/comment';
import type { CheckItem } from '../models/netiquette-messages';

/** What the netiquette check needs of a comment; built in the page for rechecks, in the background for sightings. */
export function checkItemOf(observed: ObservedComment): CheckItem {
  return {
    key: `${observed.site}:${observed.id}`,
    text: observed.text,
    site: observed.site,
    page: observed.pageName,
    authorName: observed.author.name,
    authorUrl: observed.author.url,
  };
}
