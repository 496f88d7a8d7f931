import { describe, expect, it } from 'vitest';
import { planImport } from '../../../lib/guide/import-plan';
import { GUIDE_LIMITS, GuideSchema, makeGuide, type Guide, type TemplateInput, type TopicInput } from '../../../lib/guide/model';

const tpl = (id: string, body: string, extra: Partial<TemplateInput> = {}): TemplateInput => ({ id, lang: 'de', title: id, body, ...extra });
const topic = (id: string, templates: TemplateInput[], extra: Partial<TopicInput> = {}): TopicInput => ({ id, title: { de: id, en: id }, templates, ...extra });

const local: Guide = makeGuide({
  topics: [
    topic('delivery', [tpl('d1', 'Paket kommt', { updatedAt: 100, useCount: 7 }), tpl('d2', 'Verzögerung', { position: 1, updatedAt: 100 })], { position: 0, updatedAt: 100 }),
    topic('returns', [tpl('r1', 'Retoure lokal bearbeitet', { updatedAt: 300 })], { position: 1, updatedAt: 100 }),
    topic('mine', [tpl('m1', 'Nur bei mir')], { position: 2, updatedAt: 100 }),
  ],
});

const file: Guide = makeGuide({
  topics: [
    topic('delivery', [tpl('d1', 'Paket kommt bald', { updatedAt: 200, useCount: 3 }), tpl('d2', 'Verzögerung', { position: 1, updatedAt: 100 }), tpl('d3', 'Zugestellt, aber weg', { position: 2, updatedAt: 200 })], { updatedAt: 100 }),
    topic('returns', [tpl('r1', 'Retoure aus der Datei', { updatedAt: 200 })], { updatedAt: 100, keywords: { de: ['Retoure'], en: [] } }),
    topic('praise', [tpl('p1', 'Danke!', { updatedAt: 200 })], { updatedAt: 200 }),
  ],
});

const ids = <T extends { id: string }>(list: T[]) => list.map((x) => x.id).sort();
const templateIds = (g: Guide) => g.topics.flatMap((t) => t.templates.map((x) => x.id)).sort();

describe('planImport: merge', () => {
  const plan = planImport(local, file, 'merge');

  it('lists what the file adds, updates and leaves unchanged', () => {
    expect(ids(plan.topics.added)).toEqual(['praise']);
    expect(ids(plan.topics.updated)).toEqual(['returns']);
    expect(ids(plan.topics.unchanged)).toEqual(['delivery']);
    expect(ids(plan.templates.added)).toEqual(['d3', 'p1']);
    expect(ids(plan.templates.updated)).toEqual(['d1']);
    expect(ids(plan.templates.unchanged)).toEqual(['d2']);
  });

  it('never drops anything: local-only entries stay and are named', () => {
    expect(plan.removesEntries).toBe(false);
    expect(plan.topics.removed).toEqual([]);
    expect(plan.templates.removed).toEqual([]);
    expect(ids(plan.topics.onlyLocal)).toEqual(['mine']);
    expect(ids(plan.templates.onlyLocal)).toEqual(['m1']);
    for (const id of templateIds(local)) expect(templateIds(plan.result)).toContain(id);
    expect(ids(plan.result.topics)).toEqual(['delivery', 'mine', 'praise', 'returns']);
  });

  it('keeps a local edit that is newer than the file’s version and says so', () => {
    expect(ids(plan.templates.localNewer)).toEqual(['r1']);
    const r1 = plan.result.topics.find((t) => t.id === 'returns')!.templates[0]!;
    expect(r1.body).toBe('Retoure lokal bearbeitet');
  });

  it('takes the file’s newer content but keeps local order and the larger use count', () => {
    const delivery = plan.result.topics.find((t) => t.id === 'delivery')!;
    expect(delivery.templates.map((t) => t.id)).toEqual(['d1', 'd2', 'd3']);
    expect(delivery.templates[0]).toMatchObject({ body: 'Paket kommt bald', useCount: 7 });
    expect(delivery.templates[2]!.position).toBe(2);
    expect(plan.result.topics.map((t) => t.id)).toEqual(['delivery', 'returns', 'mine', 'praise']);
    expect(plan.result.topics.find((t) => t.id === 'praise')!.position).toBe(3);
  });

  it('produces a valid guide and leaves both inputs untouched', () => {
    const before = JSON.stringify([local, file]);
    const again = planImport(local, file, 'merge');
    expect(GuideSchema.safeParse(again.result).success).toBe(true);
    expect(JSON.stringify([local, file])).toBe(before);
  });

  it('moves a template the file puts into another topic', () => {
    const moved = makeGuide({ topics: [topic('returns', [tpl('d2', 'Verzögerung', { updatedAt: 500 })])] });
    const p = planImport(local, moved, 'merge');
    expect(p.templates.updated.map((t) => [t.id, t.topicId])).toEqual([['d2', 'returns']]);
    expect(p.result.topics.find((t) => t.id === 'delivery')!.templates.map((t) => t.id)).toEqual(['d1']);
    expect(p.result.topics.find((t) => t.id === 'returns')!.templates.map((t) => t.id)).toEqual(['r1', 'd2']);
    expect(templateIds(p.result)).toEqual(templateIds(local));
  });

  it('importing the same guide again changes nothing', () => {
    const p = planImport(local, local, 'merge');
    expect(p.noChange).toBe(true);
    expect(p.result).toEqual(local);
  });
});

describe('planImport: replace', () => {
  const plan = planImport(local, file, 'replace');

  it('lists exactly what would be removed, so the page can ask first', () => {
    expect(plan.removesEntries).toBe(true);
    expect(plan.topics.removed).toEqual([{ id: 'mine', title: { de: 'mine', en: 'mine' } }]);
    expect(plan.templates.removed).toEqual([{ id: 'm1', topicId: 'mine', lang: 'de', title: 'm1' }]);
    expect(plan.topics.onlyLocal).toEqual([]);
    expect(plan.templates.localNewer).toEqual([]);
  });

  it('results in the file’s guide, carrying over use counts only', () => {
    expect(plan.result.topics.map((t) => t.id)).toEqual(['delivery', 'returns', 'praise']);
    const r1 = plan.result.topics[1]!.templates[0]!;
    expect(r1.body).toBe('Retoure aus der Datei');
    expect(ids(plan.templates.updated)).toEqual(['d1', 'r1']);
    expect(plan.result.topics[0]!.templates[0]!.useCount).toBe(7);
    expect(GuideSchema.safeParse(plan.result).success).toBe(true);
  });

  it('a file identical to the guide removes nothing', () => {
    const p = planImport(local, local, 'replace');
    expect(p.removesEntries).toBe(false);
    expect(p.noChange).toBe(true);
  });
});

describe('planImport: limits of the result', () => {
  /** 60 templates in one topic: valid alone, 120 after merging two such guides. */
  const sixty = (prefix: string): Guide =>
    makeGuide({ topics: [topic('delivery', Array.from({ length: 60 }, (_, i) => tpl(`${prefix}-${i}`, `Hallo {{first_name}}, ${prefix} ${i}`)), { title: { de: 'Lieferung', en: 'Delivery' } })] });

  it('names the topic, the count and the limit when a merge of two valid guides would overfill a topic', () => {
    const plan = planImport(sixty('local'), sixty('file'), 'merge');
    expect(plan.overLimits).toEqual([
      { limit: 'templatesPerTopic', topic: { id: 'delivery', title: { de: 'Lieferung', en: 'Delivery' } }, count: 120, max: GUIDE_LIMITS.templatesPerTopic },
    ]);
    // The result is still what merging would give, so the plan tells the truth about it.
    expect(GuideSchema.safeParse(plan.result).success).toBe(false);
  });

  it('names too many topics', () => {
    const many = (prefix: string, n: number): Guide => ({ topics: Array.from({ length: n }, (_, i) => makeGuide({ topics: [topic(`${prefix}-${i}`, [])] }).topics[0]!) });
    const plan = planImport(many('local', 600), many('file', 600), 'merge');
    expect(plan.overLimits).toEqual([{ limit: 'topics', count: 1200, max: GUIDE_LIMITS.topics }]);
  });

  it('finds nothing over the limits in an ordinary import, and none in replacing with a valid file', () => {
    expect(planImport(local, file, 'merge').overLimits).toEqual([]);
    expect(planImport(sixty('local'), sixty('file'), 'replace').overLimits).toEqual([]);
  });
});
