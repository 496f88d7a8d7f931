import { describe, expect, it } from 'vitest';
import { ObservedCommentSchema } from '../../../../lib/models/comment';
import { type FbCommentSpec } from '../../../fixtures/facebook/markup';
import { extractAll, observeAll, pageWith } from './dom';

/** A sighting the background would refuse for its author name must never leave the page. */

const long = `Anna ${'Berger-'.repeat(60)}Ende`; // 429 characters, past the 300 a stored name may hold
const spec: FbCommentSpec = { id: '101', author: long, text: 'Habt ihr offen?', lang: 'de', minutesAgo: 3 };

const withoutNameLinks = (doc: Document) => {
  doc.querySelectorAll('a[tabindex="0"]:has(span[dir="auto"])').forEach((a) => a.remove());
  return doc;
};

describe('extractFacebookItem: an author name longer than a record may hold', () => {
  it('is cut to 300 characters when read from the name link', () => {
    const [item] = extractAll(pageWith([spec]));
    expect(item!.author.name).toBe(long.slice(0, 300));
    expect(observeAll(pageWith([spec])).every((o) => ObservedCommentSchema.safeParse(o).success)).toBe(true);
  });

  it('is cut to 300 characters when read from the article label', () => {
    const [item] = extractAll(withoutNameLinks(pageWith([spec])));
    expect(item!.author.name).toBe(long.slice(0, 300));
  });
});
