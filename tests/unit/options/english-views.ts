import { render, type JSX } from 'preact';
import { afterEach, beforeEach, vi } from 'vitest';
import { templates } from '../a11y/messages';
import { useMessageTemplates } from '../../../lib/i18n';

/**
 * For tests that render options-page views in English: installs the interface texts before each test,
 * and after it unmounts every view, clears the texts and the mocks' calls. Returns how to mount a view.
 */
export function englishViews(): (view: JSX.Element) => HTMLElement {
  beforeEach(() => useMessageTemplates(templates('en')));
  afterEach(() => {
    for (const el of [...document.body.children]) render(null, el);
    document.body.replaceChildren();
    useMessageTemplates({});
    vi.clearAllMocks();
  });
  return (view) => {
    const app = document.body.appendChild(document.createElement('div'));
    render(view, app);
    return app;
  };
}
