import { afterEach, describe, expect, it } from 'vitest';
import { ConversationMemory } from '../../../../lib/platforms/x/conversation';
import { readXPost } from '../../../../lib/platforms/x/extract';
import type { XPostSpec } from '../../../fixtures/x/markup';
import { articleOf, ctx, pageWith, setAddress } from './dom';

/** Markup: tests/fixtures/x/markup.ts tweetTextHtml: an address becomes a t.co link with hidden parts, as on X. */
afterEach(() => setAddress('http://localhost:3000/'));

describe('x: a link is not a mention', () => {
  it.each([
    'Tolles Video: https://www.youtube.com/@sonnenschein_de',
    'Rezept hier https://medium.com/@sonnenschein_de/sauerteig-123',
  ])('does not treat "%s" as written to the company', (text) => {
    setAddress('https://x.com/search?q=sonnenschein');
    const spec: XPostSpec = { id: '501', handle: 'anna_berger', name: 'Anna Berger', text, minutesAgo: 5 };
    const doc = pageWith([{ post: spec }]);
    expect(doc.querySelector('[data-testid="tweetText"] a[href^="/"]')).toBeNull(); // X rendered no mention link
    const reading = readXPost(articleOf(doc, '501'), ctx(), new ConversationMemory());
    expect(reading.kind).toBe('not-addressed');
  });
});
