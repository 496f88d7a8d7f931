import { BADGE_CSS } from '../components/badge/badge.css';
import { badgeMounter } from '../components/badge/mount-badge';
import { createXAdapter } from '../lib/platforms/x/adapter';
import { runOverlay } from '../lib/overlay/run-overlay';

export default defineContentScript({
  matches: ['*://x.com/*', '*://*.x.com/*', '*://twitter.com/*', '*://*.twitter.com/*'],
  main: (ctx) => runOverlay(ctx, createXAdapter(), badgeMounter, BADGE_CSS),
});
