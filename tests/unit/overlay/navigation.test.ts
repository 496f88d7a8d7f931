import { describe, expect, it } from 'vitest';
import { keepsPage } from '../../../lib/overlay/navigation';
import { createXAdapter } from '../../../lib/platforms/x/adapter';
import { facebook } from '../../../lib/platforms/facebook/adapter';
import { xLayer } from '../../../lib/platforms/x/page-match';

const STATUS = 'https://x.com/baeckerei/status/1800000000000000001';

describe('keepsPage: an address change that is no navigation', () => {
  const x = createXAdapter();
  const annotated = { active: true, startedHref: STATUS };

  it('keeps the page while X’s reply dialog is open over it, and when it closes', () => {
    expect(keepsPage('https://x.com/compose/post', annotated, x)).toBe(true);
    expect(keepsPage('https://x.com/compose/tweet', annotated, x)).toBe(true);
    expect(keepsPage(STATUS, annotated, x)).toBe(true);
  });

  it('lets every other address change re-evaluate the page', () => {
    expect(keepsPage('https://x.com/baeckerei/status/1800000000000000002', annotated, x)).toBe(false);
    expect(keepsPage('https://x.com/baeckerei', annotated, x)).toBe(false);
    expect(keepsPage('https://x.com/composer', annotated, x)).toBe(false);
    // Nothing annotated: nothing to keep, the page is looked at.
    expect(keepsPage('https://x.com/compose/post', { active: false, startedHref: STATUS }, x)).toBe(false);
    expect(keepsPage(STATUS, { active: false, startedHref: STATUS }, x)).toBe(false);
  });

  it('knows no layers on Facebook', () => {
    const fb = { active: true, startedHref: 'https://www.facebook.com/baeckerei.sonnenschein' };
    expect(keepsPage('https://www.facebook.com/compose/post', fb, facebook)).toBe(false);
  });
});

describe('xLayer', () => {
  it.each([
    ['https://x.com/compose/post', true],
    ['https://twitter.com/compose/tweet', true],
    ['https://x.com/compose', true],
    ['https://x.com/composer', false],
    ['https://x.com/baeckerei/status/1/compose', false],
    ['https://example.com/compose/post', false],
  ])('%s → %s', (href, layer) => {
    expect(xLayer(new URL(href))).toBe(layer);
  });
});
