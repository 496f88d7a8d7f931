import { afterEach, describe, expect, it, vi } from 'vitest';
import { Annotator, type BadgeModel } from '../../../lib/overlay/annotator';
import { handleRequest } from '../../../lib/background/handle-request';
import type { RecordState } from '../../../lib/models/comment';
import { parseObserveReply } from '../../../lib/models/light/record-state';
import { parseNotesReply } from '../../../lib/models/light/note';
import { freshDb } from '../db/test-db';
import { facebook } from '../../../lib/platforms/facebook/adapter';
import { DEMO_IDS, DEMO_NOW, DEMO_PAGE, renderDemoPage } from '../../fixtures/facebook/demo-company';
import { renderFacebookComment } from '../../fixtures/facebook/markup';
import { fragment, loadPage } from './page-markup';

let current: Annotator | null = null;
afterEach(() => {
  current?.stop();
  current = null;
  document.body.replaceChildren();
});

/** The demo page with a second comment by Lena, annotated against a real database through the background's handler. */
function lenaTwice(fetch?: (keys: string[]) => Promise<RecordState[] | null>) {
  loadPage(renderDemoPage('en'));
  const opts = { postId: '810000000000001', pageName: DEMO_PAGE.name, pageVanity: DEMO_PAGE.vanity, ui: 'en' as const };
  document.querySelector(`[data-commentid="${DEMO_IDS.tom}"]`)!.parentElement!.append(
    fragment(renderFacebookComment({ id: '1699', author: 'Lena Hoffmann', text: 'Und die Lieferung?', minutesAgo: 3 }, opts)),
  );
  const db = freshDb();
  const models: BadgeModel[] = [];
  const annotator = new Annotator({
    adapter: facebook, doc: document, css: '', now: () => DEMO_NOW, sendDelayMs: 5,
    record: async (comments, extras) => parseObserveReply(await handleRequest(db, { type: 'observe', comments, ...extras }, DEMO_NOW)),
    fetch: fetch ?? (async (keys) => parseObserveReply(await handleRequest(db, { type: 'get-records', keys }, DEMO_NOW))?.records ?? null),
    fetchNotes: async (commentKeys, authorKeys) => parseNotesReply(await handleRequest(db, { type: 'get-notes', commentKeys, authorKeys }, DEMO_NOW))?.notes ?? null,
    mount: (_, model) => {
      models.push(model);
      return () => {};
    },
  });
  current = annotator;
  annotator.start(DEMO_PAGE.name, [DEMO_PAGE.name]);
  const model = (id: string) => models.find((m) => m.observed.peek().id === id)!;
  const storedBoth = async () => {
    await vi.waitFor(async () => expect(await db.comments.get('facebook:1699')).toBeDefined());
    await vi.waitFor(async () => expect(await db.comments.get(`facebook:${DEMO_IDS.lena}`)).toBeDefined());
  };
  return { db, annotator, model, storedBoth };
}

describe('refreshing records on the open page', () => {
  it("drops the claim on her other comment after 'Erase everything stored about Lena' from one badge", async () => {
    const { db, annotator, model, storedBoth } = lenaTwice();
    await storedBoth();
    await handleRequest(db, { type: 'claim', comment: model('1699').observed.peek(), agent: 'Mara' }, DEMO_NOW);
    await annotator.refreshRecords();
    expect(model('1699').record.value?.claimedBy).toBe('Mara');

    // The erasure is made from the badge of her first comment.
    await handleRequest(db, { type: 'erase-author', site: 'facebook', author: model(DEMO_IDS.lena).observed.peek().author }, DEMO_NOW);
    expect(await db.comments.get('facebook:1699')).toBeUndefined();

    await annotator.refreshRecords();
    expect(model('1699').record.value).toBeNull();
  });

  it('keeps what the badges show when storage could not answer', async () => {
    let reachable = true;
    const db = { current: null as ReturnType<typeof freshDb> | null };
    const { db: real, annotator, model, storedBoth } = lenaTwice(async (keys) => {
      if (!reachable) return null;
      return parseObserveReply(await handleRequest(db.current!, { type: 'get-records', keys }, DEMO_NOW))?.records ?? null;
    });
    db.current = real;
    await storedBoth();
    await handleRequest(real, { type: 'claim', comment: model('1699').observed.peek(), agent: 'Mara' }, DEMO_NOW);
    await annotator.refreshRecords();
    expect(model('1699').record.value?.claimedBy).toBe('Mara');
    reachable = false;
    await annotator.refreshRecords();
    expect(model('1699').record.value?.claimedBy).toBe('Mara');
  });

  it('leaves a comment storage had not taken when the answer lacks it (its sighting may be on its way)', async () => {
    loadPage(renderDemoPage('en'));
    const models: BadgeModel[] = [];
    const annotator = new Annotator({
      adapter: facebook, doc: document, css: '', now: () => DEMO_NOW, sendDelayMs: 5,
      record: async () => null,
      fetch: async () => [],
      mount: (_, model) => {
        models.push(model);
        return () => {};
      },
    });
    current = annotator;
    annotator.start(DEMO_PAGE.name, [DEMO_PAGE.name]);
    await vi.waitFor(() => expect(models.find((m) => m.observed.peek().id === DEMO_IDS.lena)).toBeDefined());
    const lena = models.find((m) => m.observed.peek().id === DEMO_IDS.lena)!;
    const shown = { key: `facebook:${DEMO_IDS.lena}`, postedAt: DEMO_NOW, timeSource: 'exact', firstSeenAt: DEMO_NOW, byOwner: false, answeredAt: null, handledAt: null, claimedBy: 'Mara' } as RecordState;
    lena.record.value = shown;
    await annotator.refreshRecords();
    expect(lena.record.value).toBe(shown);
  });
});
