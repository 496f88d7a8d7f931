import { describe, expect, it } from 'vitest';
import { LANGS, templatesFor } from '../../../lib/guide/model';
import { STARTER_TOPIC_IDS } from '../../../lib/guide/starter-content';
import { starterGuide } from '../../../lib/guide/starter-guide';
import { findPlaceholders, scanTemplate } from '../../../lib/guide/template-syntax';

const guide = starterGuide();
const all = guide.topics.flatMap((t) => t.templates.map((tpl) => ({ topic: t, tpl })));

describe('starter guide', () => {
  it('has every required topic, in order', () => {
    expect(guide.topics.map((t) => t.id)).toEqual([...STARTER_TOPIC_IDS]);
    expect(STARTER_TOPIC_IDS).toHaveLength(13);
  });

  it('has at least two templates per topic and language, with titles, keywords and examples', () => {
    for (const topic of guide.topics) {
      for (const lang of LANGS) {
        expect(templatesFor(topic, lang).length, `${topic.id} ${lang}`).toBeGreaterThanOrEqual(2);
        expect(topic.title[lang]).not.toBe('');
        expect(topic.keywords[lang].length).toBeGreaterThanOrEqual(20);
        expect(topic.examples[lang].length).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('greets by first name, signs with the agent’s name and uses only known variables', () => {
    for (const { tpl } of all) {
      expect(tpl.body, tpl.id).toMatch(/^(Hallo|Hi) \{\{first_name\}\},/);
      expect(tpl.body.trimEnd(), tpl.id).toMatch(/\{\{agent\}\}$/);
      const scan = scanTemplate(tpl.body);
      expect(scan.unknownVariables, tpl.id).toEqual([]);
      expect(scan.malformed, tpl.id).toEqual([]);
    }
  });

  it('leaves gaps for specifics in most topics, never a made-up fact', () => {
    const withGaps = guide.topics.filter((t) => t.templates.some((tpl) => findPlaceholders(tpl.body).length > 0));
    expect(withGaps.length).toBeGreaterThanOrEqual(12);
    // Phone numbers, links and dates the starter guide cannot know are gaps, not examples.
    for (const { tpl } of all) expect(tpl.body, tpl.id).not.toMatch(/https?:|www\.|\+?\d{3,}[\d /-]{4,}/);
  });

  it('writes German with real umlauts and ß, not ae/oe/ue substitutes', () => {
    const german = guide.topics.flatMap((t) => [t.title.de, t.description.de, ...t.keywords.de, ...t.examples.de, ...templatesFor(t, 'de').map((x) => x.body)]).join(' ');
    expect(german).toMatch(/[äöüÄÖÜß]/);
    expect(german).not.toMatch(/\b(fuer|Rueck|rueck|Gruesse|Gruessen|koennen|moechten|Oeffnung|oeffnung|Groesse|Groeße|Ueber|ueber|Waehrung|Bestaetig|Gebuehr|Zurueck|zurueck|bezueglich)/);
    expect(german).toContain('Rücksendung');
    expect(german).toContain('Öffnungszeiten');
    expect(german).toContain('Grüße');
  });

  it('keeps ids unique and each German/English pair of a topic in its own language', () => {
    const idsSeen = new Set(all.map(({ tpl }) => tpl.id));
    expect(idsSeen.size).toBe(all.length);
    for (const { tpl } of all) {
      expect(tpl.id).toContain(`.${tpl.lang}.`);
      if (tpl.lang === 'de') expect(tpl.body).toMatch(/\b(Sie|Ihnen|Ihr|Ihre|uns|wir)\b/);
      else expect(tpl.body).toMatch(/\b(you|your|we|us)\b/i);
    }
  });

  it('is a fresh copy each time, so editing one does not change the next', () => {
    const a = starterGuide();
    a.topics[0]!.templates[0]!.body = 'geändert';
    expect(starterGuide().topics[0]!.templates[0]!.body).not.toBe('geändert');
  });
});
