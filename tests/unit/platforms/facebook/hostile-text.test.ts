import { describe, expect, it } from 'vitest';
import { MAX_TEXT } from '../../../../lib/platforms/dom-text';
import { ObservedCommentSchema } from '../../../../lib/models/comment';
import { DEMO_IDS, HOSTILE_TEXT, hugeCommentSpec, renderDemoPage } from '../../../fixtures/facebook/demo-company';
import { observeAll, pageWith, parse } from './dom';

describe('hostile comment text', () => {
  it('stays text: markup in a comment never becomes elements, and comes out exactly as written', () => {
    const doc = parse(renderDemoPage('en'));
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    const body = doc.querySelector(`[data-commentid="${DEMO_IDS.hostile}"] span[lang]`)!;
    expect([...body.querySelectorAll('*')].map((e) => e.tagName)).toEqual(['DIV', 'DIV']);
    const c = observeAll(doc).find((o) => o.id === DEMO_IDS.hostile)!;
    expect(c.text).toBe(HOSTILE_TEXT);
    expect(c.text).toContain('\u202E'); // kept, so a view can isolate it; never executed or interpreted
  });

  it('caps a 100 KB comment, does not throw, and the result fits the message schema', () => {
    const doc = pageWith([hugeCommentSpec(100_000)]);
    const started = performance.now();
    const [c] = observeAll(doc);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(c!.text.length).toBe(MAX_TEXT);
    expect(ObservedCommentSchema.safeParse(c).success).toBe(true);
  });
});
