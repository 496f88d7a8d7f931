import { describe, expect, it } from 'vitest';
import { ID_PATTERN, starterGuide, type Topic } from '../../../lib/guide';
import { useMessageTemplates } from '../../../lib/i18n';
import { templates } from '../a11y/messages';
import {
  emptyTemplate, emptyTopic, errorsAt, moveTemplate, newTemplateId, newTopicId, orderedTemplates, topicMatches, validateTopic,
} from '../../../components/options/guide/guide-draft';

const starter = (id: string): Topic => starterGuide().topics.find((t) => t.id === id)!;

describe('guide editor drafts', () => {
  it('reports a broken template under its field, in the interface language, and accepts the fixed one', () => {
    const topic = emptyTopic('gluten', 0);
    topic.title.en = 'Gluten-free';
    topic.templates = [{ ...emptyTemplate('gluten.en.a', 'en', 0), title: 'Range', body: 'Hi {{vorname}}, see [[list' }];
    const de = validateTopic(topic, 'de');
    const en = validateTopic(topic, 'en');
    if (de.ok || en.ok) throw new Error('should be refused');
    expect(errorsAt(de.errors, 'templates.0.body').join('\n')).toContain('unbekannte Variable „{{vorname}}“');
    expect(errorsAt(en.errors, 'templates.0.body').join('\n')).toContain('unknown variable "{{vorname}}"');
    expect(errorsAt(en.errors, 'templates.0.body').join('\n')).toMatch(/"\[\[" at character \d+ is not part of a complete/);
    expect(errorsAt(en.errors, 'title')).toEqual([]);

    topic.templates[0]!.body = '  Hi {{first_name}}, see [[list]].  ';
    const fixed = validateTopic(topic, 'en');
    expect(fixed.ok && fixed.topic.templates[0]!.body).toBe('Hi {{first_name}}, see [[list]].');
  });

  it.each([
    ['de', { required: 'Pflichtfeld', long: 'höchstens 120 Zeichen' }],
    ['en', { required: 'required', long: 'at most 120 characters' }],
  ] as const)('words an empty or too long template field as the settings form does (%s), not in zod developer text', (lang, words) => {
    useMessageTemplates(templates(lang));
    try {
      const topic = emptyTopic('ship', 0);
      topic.title.de = 'Versand';
      topic.templates = [{ ...emptyTemplate('ship.de.a', 'de', 0), title: '  ', body: '' }];
      const empty = validateTopic(topic, lang);
      if (empty.ok) throw new Error('should be refused');
      expect(errorsAt(empty.errors, 'templates.0.title')).toEqual([words.required]);
      expect(errorsAt(empty.errors, 'templates.0.body')).toEqual([words.required]);
      topic.templates[0] = { ...topic.templates[0]!, title: 'x'.repeat(121), body: 'Hallo' };
      const long = validateTopic(topic, lang);
      expect(!long.ok && errorsAt(long.errors, 'templates.0.title')).toEqual([words.long]);
    } finally {
      useMessageTemplates({});
    }
  });

  it('refuses a topic without any title', () => {
    const result = validateTopic(emptyTopic('x', 0), 'en');
    expect(!result.ok && result.errors.get('title')).toEqual(['title missing: needed in German or English at least']);
  });

  it('moves a template only among the templates of its own language', () => {
    const topic = starter('delivery-status');
    const de = orderedTemplates(topic).filter((t) => t.lang === 'de').map((t) => t.id);
    const moved = moveTemplate(topic, de[0]!, 1);
    expect(orderedTemplates(moved).filter((t) => t.lang === 'de').map((t) => t.id)).toEqual([de[1], de[0], ...de.slice(2)]);
    expect(orderedTemplates(moved).filter((t) => t.lang === 'en')).toEqual(orderedTemplates(topic).filter((t) => t.lang === 'en'));
    // The last German template cannot move down into the English ones.
    expect(orderedTemplates(moveTemplate(topic, de.at(-1)!, 1))).toEqual(orderedTemplates(topic));
  });

  it('finds topics by title, keyword or example question in either language, ignoring case and accents', () => {
    const guide = starterGuide();
    const hits = (q: string) => guide.topics.filter((t) => topicMatches(t, q)).map((t) => t.id);
    expect(hits('sendungsverfolgung')).toContain('delivery-status');
    expect(hits('REFUND')).toEqual(['returns-refund']);
    expect(hits('Offnungszeiten')).toContain('opening-hours');
    expect(hits('')).toHaveLength(guide.topics.length);
    expect(hits('refund qwertz')).toEqual([]);
  });

  it('makes ids the guide accepts and that are not taken', () => {
    const taken = new Set(['topic-aaaaaa']);
    for (let i = 0; i < 50; i++) {
      const topicId = newTopicId(taken);
      const templateId = newTemplateId(topicId, 'de', taken);
      expect(ID_PATTERN.test(topicId) && ID_PATTERN.test(templateId)).toBe(true);
      expect(taken.has(topicId) || taken.has(templateId)).toBe(false);
      taken.add(topicId).add(templateId);
    }
  });
});
