import { GuideSchema, LANGS, type Guide, type Lang, type TemplateInput, type TopicInput } from './model';
import { STARTER_TOPIC_IDS, type StarterLanguageContent } from './starter-content';
import { STARTER_DE } from './starter-de';
import { STARTER_EN } from './starter-en';

/**
 * The guide a fresh installation starts with. Ordinary data once stored: the team edits or deletes it
 * like anything they wrote themselves. `updatedAt` is 0, so any edit of theirs counts as newer when a
 * file is merged in.
 */

const CONTENT: Record<Lang, StarterLanguageContent> = { de: STARTER_DE, en: STARTER_EN };

export const starterTemplateId = (topicId: string, lang: Lang, slug: string): string => `${topicId}.${lang}.${slug}`;

export function starterGuideInput(): { topics: TopicInput[] } {
  const topics = STARTER_TOPIC_IDS.map((id, position): TopicInput => {
    const de = CONTENT.de[id];
    const en = CONTENT.en[id];
    const templates: TemplateInput[] = LANGS.flatMap((lang) =>
      CONTENT[lang][id].templates.map((t, i) => ({
        id: starterTemplateId(id, lang, t.slug),
        lang,
        title: t.title,
        body: t.body,
        position: i,
      })),
    );
    return {
      id,
      position,
      title: { de: de.title, en: en.title },
      description: { de: de.description, en: en.description },
      keywords: { de: [...de.keywords], en: [...en.keywords] },
      examples: { de: [...de.examples], en: [...en.examples] },
      templates,
    };
  });
  return { topics };
}

/** A fresh copy each call, validated by the same schema as imported files. */
export const starterGuide = (): Guide => GuideSchema.parse(starterGuideInput());
