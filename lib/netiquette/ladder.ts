import type { LadderStep, Strike } from './model-schemas';
import { LADDER_STEPS, type Lang } from './rules';

/**
 * The response ladder per author and page: first violation a friendly public reminder linking the
 * netiquette, second a private message, third and beyond hide or report. Only strikes younger than
 * the configured expiry count, so someone who slipped once a year ago starts again at the bottom.
 */
export const DAY_MS = 24 * 60 * 60 * 1000;

export interface LadderProposal {
  step: LadderStep;
  /** The strikes that still count, oldest first. */
  active: Strike[];
  /** When the oldest active strike expires and the ladder steps down (null without strikes). */
  stepsDownAt: number | null;
}

/** Strikes that have not expired at `now`. Strikes dated in the future (clock skew) count. */
export function activeStrikes(strikes: readonly Strike[], now: number, expiryDays: number): Strike[] {
  const days = Number.isFinite(expiryDays) && expiryDays > 0 ? expiryDays : 0;
  const cutoff = now - days * DAY_MS;
  return strikes.filter((s) => Number.isFinite(s.at) && s.at > cutoff).sort((a, b) => a.at - b.at);
}

/**
 * The next step for an author, from their strikes on this page (pass only that author's strikes
 * on that page, e.g. the Dexie index [site+page+authorKey]).
 */
export function nextLadderStep(strikes: readonly Strike[], now: number, expiryDays: number): LadderProposal {
  const active = activeStrikes(strikes, now, expiryDays);
  const step = LADDER_STEPS[Math.min(active.length, LADDER_STEPS.length - 1)] ?? 'hide-or-report';
  const oldest = active[0];
  return { step, active, stepsDownAt: oldest ? oldest.at + expiryDays * DAY_MS : null };
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

export function ladderStepLabel(step: LadderStep, lang: Lang): string {
  return STEP_LABEL[step][lang];
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
