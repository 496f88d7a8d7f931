import type { Dismissal } from './model-schemas';
import type { Flag } from './rules';

/**
 * Dismissed flags. A moderator marks a flag as wrong: it stays hidden for that comment, and when
 * they choose so, the term is accepted on all the company's pages (the detector is then built
 * with dismissedTermsOf(...) and stops flagging it anywhere).
 */
const MAX_WORDS = 200;

/** The flagged words as the reader sees them: what a dismissal remembers. */
export function flagWords(text: string, flag: Pick<Flag, 'start' | 'end'>): string {
  const s = text.slice(flag.start, Math.min(flag.end, flag.start + MAX_WORDS * 2)).replace(/\s+/g, ' ').trim();
  return s.slice(0, MAX_WORDS);
}

export interface DismissalContext {
  commentKey: string;
  site: Dismissal['site'];
  page: string;
  at: number;
  agent?: string;
  /** The comment author's key (authorKeyOf), so erasing the author finds the dismissal after the comment is pruned. */
  commentAuthorKey?: string;
}

/** The record to store when a moderator dismisses `flag` in the comment `text`. */
export function dismissalFor(text: string, flag: Flag, ctx: DismissalContext, companyWide: boolean): Dismissal {
  const words = flagWords(text, flag);
  const term = words.slice(0, 100).trim();
  return {
    commentKey: ctx.commentKey,
    rule: flag.rule,
    words,
    ...(companyWide && /[\p{L}\p{N}]/u.test(term) ? { term } : {}),
    site: ctx.site,
    page: ctx.page,
    at: ctx.at,
    agent: ctx.agent ?? '',
    ...(ctx.commentAuthorKey ? { commentAuthorKey: ctx.commentAuthorKey } : {}),
  };
}

/** The company-wide accepted terms, for createDetector({ dismissedTerms }). */
export function dismissedTermsOf(dismissals: Iterable<Pick<Dismissal, 'term'>>): string[] {
  const out = new Set<string>();
  for (const d of dismissals) if (d.term) out.add(d.term);
  return [...out];
}

const key = (rule: string, words: string): string => `${rule}\u0000${words.toLowerCase()}`;

/** The flags of one comment that no dismissal of that comment covers (same rule, same words). */
export function applyDismissals<F extends Flag>(
  text: string,
  commentKey: string,
  flags: readonly F[],
  dismissals: Iterable<Pick<Dismissal, 'commentKey' | 'rule' | 'words'>>,
): F[] {
  const hidden = new Set<string>();
  for (const d of dismissals) if (d.commentKey === commentKey) hidden.add(key(d.rule, d.words));
  if (hidden.size === 0) return [...flags];
  return flags.filter((f) => !hidden.has(key(f.rule, flagWords(text, f))));
}
