import { z } from '../models/zod-classic';
import { PLACEHOLDER_LABEL_MAX, scanTemplate, TEMPLATE_VARIABLES } from './template-syntax';
import { MAX_DATE_MS } from '../time/format-date';

/**
 * The response guide: topics a community manager answers again and again, each with ready replies
 * in German and English. Plain data so it can live in IndexedDB, travel as a JSON file and be
 * validated the same way everywhere.
 *
 * Template ids are unique across the whole guide (not only within their topic), so a template can be
 * counted, suggested and merged by its id alone.
 */

export const LANGS = ['de', 'en'] as const;
export const LangSchema = z.enum(LANGS);
export type Lang = z.infer<typeof LangSchema>;

/** Limits keep a hand-edited or hostile file from blowing up storage or the ranking index. */
export const GUIDE_LIMITS = {
  topics: 1000,
  templatesPerTopic: 100,
  keywordsPerLang: 300,
  examplesPerLang: 100,
  idLength: 80,
  titleLength: 120,
  descriptionLength: 2000,
  keywordLength: 80,
  exampleLength: 500,
  bodyLength: 5000,
} as const;

/** Lowercase so ids compare without case surprises; `.` `_` `-` allow slugs and UUIDs alike. */
export const ID_PATTERN = /^[a-z0-9](?:[a-z0-9._-]*[a-z0-9])?$/;

/** Bilingual text carried on custom zod issues; the file parser turns it into the user-facing message. */
export interface Bilingual {
  de: string;
  en: string;
}
export const bilingualIssue = (text: Bilingual, extra: Record<string, unknown> = {}) => ({ bilingual: text, ...extra });

export const IdSchema = z.string().min(1).max(GUIDE_LIMITS.idLength).superRefine((id, ctx) => {
  if (ID_PATTERN.test(id)) return;
  ctx.addIssue({
    code: 'custom',
    message: 'id format',
    params: bilingualIssue({
      de: `ungültige ID „${id}“: nur Kleinbuchstaben a–z, Ziffern, „-“, „_“ und „.“, am Anfang und Ende ein Buchstabe oder eine Ziffer`,
      en: `invalid id "${id}": only lowercase a–z, digits, "-", "_" and ".", starting and ending with a letter or digit`,
    }),
  });
});

// Within what a Date holds, as every stored time (lib/time/format-date.ts).
const Timestamp = z.number().int().min(0).max(MAX_DATE_MS);

const localized = (max: number) =>
  z.strictObject({ de: z.string().trim().max(max).default(''), en: z.string().trim().max(max).default('') });

const localizedList = (maxItems: number, maxLength: number) =>
  z.strictObject({
    de: z.array(z.string().trim().min(1).max(maxLength)).max(maxItems).default([]),
    en: z.array(z.string().trim().min(1).max(maxLength)).max(maxItems).default([]),
  });

const variableList = TEMPLATE_VARIABLES.map((v) => `{{${v}}}`).join(', ');

/** Checked on the text itself so the editor and the importer report the same mistakes. */
export const TemplateBodySchema = z
  .string()
  .trim()
  .min(1)
  .max(GUIDE_LIMITS.bodyLength)
  .superRefine((text, ctx) => {
    const scan = scanTemplate(text);
    for (const v of scan.unknownVariables) {
      const token = text.slice(v.start, v.end);
      ctx.addIssue({
        code: 'custom',
        message: `unknown variable ${token}`,
        params: bilingualIssue({
          de: `unbekannte Variable „${token}“ – erlaubt sind ${variableList}`,
          en: `unknown variable "${token}" – allowed are ${variableList}`,
        }),
      });
    }
    for (const m of scan.malformed) {
      ctx.addIssue({
        code: 'custom',
        message: `malformed ${m.token} at character ${m.start + 1}`,
        params: bilingualIssue({
          de: `„${m.token}“ bei Zeichen ${m.start + 1} gehört zu keiner vollständigen {{Variable}} oder [[Lücke]]`,
          en: `"${m.token}" at character ${m.start + 1} is not part of a complete {{variable}} or [[placeholder]]`,
        }),
      });
    }
    for (const b of scan.badLabels) {
      const at = b.start + 1;
      ctx.addIssue({
        code: 'custom',
        message: b.multiline ? `placeholder label spans lines at character ${at}` : `placeholder label too long at character ${at}`,
        params: bilingualIssue(
          b.multiline
            ? {
                de: `die [[Lücke]] bei Zeichen ${at} geht über mehrere Zeilen – ihre Beschriftung muss in einer Zeile stehen (höchstens ${PLACEHOLDER_LABEL_MAX} Zeichen)`,
                en: `the [[placeholder]] at character ${at} spans several lines – its label must fit on one line (at most ${PLACEHOLDER_LABEL_MAX} characters)`,
              }
            : {
                de: `die Beschriftung der [[Lücke]] bei Zeichen ${at} ist zu lang: ${b.length} Zeichen, höchstens ${PLACEHOLDER_LABEL_MAX}`,
                en: `the label of the [[placeholder]] at character ${at} is too long: ${b.length} characters, at most ${PLACEHOLDER_LABEL_MAX}`,
              },
        ),
      });
    }
  });

export const TemplateSchema = z.strictObject({
  id: IdSchema,
  lang: LangSchema,
  /** Short label for the picker, e.g. "Paket unterwegs". */
  title: z.string().trim().min(1).max(GUIDE_LIMITS.titleLength),
  body: TemplateBodySchema,
  /** Order among the topic's templates of the same language; ties keep array order. */
  position: z.number().int().default(0),
  /** How often an agent inserted it. Statistics, not content: an edit or import never resets it. */
  useCount: z.number().int().min(0).default(0),
  updatedAt: Timestamp.default(0),
});
export type Template = z.infer<typeof TemplateSchema>;
export type TemplateInput = z.input<typeof TemplateSchema>;

export const TopicSchema = z
  .strictObject({
    id: IdSchema,
    /** Order in the editor's list; ties keep array order. */
    position: z.number().int().default(0),
    title: localized(GUIDE_LIMITS.titleLength),
    description: localized(GUIDE_LIMITS.descriptionLength).default({ de: '', en: '' }),
    /** Words and phrases customers use for this topic; what the ranking weighs most. */
    keywords: localizedList(GUIDE_LIMITS.keywordsPerLang, GUIDE_LIMITS.keywordLength).default({ de: [], en: [] }),
    /** Typical questions, as customers write them. */
    examples: localizedList(GUIDE_LIMITS.examplesPerLang, GUIDE_LIMITS.exampleLength).default({ de: [], en: [] }),
    /** A topic without a template in a language is simply never suggested in that language. */
    templates: z.array(TemplateSchema).max(GUIDE_LIMITS.templatesPerTopic).default([]),
    updatedAt: Timestamp.default(0),
  })
  .superRefine((topic, ctx) => {
    if (topic.title.de === '' && topic.title.en === '') {
      ctx.addIssue({
        code: 'custom',
        path: ['title'],
        message: 'title needed in at least one language',
        params: bilingualIssue({
          de: 'Titel fehlt: mindestens auf Deutsch oder Englisch nötig',
          en: 'title missing: needed in German or English at least',
        }),
      });
    }
  });
export type Topic = z.infer<typeof TopicSchema>;
export type TopicInput = z.input<typeof TopicSchema>;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Duplicate ids are reported where the second one stands, naming where the first one is. Runs even
 * when other parts of the list are broken (hence the defensive reading), so a file's author learns
 * about every problem at once.
 */
function checkUniqueIds(topics: unknown, ctx: z.core.$RefinementCtx<unknown>): void {
  if (!Array.isArray(topics)) return;
  const topicSeen = new Map<string, number>();
  const templateSeen = new Map<string, string>();
  topics.forEach((topic: unknown, i) => {
    if (!isRecord(topic)) return;
    if (typeof topic.id === 'string') {
      const first = topicSeen.get(topic.id);
      if (first === undefined) topicSeen.set(topic.id, i);
      else {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'id'],
          message: `duplicate topic id "${topic.id}"`,
          params: bilingualIssue(
            {
              de: `doppelte Themen-ID „${topic.id}“ (schon bei topics[${first}])`,
              en: `duplicate topic id "${topic.id}" (already used at topics[${first}])`,
            },
            { kind: 'duplicate_id' },
          ),
        });
      }
    }
    if (!Array.isArray(topic.templates)) return;
    topic.templates.forEach((t: unknown, j) => {
      if (!isRecord(t) || typeof t.id !== 'string') return;
      const firstAt = templateSeen.get(t.id);
      if (firstAt === undefined) {
        templateSeen.set(t.id, `topics[${i}].templates[${j}]`);
        return;
      }
      ctx.addIssue({
        code: 'custom',
        path: [i, 'templates', j, 'id'],
        message: `duplicate template id "${t.id}"`,
        params: bilingualIssue(
          {
            de: `doppelte Vorlagen-ID „${t.id}“ (schon bei ${firstAt}); Vorlagen-IDs müssen im ganzen Leitfaden eindeutig sein`,
            en: `duplicate template id "${t.id}" (already used at ${firstAt}); template ids must be unique across the guide`,
          },
          { kind: 'duplicate_id' },
        ),
      });
    });
  });
}

export const TopicListSchema = z
  .array(TopicSchema)
  .max(GUIDE_LIMITS.topics)
  .superRefine((topics, ctx) => checkUniqueIds(topics, ctx as z.core.$RefinementCtx<unknown>), { when: () => true });

export const GuideSchema = z.strictObject({ topics: TopicListSchema });
export type Guide = z.infer<typeof GuideSchema>;
/** What a caller may hand in: defaults (useCount, position, …) may be left out. */
export type GuideInput = z.input<typeof GuideSchema>;

/** Parses trusted input (code, storage) and throws on a mistake; files go through parseGuideFile. */
export const makeGuide = (input: GuideInput): Guide => GuideSchema.parse(input);

/** Templates of one topic in one language, in display order. */
export const templatesFor = (topic: Topic, lang: Lang): Template[] =>
  topic.templates
    .map((t, i) => ({ t, i }))
    .filter(({ t }) => t.lang === lang)
    .sort((a, b) => a.t.position - b.t.position || a.i - b.i)
    .map(({ t }) => t);

/** Topics in display order. */
export const sortedTopics = (guide: Guide): Topic[] =>
  guide.topics
    .map((t, i) => ({ t, i }))
    .sort((a, b) => a.t.position - b.t.position || a.i - b.i)
    .map(({ t }) => t);

export function findTemplate(guide: Guide, templateId: string): { topic: Topic; template: Template } | null {
  for (const topic of guide.topics) {
    for (const template of topic.templates) if (template.id === templateId) return { topic, template };
  }
  return null;
}
