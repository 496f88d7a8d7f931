import { liveQuery, type Subscription } from 'dexie';
import type { ModeratoDatabase } from '../db/database';
import { validRecords } from '../db/comments-store';
import { loadGuide, recordTemplateUse } from '../db/guide-store';
import { loadSettings } from '../db/settings-store';
import { createSuggester, fillTemplate, languageScores, templateVarsFor, type Guide, type Lang, type Suggester, type Template } from '../guide';
import type { SuggestItem, Suggestion } from '../models/messages';
import { xCharactersOver } from '../platforms/x/post-length';

/**
 * Reply suggestions for the content scripts. The background keeps one suggester for the stored
 * guide: built on the first request (the service worker often wakes only for sightings), dropped
 * whenever the guide changes – Dexie's liveQuery sees writes from the options page as well, through
 * its BroadcastChannel – and rebuilt on the next request that needs it.
 */

export const SUGGESTIONS_PER_COMMENT = 3;
/** SuggestionSchema's bound on the filled text; a template that fills beyond it is left out, not cut. */
const MAX_FILLED_CHARS = 10_000;
/** Stored comments of a page read to tell its language: plenty for a clear majority, cheap to read. */
const PAGE_LANGUAGE_SAMPLE = 50;
/** Comments one language must be ahead by before a page's language is kept for the service's life. */
const CLEAR_PAGE_LEAD = 5;

export interface SuggestReply {
  suggestions: { key: string; list: Suggestion[] }[];
}

export interface GuideService {
  suggest(items: readonly SuggestItem[], now?: number): Promise<SuggestReply>;
  /** Counts one insertion of a template; `counted` is false for an id the guide does not hold. */
  templateUsed(templateId: string): Promise<{ counted: boolean }>;
  /** Stops following the guide (tests, shutdown). */
  close(): void;
}

interface Current {
  guide: Guide;
  templates: Map<string, Template>;
  /** Each template's siblings: its topic's templates, in the editor's order. */
  siblings: Map<string, Template[]>;
  suggester: Suggester | null;
}

/** Same topics, order and texts; use counts aside. */
function sameContent(a: Guide, b: Guide): boolean {
  if (a.topics.length !== b.topics.length) return false;
  const withoutCounts = (g: Guide) =>
    JSON.stringify(g.topics.map((t) => ({ ...t, templates: t.templates.map(({ useCount: _u, ...rest }) => rest) })));
  return withoutCounts(a) === withoutCounts(b);
}

export function createGuideService(db: ModeratoDatabase): GuideService {
  let current: Current | null = null;
  let loading: Promise<Current> | null = null;
  let subscription: Subscription | null = null;
  /** Bumped by every change liveQuery reports, so a load that raced a change is not kept. */
  let version = 0;

  const adopt = (guide: Guide): Current => ({
    guide,
    templates: new Map(guide.topics.flatMap((t) => t.templates.map((x) => [x.id, x] as const))),
    siblings: new Map(guide.topics.flatMap((t) => t.templates.map((x) => [x.id, t.templates] as const))),
    suggester: null,
  });

  const follow = (): void => {
    if (subscription) return;
    subscription = liveQuery(() => loadGuide(db)).subscribe({
      next: (guide) => {
        version++;
        loading = null;
        // Every insertion changes a use count; rebuilding the index for that (about 0.1 s for a
        // 500-template guide) would be wasted. The suggester reads counts from the template objects
        // it was built from, which belong to this service alone, so they are updated in place.
        if (current && sameContent(current.guide, guide)) {
          for (const topic of guide.topics) {
            for (const t of topic.templates) {
              const held = current.templates.get(t.id);
              if (held) held.useCount = t.useCount;
            }
          }
          return;
        }
        current = adopt(guide);
      },
      // A failed read leaves the last good guide in place; the next request reads again.
      error: () => {
        subscription = null;
        current = null;
        loading = null;
      },
    });
  };

  /**
   * The language most of a page's stored comments are written in (its own posts included): the
   * answer for comments that show none ("PayPal?"). Not the interface language – a German team
   * with English browsers still answers its German page in German – and German while the page's
   * comments do not tell. Kept once clearly ahead: a page does not change its language.
   */
  const pageLanguages = new Map<string, Lang>();
  const pageLanguage = async (pageName: string): Promise<Lang> => {
    const known = pageLanguages.get(pageName);
    if (known) return known;
    // A failed read costs the page's language only: its comments are answered as on a German page.
    const rows = await db.comments.where('pageName').equals(pageName).limit(PAGE_LANGUAGE_SAMPLE).toArray().catch(() => []);
    let lead = 0;
    for (const { text } of validRecords(rows)) {
      const { de, en } = languageScores(text);
      lead += Math.sign(de - en);
    }
    const lang: Lang = lead < 0 ? 'en' : 'de';
    if (Math.abs(lead) >= CLEAR_PAGE_LEAD) pageLanguages.set(pageName, lang);
    return lang;
  };

  const guideNow = async (): Promise<Current> => {
    follow();
    if (current) return current;
    if (!loading) {
      const started = version;
      loading = loadGuide(db).then((guide) => {
        if (version !== started && current) return current;
        current ??= adopt(guide);
        return current;
      });
    }
    return loading;
  };

  return {
    async suggest(items, now = Date.now()) {
      if (items.length === 0) return { suggestions: [] };
      const pages = [...new Set(items.map((item) => item.pageName))];
      const [state, settings, langs] = await Promise.all([
        guideNow(),
        loadSettings(db),
        Promise.all(pages.map(async (page) => [page, await pageLanguage(page)] as const)).then((pairs) => new Map(pairs)),
      ]);
      if (state.guide.topics.length === 0) return { suggestions: items.map((item) => ({ key: item.key, list: [] })) };
      state.suggester ??= createSuggester(state.guide);
      const suggester = state.suggester;
      return {
        suggestions: items.map((item) => {
          const vars = templateVarsFor({ authorName: item.authorName, pageName: item.pageName, agentName: settings.agentName, date: now });
          const options = { limit: SUGGESTIONS_PER_COMMENT, fallbackLang: langs.get(item.pageName) ?? 'de' };
          const list = suggester.suggest(item.text, options).flatMap((s): Suggestion[] => {
            const template = state.templates.get(s.templateId);
            if (!template) return [];
            const filled = fillTemplate(template.body, vars, { lang: s.lang });
            if (filled.length > MAX_FILLED_CHARS) return [];
            return [{ topicId: s.topicId, templateId: s.templateId, title: template.title, lang: s.lang, score: s.score, filled }];
          });
          if (item.key.startsWith('x:')) fitOnX(list, state, (body, lang) => fillTemplate(body, vars, { lang }));
          return { key: item.key, list };
        }),
      };
    },
    async templateUsed(templateId) {
      return { counted: await recordTemplateUse(db, templateId) };
    },
    close() {
      subscription?.unsubscribe();
      subscription = null;
    },
  };
}

/**
 * X takes no reply over 280 characters. A suggestion that fills beyond that gives its place to a
 * template of the same topic and language that fits, the first in the editor's order not already
 * offered: the ranking chose the topic, and a long and a short answer to it are both the team's.
 * Where none fits, the long one stays and the badge says how much is too much.
 */
function fitOnX(list: Suggestion[], state: Current, fill: (body: string, lang: Lang) => string): void {
  const offered = new Set(list.map((s) => s.templateId));
  list.forEach((s, i) => {
    if (xCharactersOver(s.filled) === 0) return;
    for (const t of state.siblings.get(s.templateId) ?? []) {
      if (t.lang !== s.lang || offered.has(t.id)) continue;
      const filled = fill(t.body, s.lang);
      if (filled.length > MAX_FILLED_CHARS || xCharactersOver(filled) > 0) continue;
      offered.add(t.id);
      list[i] = { ...s, templateId: t.id, title: t.title, filled };
      return;
    }
  });
}

const services = new WeakMap<ModeratoDatabase, GuideService>();

/** The one service per database (the background has one database). */
export function guideServiceFor(db: ModeratoDatabase): GuideService {
  let service = services.get(db);
  if (!service) {
    service = createGuideService(db);
    services.set(db, service);
  }
  return service;
}
