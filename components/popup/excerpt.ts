import { excerpt as cut } from '../../lib/excerpt';

const EXCERPT = 140;

/** Comment text is shown as text only, cut short (and isolated by its <bdi> so direction overrides cannot leak). */
export const excerpt = (text: string): string => cut(text, EXCERPT);
