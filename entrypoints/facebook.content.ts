import { BADGE_CSS } from '../components/badge/badge.css';
import { badgeMounter } from '../components/badge/mount-badge';
import { facebook } from '../lib/platforms/facebook/adapter';
import { runOverlay } from '../lib/overlay/run-overlay';

export default defineContentScript({
  matches: ['*://*.facebook.com/*'],
  main: (ctx) => runOverlay(ctx, facebook, badgeMounter, BADGE_CSS),
});
