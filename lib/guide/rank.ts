import MiniSearch, { type SearchResult } from 'minisearch';
import { languageScores } from './language';
import { LANGS, type Guide, type Lang, type Template, type Topic } from './model';
import { isStopword } from './stopwords';
import { VARIABLE_PATTERN, PLACEHOLDER_PATTERN } from './template-syntax';
import { contentWords, germanVerbLemmas, isTooShort, stem, termsForWord, words } from './terms';

/**
 * Suggests replies for a comment. MiniSearch (BM25 with prefix and fuzzy matching) ranks topics by
 * their keywords, example questions and titles, in Snowball-stemmed form; template bodies weigh
 * little, because every reply says "Hallo" and "danke". Within the best topics, templates sharing
 * words with the comment and templates the team uses often come first.
 *
 * Words the guide does not know get extra help: fuzzy matching for typos, a split into known parts
 * for German compounds ("Lieferverzögerung" → liefer + verzögerung), and the longest known stem
 * prefix where Snowball stems disagree ("deliveries" / "delivery"). Known words skip all of that,
 * which keeps ranking cheap and stops one correct word from fuzzily matching its neighbours.
 */

export interface Suggestion {
  topicId: string;
  templateId: string;
  /** Relevance; comparable only within one call. */
  score: number;
  lang: Lang;
}

export interface SuggestOptions {
  /** How many templates to return (3 by default). */
  limit?: number;
  /** Answer in this language instead of the detected one. */
  lang?: Lang;
  /** For comments that show no language at all ("👍"); German by default. */
  fallbackLang?: Lang;
}

export interface TopicMatch {
  topicId: string;
  score: number;
  /** Index terms of the guide the comment matched, with the fields they were found in. */
  matched: Record<string, string[]>;
}

export interface Suggester {
  suggest(text: string, options?: SuggestOptions): Suggestion[];
  /** Why topics rank as they do, best first: for the editor's preview and for tuning keywords. */
  explain(text: string, options?: { lang?: Lang }): TopicMatch[];
}

interface TopicDoc {
  id: string;
  keywords: string;
  title: string;
  examples: string;
  templateTitles: string;
  description: string;
  bodies: string;
}

const FIELDS = ['keywords', 'title', 'examples', 'templateTitles', 'description', 'bodies'] as const;
/** Keywords are curated for matching; descriptions and reply bodies are prose written for people. */
const BOOST: Record<(typeof FIELDS)[number], number> = {
  keywords: 3,
  title: 2,
  examples: 1.5,
  templateTitles: 1,
  description: 0.5,
  bodies: 0.3,
};
/** Suggestions far below the best one are noise rather than alternatives. */
const MIN_RELATIVE_SCORE = 0.25;
/** A pasted essay should not cost more than a normal question. */
const MAX_QUERY_WORDS = 60;
/** Word → query terms; comments repeat words a lot and expansion is the costly part. */
const WORD_CACHE_SIZE = 5000;

interface IndexedTemplate {
  template: Template;
  /** Display order among the topic's templates in this language. */
  rank: number;
  terms: ReadonlySet<string>;
}

interface LangIndex {
  lang: Lang;
  search: MiniSearch<TopicDoc>;
  vocab: ReadonlySet<string>;
  topics: Map<string, { topic: Topic; templates: IndexedTemplate[] }>;
  wordCache: Map<string, QueryTerm[]>;
}

interface QueryTerm {
  term: string;
  boost: number;
  prefix: boolean;
  fuzzy: number;
  /** Stands for the word itself rather than a guessed part (counts for template overlap). */
  primary: boolean;
}

const gapFree = (text: string): string => text.replace(VARIABLE_PATTERN, ' ').replace(PLACEHOLDER_PATTERN, ' ');

function termsOf(lang: Lang, text: string): Set<string> {
  const terms = new Set<string>();
  for (const word of contentWords(lang, text)) for (const term of termsForWord(lang, word)) terms.add(term);
  return terms;
}

function buildLangIndex(guide: Guide, lang: Lang): LangIndex {
  const vocab = new Set<string>();
  const processTerm = (word: string): string[] | null => {
    if (isTooShort(word) || isStopword(lang, word)) return null;
    const terms = termsForWord(lang, word);
    for (const term of terms) vocab.add(term);
    return terms;
  };
  const search = new MiniSearch<TopicDoc>({ fields: [...FIELDS], idField: 'id', tokenize: words, processTerm });
  const topics: LangIndex['topics'] = new Map();
  const docs: TopicDoc[] = [];
  for (const topic of guide.topics) {
    const templates = topic.templates
      .map((template, i) => ({ template, i }))
      .filter(({ template }) => template.lang === lang)
      .sort((a, b) => a.template.position - b.template.position || a.i - b.i)
      .map(({ template }, rank) => ({ template, rank, terms: termsOf(lang, `${template.title}\n${gapFree(template.body)}`) }));
    if (templates.length === 0 || topics.has(topic.id)) continue;
    topics.set(topic.id, { topic, templates });
    docs.push({
      id: topic.id,
      keywords: topic.keywords[lang].join('\n'),
      title: topic.title[lang],
      examples: topic.examples[lang].join('\n'),
      templateTitles: templates.map(({ template }) => template.title).join('\n'),
      description: topic.description[lang],
      bodies: templates.map(({ template }) => gapFree(template.body)).join('\n'),
    });
  }
  search.addAll(docs);
  return { lang, search, vocab, topics, wordCache: new Map() };
}

function fuzzinessFor(term: string): number {
  if (term.length >= 6) return 2;
  if (term.length >= 5) return 1;
  return 0;
}

/**
 * German compounds the guide does not list ("Lieferverzögerung", "Rückerstattungsantrag"): the best
 * split into a known head (with or without its linking s) and a known tail.
 */
function splitCompound(index: LangIndex, word: string): string[] {
  if (word.length < 7) return [];
  const known = (part: string): string | null => {
    if (part.length < 3) return null;
    if (index.vocab.has(part)) return part;
    const stemmed = stem(index.lang, part);
    return stemmed.length >= 3 && index.vocab.has(stemmed) ? stemmed : null;
  };
  let best: string[] = [];
  let bestCover = 0;
  for (let i = 3; i <= word.length - 3; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    const headTerm = known(head) ?? (head.endsWith('s') ? known(head.slice(0, -1)) : null);
    const tailTerm = known(tail);
    if (!headTerm && !tailTerm) continue;
    // Both parts known beats one long part; a lone known part must be substantial to count.
    const cover =
      (headTerm && tailTerm ? 100 : 0) + (headTerm && head.length >= 4 ? head.length : 0) + (tailTerm && tail.length >= 4 ? tail.length : 0);
    if (cover > bestCover) {
      bestCover = cover;
      best = [headTerm, tailTerm].filter((t): t is string => t !== null);
    }
  }
  return bestCover >= 5 ? best : [];
}

/** Snowball stems disagree now and then ("deliveri" / "deliv"): the longest known prefix of a stem. */
function longestKnownPrefix(index: LangIndex, term: string): string | null {
  const min = Math.max(4, Math.ceil(term.length * 0.6));
  for (let i = term.length - 1; i >= min; i--) {
    const head = term.slice(0, i);
    if (index.vocab.has(head)) return head;
  }
  return null;
}

function queryTermsForWord(index: LangIndex, word: string): QueryTerm[] {
  const cached = index.wordCache.get(word);
  if (cached) return cached;
  const out = expandWord(index, word);
  if (index.wordCache.size >= WORD_CACHE_SIZE) index.wordCache.clear();
  index.wordCache.set(word, out);
  return out;
}

function expandWord(index: LangIndex, word: string): QueryTerm[] {
  const terms = termsForWord(index.lang, word);
  const surface = terms[terms.length - 1] ?? word;
  // The surface form repeats what the stem says; it is indexed for typos, so it weighs less.
  const boostOf = (term: string): number => (term === surface && terms.length > 1 ? 0.5 : 1);

  const known = terms.filter((t) => index.vocab.has(t));
  const lemmas =
    index.lang === 'de'
      ? [...new Set(germanVerbLemmas(surface).flatMap((w) => termsForWord('de', w)))].filter((t) => index.vocab.has(t) && !terms.includes(t))
      : [];
  if (known.length > 0 || lemmas.length > 0) {
    return [
      ...known.map((term) => ({ term, boost: boostOf(term), prefix: false, fuzzy: 0, primary: true })),
      // "führt" is known from an example, yet the keyword says "führen": both count, the guess less.
      ...lemmas.map((term) => ({ term, boost: known.length > 0 ? 0.6 : 0.9, prefix: false, fuzzy: 0, primary: true })),
    ];
  }

  const out: QueryTerm[] = terms.map((term) => ({
    term,
    boost: boostOf(term),
    // Stem prefixes bridge Snowball's own inconsistencies ("lief" from "liefern" reaches "lieferung").
    prefix: term !== surface && term.length >= 4,
    fuzzy: term === surface ? fuzzinessFor(term) : 0,
    primary: true,
  }));
  const parts = index.lang === 'de' ? splitCompound(index, surface) : [];
  const extra = parts.length > 0 ? parts : [longestKnownPrefix(index, terms[0] ?? surface)].filter((t): t is string => t !== null);
  for (const term of extra) out.push({ term, boost: 0.7, prefix: false, fuzzy: 0, primary: false });
  return out;
}

interface RankedTemplate extends Suggestion {
  topicRank: number;
  templateRank: number;
}

interface QueryPlan {
  specs: Map<string, QueryTerm>;
  wordTerms: QueryTerm[][];
}

function planQuery(index: LangIndex, comment: string): QueryPlan {
  const seen = new Set<string>();
  const specs = new Map<string, QueryTerm>();
  const wordTerms: QueryTerm[][] = [];
  for (const word of contentWords(index.lang, comment)) {
    if (seen.has(word)) continue;
    seen.add(word);
    if (seen.size > MAX_QUERY_WORDS) break;
    const terms = queryTermsForWord(index, word);
    wordTerms.push(terms);
    for (const t of terms) {
      const prev = specs.get(t.term);
      if (!prev || prev.boost < t.boost) specs.set(t.term, t);
    }
  }
  return { specs, wordTerms };
}

function searchTopics(index: LangIndex, { specs }: QueryPlan): SearchResult[] {
  if (specs.size === 0) return [];
  return index.search.search([...specs.keys()].join(' '), {
    tokenize: (q) => q.split(' '),
    processTerm: (t) => t,
    boost: BOOST,
    prefix: (term) => specs.get(term)?.prefix ?? false,
    fuzzy: (term) => specs.get(term)?.fuzzy ?? 0,
    boostTerm: (term) => specs.get(term)?.boost ?? 1,
    weights: { fuzzy: 0.45, prefix: 0.4 },
  });
}

function rank(index: LangIndex, comment: string, limit: number): Suggestion[] {
  const plan = planQuery(index, comment);
  const { wordTerms } = plan;
  const hits = searchTopics(index, plan);
  const best = hits[0]?.score ?? 0;
  if (best <= 0) return [];

  const ranked: RankedTemplate[] = [];
  for (let topicRank = 0; topicRank < Math.min(limit, hits.length); topicRank++) {
    const hit = hits[topicRank];
    if (!hit || hit.score < best * MIN_RELATIVE_SCORE) break;
    const entry = index.topics.get(String(hit.id));
    if (!entry) continue;
    for (const t of entry.templates) {
      let overlap = 0;
      for (const terms of wordTerms) if (terms.some((q) => q.primary && t.terms.has(q.term))) overlap++;
      ranked.push({
        topicId: entry.topic.id,
        templateId: t.template.id,
        score: hit.score * (1 + 0.1 * overlap) * (1 + 0.05 * Math.log1p(t.template.useCount)),
        lang: index.lang,
        topicRank,
        templateRank: t.rank,
      });
    }
  }
  ranked.sort((a, b) => b.score - a.score || a.topicRank - b.topicRank || a.templateRank - b.templateRank);
  return diversify(ranked, limit).map(({ topicId, templateId, score, lang }) => ({
    topicId,
    templateId,
    score: Math.round(score * 1000) / 1000,
    lang,
  }));
}

/**
 * One topic may not take every slot while another topic is also a plausible reading of the comment:
 * "Im Paket war kein Rücksendeetikett" deserves a returns reply next to the delivery ones.
 */
function diversify<T extends { topicId: string }>(ranked: T[], limit: number): T[] {
  const cap = Math.max(1, limit - 1);
  const perTopic = new Map<string, number>();
  const chosen: T[] = [];
  const skipped: T[] = [];
  for (const r of ranked) {
    if (chosen.length === limit) break;
    const n = perTopic.get(r.topicId) ?? 0;
    if (n < cap) {
      chosen.push(r);
      perTopic.set(r.topicId, n + 1);
    } else skipped.push(r);
  }
  for (const r of skipped) {
    if (chosen.length === limit) break;
    chosen.push(r);
  }
  // Keep best-first order after filling from the skipped ones.
  return chosen.sort((a, b) => ranked.indexOf(a) - ranked.indexOf(b));
}

/**
 * Builds the search index for a guide once; suggest() then ranks one comment. Build a new suggester
 * when the guide changes (a few milliseconds for hundreds of templates).
 */
export function createSuggester(guide: Guide): Suggester {
  const indexes = Object.fromEntries(LANGS.map((lang) => [lang, buildLangIndex(guide, lang)])) as Record<Lang, LangIndex>;
  /**
   * Function words decide the language; a comment without any ("Lieferzeit?", "refund") goes to the
   * language whose guide knows more of its words; null when even that does not tell.
   */
  const languageOf = (text: string): Lang | null => {
    const { de, en } = languageScores(text);
    if (de !== en) return de > en ? 'de' : 'en';
    const known = (lang: Lang): number =>
      contentWords(lang, text).filter((w) => termsForWord(lang, w).some((t) => indexes[lang].vocab.has(t))).length;
    const kde = known('de');
    const ken = known('en');
    return kde === ken ? null : kde > ken ? 'de' : 'en';
  };
  return {
    suggest(text: string, options: SuggestOptions = {}): Suggestion[] {
      const limit = Math.max(0, Math.floor(options.limit ?? 3));
      if (limit === 0 || text.trim() === '') return [];
      const lang = options.lang ?? languageOf(text);
      if (lang) return rank(indexes[lang], text, limit);
      // Nothing tells the language (a lone typo such as "delivry", or "👍"): the better match decides.
      const fallback = options.fallbackLang ?? 'de';
      const other: Lang = fallback === 'de' ? 'en' : 'de';
      const first = rank(indexes[fallback], text, limit);
      const second = rank(indexes[other], text, limit);
      return (second[0]?.score ?? 0) > (first[0]?.score ?? 0) ? second : first;
    },
    explain(text: string, options: { lang?: Lang } = {}): TopicMatch[] {
      const index = indexes[options.lang ?? languageOf(text) ?? 'de'];
      return searchTopics(index, planQuery(index, text)).map((hit) => ({
        topicId: String(hit.id),
        score: Math.round(hit.score * 1000) / 1000,
        matched: hit.match,
      }));
    },
  };
}
