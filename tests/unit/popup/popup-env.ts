import { render } from 'preact';
import { afterEach, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { database } from '../../../lib/db/database';
import { useMessageTemplates } from '../../../lib/i18n';
import { templates } from '../a11y/messages';

/**
 * The popup's surroundings for a test file: the interface language's messages, no tab to report health
 * for, and afterwards every view unmounted and the stored comments and settings gone.
 */
export function popupEnvironment(lang: 'de' | 'en'): void {
  beforeEach(() => {
    useMessageTemplates(templates(lang));
    vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockResolvedValue(undefined as never);
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([]);
  });
  afterEach(async () => {
    for (const el of [...document.body.children]) render(null, el);
    document.body.replaceChildren();
    useMessageTemplates({});
    vi.restoreAllMocks();
    await database().comments.clear();
    await database().settings.clear();
  });
}
