import type { LadderStep, Strike } from './model-schemas';
import { LADDER_STEPS, type Flag, type Lang, type RuleId } from './rules';

/**
 * The response ladder per author and page: first violation a friendly public reminder linking the
 * netiquette, second a private message, third and beyond hide or report. Only strikes younger than
 * the configured expiry count, so someone who slipped once a year ago starts again at the bottom.
 *
 * A strike is one step taken on one comment: the same step recorded twice for a comment (two agents,
 * or a colleague's copy from the team bundle, whose id includes the time) is one offence answered
 * once, and counts once.
 */
export const DAY_MS = 24 * 60 * 60 * 1000;

export interface LadderProposal {
  step: LadderStep;
  /** The strikes that still count, oldest first, one per comment and step. */
  active: Strike[];
  /** When the oldest active strike expires and the ladder steps down (null without strikes). */
  stepsDownAt: number | null;
  /**
   * The step was already taken on this very comment: shown as done, not proposed again (else the
   * comment just answered with the reminder would ask for the private message at once).
   */
  taken: boolean;
}

/**
 * How a rule's flags enter the ladder. rules.ts only knows how bad a flag is (a severity companies
 * may edit), not whether it breaks the netiquette at all or whether the published netiquette
 * promises removal, so the ladder derives that from the rule id:
 * - none: style, not a breach. Shouting flags "Danke!!! Ihr seid die Besten!!!" as readily as an
 *   angry complaint in capitals; a reminder to "stay factual" answers neither, and three of them
 *   must never get a customer hidden.
 * - ladder: reminder, then private message, then hide.
 * - remove: the starter netiquette deletes threats and hate "sofort" and removes spam; a first
 *   reminder that thanks the author for the contribution is the wrong answer to a death threat,
 *   and a spammer reads no reminders.
 */
const RULE_LADDER: Record<RuleId, 'none' | 'ladder' | 'remove'> = {
  insult: 'ladder',
  profanity: 'ladder',
  threat: 'remove',
  hate: 'remove',
  spam: 'remove',
  'personal-data': 'ladder',
  shouting: 'none',
  'blocked-term': 'ladder',
};

/**
 * Below this a flag that would start at the top climbs the ladder like any other: the weaker hate
 * words ("Zigeuner") and ambiguous threat words are right often enough to flag, not to hide a
 * comment unread.
 */
export const REMOVE_MIN_CONFIDENCE = 0.75;

export type LadderFlag = Pick<Flag, 'rule' | 'severity' | 'confidence'>;

/** Whether a flag breaks the netiquette, so its comment gets a ladder step at all. */
export function isLadderFlag(flag: Pick<Flag, 'rule'>): boolean {
  return RULE_LADDER[flag.rule] !== 'none';
}

/**
 * Starts at hide-or-report: a threat, hate or spam, or a rule the company itself rates high
 * (personal data by default: a public reply would leave the number or IBAN standing).
 */
function startsAtTop(flag: LadderFlag): boolean {
  if (!isLadderFlag(flag) || flag.confidence < REMOVE_MIN_CONFIDENCE) return false;
  return RULE_LADDER[flag.rule] === 'remove' || flag.severity === 'high';
}

/**
 * The flag the ladder answers (the one to record as the strike's rule): one that starts at the top
 * before others, then the surest; null when no flag breaks the netiquette.
 */
export function ladderFlag<F extends LadderFlag>(flags: readonly F[]): F | null {
  let best: F | null = null;
  let bestTop = false;
  for (const f of flags) {
    if (!isLadderFlag(f)) continue;
    const top = startsAtTop(f);
    if (!best || (top && !bestTop) || (top === bestTop && f.confidence > best.confidence)) {
      best = f;
      bestTop = top;
    }
  }
  return best;
}

const stepIndex = (step: LadderStep): number => LADDER_STEPS.indexOf(step);
const TOP: LadderStep = 'hide-or-report';

/** One strike per comment and step, the earliest: when the step was actually taken. */
export function countedStrikes(strikes: readonly Strike[]): Strike[] {
  const first = new Map<string, Strike>();
  for (const s of strikes) {
    if (!Number.isFinite(s.at)) continue;
    const key = `${s.site}\u0000${s.page}\u0000${s.authorKey}\u0000${s.commentKey}\u0000${s.step}`;
    const seen = first.get(key);
    if (!seen || s.at < seen.at) first.set(key, s);
  }
  return [...first.values()];
}

/** Strikes that have not expired at `now`, one per comment and step. Strikes dated in the future (clock skew) count. */
export function activeStrikes(strikes: readonly Strike[], now: number, expiryDays: number): Strike[] {
  const days = Number.isFinite(expiryDays) && expiryDays > 0 ? expiryDays : 0;
  const cutoff = now - days * DAY_MS;
  return countedStrikes(strikes).filter((s) => s.at > cutoff).sort((a, b) => a.at - b.at);
}

/**
 * The next step for an author, from their strikes on this page (pass only that author's strikes
 * on that page, e.g. the Dexie index [site+page+authorKey]). `from` is the lowest step to propose.
 */
export function nextLadderStep(strikes: readonly Strike[], now: number, expiryDays: number, from: LadderStep = 'public-reminder'): LadderProposal {
  const active = activeStrikes(strikes, now, expiryDays);
  const climbed = Math.min(active.length, LADDER_STEPS.length - 1);
  const step = LADDER_STEPS[Math.max(climbed, stepIndex(from))] ?? TOP;
  const oldest = active[0];
  return { step, active, stepsDownAt: oldest ? oldest.at + expiryDays * DAY_MS : null, taken: false };
}

/**
 * The ladder for one flagged comment: the step taken on it where one was (the highest, should
 * several have been), else the next step for its author, or null when none of its flags breaks
 * the netiquette. A taken step stays shown after it expires: the comment was answered.
 */
export function ladderForComment(
  strikes: readonly Strike[],
  commentKey: string,
  flags: readonly LadderFlag[],
  now: number,
  expiryDays: number,
): LadderProposal | null {
  let taken: LadderStep | null = null;
  for (const s of strikes) if (s.commentKey === commentKey && (taken === null || stepIndex(s.step) > stepIndex(taken))) taken = s.step;
  if (taken !== null) return { ...nextLadderStep(strikes, now, expiryDays), step: taken, taken: true };
  const flag = ladderFlag(flags);
  if (!flag) return null;
  return nextLadderStep(strikes, now, expiryDays, startsAtTop(flag) ? TOP : 'public-reminder');
}

/**
 * A stable key for a comment author: the profile address where the page shows one (names are not
 * unique), else the display name, lower-cased. Query strings and trailing slashes are dropped so
 * the same profile linked from two places is one author, except Facebook's profile.php?id=….
 */
export function authorKeyOf(site: string, author: { name: string; url: string | null }): string {
  const url = author.url?.trim();
  if (url) {
    try {
      const u = new URL(url);
      const id = u.pathname.endsWith('profile.php') ? u.searchParams.get('id') : null;
      const path = u.pathname.replace(/\/+$/, '').toLowerCase();
      return `${site}:${u.hostname.replace(/^(www|m|mobile)\./, '')}${path}${id ? `?id=${id}` : ''}`;
    } catch {
      return `${site}:${url.toLowerCase()}`;
    }
  }
  return `${site}:name:${author.name.trim().replace(/\s+/g, ' ').toLowerCase()}`;
}

const STEP_LABEL: Record<LadderStep, Record<Lang, string>> = {
  'public-reminder': { de: 'Freundliche öffentliche Erinnerung', en: 'Friendly public reminder' },
  'private-message': { de: 'Private Nachricht', en: 'Private message' },
  'hide-or-report': { de: 'Ausblenden oder melden', en: 'Hide or report' },
};

const TAKEN_LABEL: Record<LadderStep, Record<Lang, string>> = {
  'public-reminder': { de: 'Erledigt: freundliche öffentliche Erinnerung', en: 'Done: friendly public reminder' },
  'private-message': { de: 'Erledigt: private Nachricht', en: 'Done: private message' },
  'hide-or-report': { de: 'Erledigt: ausgeblendet oder gemeldet', en: 'Done: hidden or reported' },
};

/** The step's name; `taken` for the comment it was taken on. */
export function ladderStepLabel(step: LadderStep, lang: Lang, taken = false): string {
  return (taken ? TAKEN_LABEL : STEP_LABEL)[step][lang];
}

export interface ReminderContext {
  /** The author's display name as shown on the page. */
  name: string;
  /** Where the netiquette is published; without it the reminder names it without a link. */
  netiquetteUrl?: string;
}

/**
 * Fallback wording for the first two steps, used where the guide has no netiquette-reminder
 * template. Plain text with the name and link filled in; never parsed as HTML.
 */
export function ladderMessage(step: Exclude<LadderStep, 'hide-or-report'>, lang: Lang, ctx: ReminderContext): string {
  const name = ctx.name.trim() || (lang === 'de' ? 'zusammen' : 'there');
  const url = ctx.netiquetteUrl?.trim();
  if (step === 'public-reminder') {
    if (lang === 'de') {
      return `Hallo ${name}, danke für Ihren Beitrag! Wir freuen uns über jede Meinung, auch kritische – bitte bleiben Sie dabei sachlich und respektvoll. ${
        url ? `Unsere Netiquette finden Sie hier: ${url}` : 'Details dazu stehen in unserer Netiquette.'
      }`;
    }
    return `Hi ${name}, thanks for your comment! Every opinion is welcome here, critical ones too – please keep it factual and respectful. ${
      url ? `You can read our netiquette here: ${url}` : 'Our netiquette has the details.'
    }`;
  }
  if (lang === 'de') {
    return `Hallo ${name}, wir melden uns persönlich, weil uns Ihr Anliegen wichtig ist. Einige Ihrer Kommentare auf unserer Seite verstoßen leider gegen unsere Netiquette${
      url ? ` (${url})` : ''
    }. Bitte formulieren Sie Kritik ohne Beleidigungen – sonst müssen wir weitere Beiträge ausblenden. Wenn wir Ihnen bei etwas helfen können, schreiben Sie uns gern hier.`;
  }
  return `Hi ${name}, we're getting in touch personally because your concern matters to us. Unfortunately, some of your comments on our page break our netiquette${
    url ? ` (${url})` : ''
  }. Please share criticism without insults – otherwise we'll have to hide further posts. If there's anything we can help with, just reply here.`;
}

/**
 * Fills the netiquette link into a guide template (the starter guide's netiquette-reminder topic
 * writes it as "[[Link zur Netiquette]]" / "[[link to netiquette]]"). Without a URL the
 * placeholder stays for the agent to fill.
 */
export function withNetiquetteLink(text: string, netiquetteUrl: string | undefined): string {
  const url = netiquetteUrl?.trim();
  if (!url) return text;
  return text.replace(/\[\[\s*(?:link zur netiquette|link to (?:the |our )?netiquette)\s*\]\]/gi, url);
}
