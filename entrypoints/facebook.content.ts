import { loadOverlay } from '../lib/overlay/load-overlay';
import { SITE_MATCHES } from '../lib/platforms/hosts';

export default defineContentScript({
  matches: [...SITE_MATCHES.facebook],
  main: (ctx) => loadOverlay(ctx, 'facebook'),
});
