import { facebook } from '../../../../lib/platforms/facebook/adapter';
import { resolveThreads } from '../../../../lib/platforms/threads';
import type { ExtractContext, ExtractedItem } from '../../../../lib/platforms/types';
import { DEMO_NOW, DEMO_PAGE } from '../../../fixtures/facebook/demo-company';
import { renderFacebookPage, type FbCommentSpec, type FbPageSpec, type FbUi } from '../../../fixtures/facebook/markup';

/** Test helpers: fixture markup parsed into a happy-dom document, read with the Facebook adapter. */
export const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

export const ctx = (over: Partial<ExtractContext> = {}): ExtractContext => ({
  now: DEMO_NOW, ownerNames: [DEMO_PAGE.name], pageName: DEMO_PAGE.name, ...over,
});

export function pageWith(comments: FbCommentSpec[], ui: FbUi = 'en', over: Partial<FbPageSpec> = {}): Document {
  return parse(renderFacebookPage({
    pageName: DEMO_PAGE.name, pageVanity: DEMO_PAGE.vanity, ui, now: DEMO_NOW,
    posts: [{ id: '810000000000009', text: 'Post', comments }], ...over,
  }));
}

export function extractAll(doc: Document, context: ExtractContext = ctx()): ExtractedItem[] {
  return facebook.findItems(facebook.scanRoot(doc)).map((el) => facebook.extract(el, context)).filter((x): x is ExtractedItem => x !== null);
}

export const observeAll = (doc: Document, context: ExtractContext = ctx()) => resolveThreads(extractAll(doc, context));
