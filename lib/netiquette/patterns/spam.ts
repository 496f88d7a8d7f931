import type { PatternHit } from './types';

/**
 * Spam is a sum of signals: advertising phrases (found by the term layer, weighted), promises of
 * money, and links. Each signal alone is usually innocent (a customer posts one link, a bank's page
 * talks about Bitcoin); together they are spam. Flags name every contributing span.
 */
export const SPAM_THRESHOLD = 0.6;

const BARE_DOMAIN =
  /(?<![\w@.\-/])(?:[a-z0-9][a-z0-9-]{0,62}\.){1,4}(?:com|net|org|info|biz|xyz|top|club|online|site|shop|store|io|ly|me|co|de|at|ch|eu|ru|cn|tk|ml|ga|cf|gq|app|link|click|win|vip|live|pro|gl|gd|gy)(?:\/[^\s]{0,300})?(?![\w@-])/gi;
const TLD_HINT = /\.(?:com|net|org|info|biz|xyz|top|club|online|site|shop|store|io|ly|me|co|de|at|ch|eu|ru|cn|tk|ml|ga|cf|gq|app|link|click|win|vip|live|pro|gl|gd|gy)\b/i;
const SHORTENER = /^(?:https?:\/\/)?(?:www\.)?(?:bit\.ly|tinyurl\.com|t\.co|goo\.gl|ow\.ly|is\.gd|buff\.ly|cutt\.ly|rb\.gy|shorturl\.at|tiny\.cc|rebrand\.ly)\//i;

const MONEY =
  /\b(?:verdien\p{L}{0,4}|earn\p{L}{0,3}|mak(?:e|ing)|mach\p{L}{0,2}|kassier\p{L}{0,4}|gewinn\p{L}{0,3}|win|bekomm\p{L}{0,3}|get|receive|erhalt\p{L}{0,2})\b[^\n.!?]{0,40}?(?:[€$£]\s?\d[\d.,]{0,12}|\d[\d.,]{0,12}\s?(?:€|\$|£|euro?s?\b|eur\b|usd\b|dollars?\b|k\b|tsd\b|tausend\b))/giu;
/** Cheap pre-check: MONEY cannot match without a currency sign or unit right after a number. */
const AMOUNT_HINT = /[€$£]|\d[.,]?\s?(?:eu|usd|dollar|k\b|tsd|tausend)/i;
const MONEY_CONTEXT =
  /^[^\n]{0,30}?(?:pro|per|a|im|in der|in the|each|every|jeden|jede|\/)\s{0,2}(?:tag|woche|monat|stunde|day|week|month|hour)\b|^[^\n]{0,40}?(?:täglich|taeglich|daily|weekly|wöchentlich|monatlich|von zu ?hause|von daheim|from home|passiv|nebenbei|ohne (?:risiko|erfahrung|aufwand)|without (?:risk|experience)|guaranteed|garantiert)/iu;

export interface SpamPhrase {
  start: number;
  end: number;
  weight: number;
  term: string;
}

export interface SpamInput {
  text: string;
  urlStarts: readonly number[];
  urlEnds: readonly number[];
  phrases: readonly SpamPhrase[];
  digits: number;
}

export function findSpam(input: SpamInput, out: PatternHit[]): void {
  const { text } = input;
  // Most comments have no phrase, no link and no amount: leave without allocating anything.
  const mayHaveDomain = text.indexOf('.') >= 0 && TLD_HINT.test(text);
  const mayHaveMoney = input.digits > 0 && AMOUNT_HINT.test(text);
  if (input.phrases.length === 0 && input.urlStarts.length === 0 && !mayHaveDomain && !mayHaveMoney) return;
  let score = 0;
  const parts: Omit<PatternHit, 'confidence'>[] = [];

  const seenTerms = new Set<string>();
  for (const p of input.phrases) {
    if (seenTerms.has(p.term)) continue;
    seenTerms.add(p.term);
    score += p.weight;
    parts.push({ rule: 'spam', start: p.start, end: p.end, code: 'spam-phrase', params: { term: p.term } });
  }

  const linkStarts = [...input.urlStarts];
  const linkEnds = [...input.urlEnds];
  if (mayHaveDomain) {
    BARE_DOMAIN.lastIndex = 0;
    for (let m = BARE_DOMAIN.exec(text); m && linkStarts.length < 200; m = BARE_DOMAIN.exec(text)) {
      const s = m.index;
      const e = s + m[0].length;
      if (linkStarts.some((ls, i) => ls < e && s < (linkEnds[i] ?? 0))) continue;
      linkStarts.push(s);
      linkEnds.push(e);
    }
  }
  const links = linkStarts.length;
  let shorteners = 0;
  for (let i = 0; i < links; i++) {
    if (SHORTENER.test(text.slice(linkStarts[i] ?? 0, linkEnds[i] ?? 0))) shorteners++;
  }
  if (links > 0) {
    const linkScore = (links >= 3 ? 0.65 + 0.05 * Math.min(6, links - 3) : links === 2 ? 0.2 : 0.05) + 0.3 * Math.min(1, shorteners);
    score += linkScore;
    for (let i = 0; i < links && i < 50; i++) {
      parts.push({ rule: 'spam', start: linkStarts[i] ?? 0, end: linkEnds[i] ?? 0, code: 'link-farm', params: { count: links } });
    }
  }

  if (mayHaveMoney) {
    MONEY.lastIndex = 0;
    let found = 0;
    for (let m = MONEY.exec(text); m && found < 5; m = MONEY.exec(text)) {
      const end = m.index + m[0].length;
      const context = MONEY_CONTEXT.test(text.slice(end, end + 60)) || MONEY_CONTEXT.test(text.slice(0, m.index).slice(-40));
      score += found === 0 ? (context ? 0.6 : 0.35) : 0.1;
      found++;
      parts.push({ rule: 'spam', start: m.index, end, code: 'money-promise', params: { withContext: context } });
    }
  }

  if (score < SPAM_THRESHOLD) return;
  const confidence = Math.min(0.99, score);
  for (const p of parts) out.push({ ...p, confidence });
}
