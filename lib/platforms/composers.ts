import type { Site } from '../models/comment';
import type { ReplyComposer } from './composer-insert';
import { facebookComposer } from './facebook/composer';
import { xComposer } from './x/composer';

/** Each site's reply-box knowledge, for the badge (which is shared by both sites' content scripts). */
export const COMPOSERS: Record<Site, ReplyComposer> = { facebook: facebookComposer, x: xComposer };
