import { describe, expect, it } from 'vitest';
import { makeGuide } from '../../../lib/guide/model';
import { recordTemplateUse, sortTemplatesByUse, topicUsage } from '../../../lib/guide/usage';

const guide = makeGuide({
  topics: [
    {
      id: 'a',
      title: { de: 'A', en: 'A' },
      templates: [
        { id: 'a1', lang: 'de', title: 'A1', body: 'x', useCount: 2, position: 0 },
        { id: 'a2', lang: 'en', title: 'A2', body: 'x', useCount: 5, position: 0 },
      ],
    },
    {
      id: 'b',
      title: { de: 'B', en: 'B' },
      templates: [
        { id: 'b1', lang: 'de', title: 'B1', body: 'x', useCount: 1, position: 0 },
        { id: 'b2', lang: 'de', title: 'B2', body: 'x', useCount: 9, position: 1 },
        { id: 'b3', lang: 'de', title: 'B3', body: 'x', useCount: 1, position: 2 },
      ],
    },
    { id: 'c', title: { de: 'C', en: 'C' }, templates: [{ id: 'c1', lang: 'de', title: 'C1', body: 'x' }] },
  ],
});

describe('use counts', () => {
  it('sorts templates by use, most first, equal counts in display order', () => {
    expect(sortTemplatesByUse(guide.topics[1]!.templates).map((t) => t.id)).toEqual(['b2', 'b1', 'b3']);
  });

  it('ranks topics by the uses of all their templates, with shares', () => {
    const rows = topicUsage(guide);
    expect(rows.map((r) => [r.topicId, r.uses, r.topTemplateId])).toEqual([
      ['b', 11, 'b2'],
      ['a', 7, 'a2'],
      ['c', 0, null],
    ]);
    expect(rows[0]!.share).toBeCloseTo(11 / 18);
    expect(rows.reduce((s, r) => s + r.share, 0)).toBeCloseTo(1);
  });

  it('can count one language only', () => {
    expect(topicUsage(guide, { lang: 'de' }).find((r) => r.topicId === 'a')?.uses).toBe(2);
  });

  it('records a use without touching the edit time or other templates', () => {
    const after = recordTemplateUse(guide, 'b1');
    const b1 = after.topics[1]!.templates[0]!;
    expect(b1.useCount).toBe(2);
    expect(b1.updatedAt).toBe(guide.topics[1]!.templates[0]!.updatedAt);
    expect(after.topics[0]).toBe(guide.topics[0]);
    expect(guide.topics[1]!.templates[0]!.useCount).toBe(1);
    expect(recordTemplateUse(guide, 'nope')).toBe(guide);
  });
});
