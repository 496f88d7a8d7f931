import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { BADGE_CSS } from '../../components/badge/badge.css';
import { badgeMounter } from '../../components/badge/mount-badge';
import { facebook } from '../../lib/platforms/facebook/adapter';
import { runOverlay } from '../../lib/overlay/run-overlay';

/** The Facebook overlay, imported by the content script's loader (lib/overlay/load-overlay.ts). */
export const start = (ctx: ContentScriptContext): Promise<void> => runOverlay(ctx, facebook, badgeMounter, BADGE_CSS);
