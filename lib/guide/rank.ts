import MiniSearch from 'minisearch';
import { hasGermanLetters, isAmbiguousWord, languageScores } from './language';
import { LANGS, type Guide, type Lang, type Template, type Topic } from './model';
import { TermExpander, type QueryTerm } from './query-terms';
import { isGreetingOnly, isStopword } from './stopwords';
import { VARIABLE_PATTERN, PLACEHOLDER_PATTERN } from './template-syntax';
import { contentWords, isIndexable, stemsForWord, surfaceOf, words } from './terms';

/**
 * Suggests replies for a comment. MiniSearch's BM25 ranks topics by their keywords, example
 * questions and titles, in Snowball-stemmed form (@orama/stemmers); template bodies weigh little,
 * because every reply says "Hallo" and "danke". Words the guide does not know are expanded first
 * (typos, compounds, odd inflections: see query-terms.ts). Within the best topics, templates that
 * share words with the comment and templates the team uses often come first, and one topic may not
 * take every slot while another is also a plausible reading of the comment.
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
  /**
   * The page's language, for comments that show none ("PayPal?", "👍") or match both guides alike;
   * German by default. The other language answers only when this one's guide has nothing.
   */
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
  /** Builds the indexes now (e.g. in idle time) instead of on first use. */
  prepare(langs?: readonly Lang[]): void;
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
const MAX_TEXT_CHARS = 3000;
/**
 * Words past this many only count if the guide knows them: typo and compound help is the costly
 * part, while a known word is a cached lookup, and a long story often ends with its question.
 */
const MAX_GUESSED_WORDS = 20;
/** A lead of this many marker words decides the language alone; a smaller one lets the guide's words decide. */
const CLEAR_MARKER_LEAD = 2;
/** Index terms whose BM25 results are kept; a guide has a few thousand. */
const TERM_CACHE_SIZE = 20_000;
interface IndexedTemplate {
  template: Template;
  /** Display order among the topic's templates in this language. */
  rank: number;
  /** Index terms of its title and body; worked out when the template first reaches the top. */
  terms: ReadonlySet<string> | null;
}

interface LangIndex {
  lang: Lang;
  search: MiniSearch<TopicDoc>;
  expander: TermExpander;
  topics: Map<string, { topic: Topic; templates: IndexedTemplate[] }>;
  /** Index term → MiniSearch's BM25 result for it alone (see topicScores). */
  termHits: Map<string, TermHit[]>;
}

interface TermHit {
  topicId: string;
  score: number;
  fields: string[];
}

const gapFree = (text: string): string => text.replace(VARIABLE_PATTERN, ' ').replace(PLACEHOLDER_PATTERN, ' ');

function buildLangIndex(guide: Guide, lang: Lang): LangIndex {
  const vocab = new Set<string>();
  // Stemming is the costly part of indexing, and replies repeat their words a lot.
  const memo = new Map<string, string[] | null>();
  const surfaceStems = new Map<string, string[]>();
  const processTerm = (word: string, field?: string): string[] | null => {
    let terms = memo.get(word);
    if (terms === undefined) {
      terms = !isIndexable(word) || isStopword(lang, word) ? null : stemsForWord(lang, word);
      memo.set(word, terms);
      if (terms) for (const term of terms) vocab.add(term);
    }
    // Typos are looked for among the words that carry the ranking, not every word of every reply.
    if (terms && field !== undefined && field !== 'bodies') surfaceStems.set(surfaceOf(lang, word), terms);
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
      .map(({ template }, rank) => ({ template, rank, terms: null }));
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
  return { lang, search, expander: new TermExpander(lang, vocab, surfaceStems), topics, termHits: new Map() };
}

function templateTerms(lang: Lang, template: Template): Set<string> {
  const out = new Set<string>();
  for (const word of contentWords(lang, `${template.title}\n${gapFree(template.body)}`)) for (const t of stemsForWord(lang, word)) out.add(t);
  return out;
}

interface RankedTemplate extends Suggestion {
  topicRank: number;
  templateRank: number;
}

/** The comment's distinct content words, each with the index terms it stands for. */
function queryWords(index: LangIndex, comment: string): QueryTerm[][] {
  const seen = new Set<string>();
  const out: QueryTerm[][] = [];
  for (const word of contentWords(index.lang, comment)) {
    if (seen.has(word)) continue;
    seen.add(word);
    out.push(index.expander.expand(word, seen.size <= MAX_GUESSED_WORDS));
  }
  return out;
}

function hitsFor(index: LangIndex, term: string): TermHit[] {
  let hits = index.termHits.get(term);
  if (!hits) {
    hits = index.search
      .search(term, { tokenize: (q) => [q], processTerm: (t) => t, boost: BOOST })
      .map((r) => ({ topicId: String(r.id), score: r.score, fields: r.match[term] ?? [] }));
    // A word most topics' replies use ("Hallo", "Hi", a sign-off) tells none of them apart: "Hallo
    // Frau Berger" got three arbitrary topics from it. Where a topic lists the word, it still counts.
    if (hits.length > 1 && hits.length * 2 > index.topics.size) hits = hits.filter((h) => h.fields.some((f) => f !== 'bodies'));
    if (index.termHits.size >= TERM_CACHE_SIZE) index.termHits.clear();
    index.termHits.set(term, hits);
  }
  return hits;
}

interface TopicScore {
  topicId: string;
  score: number;
  matched: Record<string, string[]>;
}

/**
 * Topics by MiniSearch's BM25 relevance for the comment, best first. MiniSearch scores an OR query
 * as the sum of its terms' scores times the number of query terms that matched; that is exactly
 * what happens here, with a comment word as the query term (so a word's expansions count once) and
 * each index term's result cached: comments keep asking for the same few hundred terms, and a
 * MiniSearch search per comment cost more than the whole ranking may.
 */
function topicScores(index: LangIndex, words: QueryTerm[][]): TopicScore[] {
  const acc = new Map<string, { score: number; words: number; lastWord: number; matched: Record<string, string[]> }>();
  const used = new Set<string>();
  words.forEach((terms, w) => {
    for (const q of terms) {
      // Two words that lead to the same term ("Lieferung", "Lieferungen") do not count it twice.
      if (used.has(q.term)) continue;
      used.add(q.term);
      for (const hit of hitsFor(index, q.term)) {
        let a = acc.get(hit.topicId);
        if (!a) {
          a = { score: 0, words: 0, lastWord: -1, matched: {} };
          acc.set(hit.topicId, a);
        }
        a.score += q.weight * hit.score;
        if (a.lastWord !== w) {
          a.words++;
          a.lastWord = w;
        }
        a.matched[q.term] = hit.fields;
      }
    }
  });
  return [...acc.entries()]
    .map(([topicId, a]) => ({ topicId, score: a.score * a.words, matched: a.matched }))
    .sort((x, y) => y.score - x.score || (x.topicId < y.topicId ? -1 : 1));
}

function rank(index: LangIndex, comment: string, limit: number): Suggestion[] {
  const wordTerms = queryWords(index, comment);
  const hits = topicScores(index, wordTerms);
  const best = hits[0]?.score ?? 0;
  if (best <= 0) return [];

  const ranked: RankedTemplate[] = [];
  for (let topicRank = 0; topicRank < Math.min(limit, hits.length); topicRank++) {
    const hit = hits[topicRank];
    if (!hit || hit.score < best * MIN_RELATIVE_SCORE) break;
    const entry = index.topics.get(hit.topicId);
    if (!entry) continue;
    for (const t of entry.templates) {
      let overlap = 0;
      const own = (t.terms ??= templateTerms(index.lang, t.template));
      for (const terms of wordTerms) if (terms.some((q) => q.primary && q.weight >= 0.5 && own.has(q.term))) overlap++;
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
 * Ranks comments against a guide. Each language's index is built on its first use (about 0.1 s for
 * a 500-template guide, a few ms for the starter guide), then ranking a comment takes well under a
 * millisecond. Build a new suggester when the guide changes.
 */
export function createSuggester(guide: Guide): Suggester {
  // Built on first use: a page answered only in German never pays for the English index.
  const built: Partial<Record<Lang, LangIndex>> = {};
  const indexFor = (lang: Lang): LangIndex => (built[lang] ??= buildLangIndex(guide, lang));
  /**
   * Function words decide the language when one side leads clearly. Otherwise ("Hi, Lieferung?",
   * "Refund bitte") the language whose guide knows more of the words does, then the marker lead, then
   * umlauts; null when nothing tells ("PayPal?" is in both guides).
   */
  const languageOf = (text: string): Lang | null => {
    const { de, en } = languageScores(text);
    const markerLead = de - en;
    if (Math.abs(markerLead) >= CLEAR_MARKER_LEAD) return markerLead > 0 ? 'de' : 'en';
    const known = (lang: Lang): number =>
      contentWords(lang, text).filter((w) => !isAmbiguousWord(w) && indexFor(lang).expander.knows(w)).length;
    const lead = known('de') - known('en') || markerLead;
    if (lead !== 0) return lead > 0 ? 'de' : 'en';
    return hasGermanLetters(text) ? 'de' : null;
  };
  return {
    prepare(langs: readonly Lang[] = LANGS): void {
      for (const lang of langs) indexFor(lang);
    },
    suggest(fullText: string, options: SuggestOptions = {}): Suggestion[] {
      const text = fullText.slice(0, MAX_TEXT_CHARS);
      const limit = Math.max(0, Math.floor(options.limit ?? 3));
      if (limit === 0 || text.trim() === '') return [];
      // Every reply template says "Hallo" or "Hi": a greeting alone would pick topics at random.
      if (isGreetingOnly(words(text))) return [];
      const lang = options.lang ?? languageOf(text);
      if (lang) return rank(indexFor(lang), text, limit);
      // BM25 scores of two indexes do not compare: "Tracking?" scored higher in English only because
      // the English guide says it more often. A lone typo ("delivry") still finds the guide it belongs to.
      const fallback = options.fallbackLang ?? 'de';
      const inFallback = rank(indexFor(fallback), text, limit);
      return inFallback.length > 0 ? inFallback : rank(indexFor(fallback === 'de' ? 'en' : 'de'), text, limit);
    },
    explain(fullText: string, options: { lang?: Lang } = {}): TopicMatch[] {
      const text = fullText.slice(0, MAX_TEXT_CHARS);
      const index = indexFor(options.lang ?? languageOf(text) ?? 'de');
      return topicScores(index, queryWords(index, text)).map((hit) => ({ ...hit, score: Math.round(hit.score * 1000) / 1000 }));
    },
  };
}
