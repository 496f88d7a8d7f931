/** The project's own X fixture markup run through the real Annotator and X adapter, for tests of what a badge ends up with. */
import { mergeObservation } from '../../../../lib/comments/merge-observation';
import type { ObservedComment } from '../../../../lib/models/comment';
import { Annotator } from '../../../../lib/overlay/annotator';
import { createXAdapter } from '../../../../lib/platforms/x/adapter';
import { X_COMPANY, X_DEMO_NOW } from '../../../fixtures/x/demo-company';
import { renderXPage, renderXRow, type XRowSpec } from '../../../fixtures/x/markup';
import { fragment } from '../../overlay/page-markup';

export function xHarness() {
  const sent: ObservedComment[][] = [];
  const annotator = new Annotator({
    adapter: createXAdapter(), doc: document, css: '',
    record: async (c) => { sent.push(c); return { records: c.map((o) => mergeObservation(undefined, o, X_DEMO_NOW)) }; },
    mount: () => () => {}, now: () => X_DEMO_NOW, sendDelayMs: 5,
  });
  annotator.start(X_COMPANY.handle, [X_COMPANY.handle]);
  /** The last sighting sent per post id. */
  const last = () => new Map(sent.flat().map((c) => [c.id, c]));
  return { annotator, sent, last };
}

/** A status page (tests/fixtures/x/markup.ts renderXPage) with the given conversation rows. */
export const conversationPage = (rows: XRowSpec[]) => renderXPage({
  ui: 'en', now: X_DEMO_NOW, title: 'X', account: { handle: X_COMPANY.handle, name: X_COMPANY.name }, columnHeading: 'Post',
  timeline: { label: 'Timeline: Conversation', title: 'Conversation', rows },
});

/** One timeline row as X renders it (cellInnerDiv at translateY), adopted into the test document. */
export const rowEl = (row: XRowSpec, y: number) => fragment(renderXRow(row, { ui: 'en', now: X_DEMO_NOW }, y));

export const settle = () => new Promise((r) => setTimeout(r, 120));
