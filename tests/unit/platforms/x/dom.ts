import { createXAdapter, type XAdapter } from '../../../../lib/platforms/x/adapter';
import type { XExtractedItem } from '../../../../lib/platforms/x/extract';
import { resolveReplyChains } from '../../../../lib/platforms/reply-chains';
import type { ExtractContext } from '../../../../lib/platforms/types';
import { X_COMPANY, X_DEMO_NOW } from '../../../fixtures/x/demo-company';
import { renderXPage, type XPageSpec, type XRowSpec, type XUi } from '../../../fixtures/x/markup';

/** Test helpers: fixture markup parsed into a happy-dom document, read with a fresh X adapter. */
export const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

/** happy-dom documents share the window's address: tests that rely on it set it, and everyone resets it. */
export function setAddress(url: string): void {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
}

export const ctx = (over: Partial<ExtractContext> = {}): ExtractContext => ({
  now: X_DEMO_NOW, ownerNames: [X_COMPANY.handle], pageName: X_COMPANY.handle, ...over,
});

export function pageWith(rows: XRowSpec[], ui: XUi = 'en', over: Partial<XPageSpec> = {}): Document {
  return parse(renderXPage({
    ui, now: X_DEMO_NOW, title: 'X', account: { handle: X_COMPANY.handle, name: X_COMPANY.name }, columnHeading: 'Post',
    timeline: { label: 'Timeline: Conversation', title: 'Conversation', rows }, ...over,
  }));
}

export function readAll(doc: Document, adapter: XAdapter = createXAdapter(), context: ExtractContext = ctx()): XExtractedItem[] {
  return adapter.findItems(adapter.scanRoot(doc)).map((el) => adapter.extract(el, context) as XExtractedItem | null).filter((x): x is XExtractedItem => typeof x === 'object' && x !== null);
}

export const observeAll = (doc: Document, adapter: XAdapter = createXAdapter(), context: ExtractContext = ctx()) =>
  resolveReplyChains(readAll(doc, adapter, context));

/** The article of a status id. */
export function articleOf(doc: Document, id: string): Element {
  const link = doc.querySelector(`article a[href$="/status/${id}"] time`);
  const article = link?.closest('article');
  if (!article) throw new Error(`no article for ${id}`);
  return article;
}
