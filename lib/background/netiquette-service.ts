import { authorKeyOf } from '../comments/author-key';
import type { ModeratoDatabase } from '../db/database';
import { loadGuide } from '../db/guide-store';
import { loadSettings } from '../db/settings-store';
import { fillTemplate, templateVarsFor } from '../guide/fill';
import { templatesFor } from '../guide/model';
import { detectLanguage, languageScores } from '../guide/language';
import { addDismissal, addStrikeOnce, allDismissals, NETIQUETTE_ROW, strikesByAuthors, type StoredDismissal, type StoredStrike } from '../db/netiquette-store';
import type { CheckItem, CheckReply, CheckResult, LadderView } from '../models/netiquette-messages';
import { createDetector } from '../netiquette/detect';
import type { NetiquetteDetector } from '../netiquette/detector';
import type { Language } from '../netiquette/term-matcher';
import { applyDismissals, dismissalFor, dismissedTermsOf } from '../netiquette/dismissals';
import { isHeated } from '../netiquette/dispute';
import { ladderForComment, ladderMessage, ladderStepLabel, withNetiquetteLink, type LadderProposal } from '../netiquette/ladder';
import { readNetiquetteSettings, type LadderStep, type NetiquetteSettings } from '../netiquette/model-schemas';
import { flagViews } from '../netiquette/reasons';
import { OFFENSIVE_RULES, type Flag, type Lang, type RuleId } from '../netiquette/rules';

interface DetectorState {
  /** The stored settings row as JSON and the number of dismissals it was built from. */
  version: string;
  settings: NetiquetteSettings;
  dismissals: StoredDismissal[];
  byComment: Map<string, StoredDismissal[]>;
  detector: NetiquetteDetector;
}

/** The guide's topic whose first template in the language is the public reminder (step 1). */
export const REMINDER_TOPIC = 'netiquette-reminder';

interface ReminderSource {
  /** The guide's reminder template body in the comment's language, or null (then ladderMessage). */
  body: string | null;
  agentName: string;
}

/**
 * The language to write to a commenter in. The marker-word count decides where it can; insult-only
 * comments ("Drecksladen, nie wieder!", "Scam company. Dumbass.") have no marker words, but the
 * term lists that matched them are German or English (the obscenity lists are English), and so is
 * the detector's own reading. Only then detectLanguage's own tie rules and the interface language.
 */
export function replyLanguage(text: string, flags: readonly Pick<Flag, 'reason'>[], detected: Language, fallback: Lang): Lang {
  const scores = languageScores(text);
  if (scores.de !== scores.en) return scores.de > scores.en ? 'de' : 'en';
  let de = 0;
  let en = 0;
  for (const f of flags) {
    const list = f.reason.code === 'term' ? f.reason.params.list : undefined;
    if (list === 'de') de++;
    else if (list === 'en' || (typeof list === 'string' && list.startsWith('obscenity:'))) en++;
  }
  if (de !== en) return de > en ? 'de' : 'en';
  return detected === 'de' || detected === 'en' ? detected : detectLanguage(text, fallback);
}

/**
 * The netiquette in the background: one detector per version of the settings and the dismissals,
 * built lazily on the first check after a change (the model decode costs 70–140 ms once; a comment
 * then costs microseconds). The options page writes settings straight to IndexedDB, so each check
 * compares the stored row with the one the detector was built from.
 */
export class NetiquetteService {
  private state: DetectorState | null = null;
  private building: Promise<DetectorState> | null = null;
  /** Total detection time and comments, for measuring. */
  readonly cost = { ms: 0, comments: 0 };

  constructor(private readonly db: ModeratoDatabase) {}

  /** Read per check, and only when a flagged comment's author is at step 1. */
  private async reminderSource(lang: Lang): Promise<ReminderSource> {
    const [guide, settings] = await Promise.all([loadGuide(this.db).catch(() => null), loadSettings(this.db)]);
    const topic = guide?.topics.find((t) => t.id === REMINDER_TOPIC);
    return { body: (topic && templatesFor(topic, lang)[0]?.body) ?? null, agentName: settings.agentName };
  }

  private async current(): Promise<DetectorState> {
    const [row, count] = await Promise.all([this.db.settings.get(NETIQUETTE_ROW), this.db.dismissals.count()]);
    const version = `${count}\u0000${JSON.stringify(row?.value ?? null)}`;
    if (this.state?.version === version) return this.state;
    if (this.building) {
      const built = await this.building;
      if (built.version === version) return built;
    }
    this.building = (async () => {
      const settings = readNetiquetteSettings(row?.value ?? {}).settings;
      const dismissals = await allDismissals(this.db);
      const byComment = new Map<string, StoredDismissal[]>();
      for (const d of dismissals) {
        const list = byComment.get(d.commentKey);
        if (list) list.push(d);
        else byComment.set(d.commentKey, [d]);
      }
      const detector = createDetector({ ruleSet: settings, dismissedTerms: dismissedTermsOf(dismissals) });
      return { version, settings, dismissals, byComment, detector };
    })();
    try {
      this.state = await this.building;
    } finally {
      this.building = null;
    }
    return this.state;
  }

  async check(items: CheckItem[], lang: Lang, now: number): Promise<CheckReply> {
    const state = await this.current();
    const { settings, detector } = state;
    const started = performance.now();
    const found = items.map((item) => {
      const detection = detector.detect(item.text);
      const dismissed = state.byComment.get(item.key);
      const flags: Flag[] = dismissed ? applyDismissals(item.text, item.key, detection.flags, dismissed) : detection.flags;
      const offensive = flags.some((f) => OFFENSIVE_RULES.has(f.rule));
      return { item, flags, offensive, language: detection.language, heated: isHeated({ text: item.text, detection: { offensive, flags } }) };
    });
    this.cost.ms += performance.now() - started;
    this.cost.comments += items.length;

    // Strikes only for the authors of flagged comments: most comments have none.
    const flagged = found.filter((f) => f.flags.length > 0);
    const keyOf = (item: CheckItem) => authorKeyOf(item.site, { name: item.authorName, url: item.authorUrl });
    const strikes = await strikesByAuthors(this.db, [...new Set(flagged.map((f) => keyOf(f.item)))]);
    const proposals = new Map<CheckItem, LadderProposal>();
    for (const { item, flags } of flagged) {
      const onPage = (strikes.get(keyOf(item)) ?? []).filter((s) => s.site === item.site && s.page === item.page);
      const proposal = ladderForComment(onPage, item.key, flags, now, settings.strikeExpiryDays);
      if (proposal) proposals.set(item, proposal);
    }
    // The ladder's texts go to the commenter, in the comment's language; its labels and the flags'
    // reasons are for the moderator, in the interface language.
    const textLang = new Map(flagged.map(({ item, flags, language }) => [item, replyLanguage(item.text, flags, language, lang)] as const));
    const reminderLangs = new Set(
      flagged.filter(({ item }) => { const p = proposals.get(item); return p?.step === 'public-reminder' && !p.taken; }).map(({ item }) => textLang.get(item)!),
    );
    const reminders = new Map(await Promise.all([...reminderLangs].map(async (l) => [l, await this.reminderSource(l)] as const)));
    const clean = found.filter((f) => f.flags.length === 0 && !f.heated).map((f) => f.item.key);
    const results = found.filter((f) => f.flags.length > 0 || f.heated).map(({ item, flags, offensive, heated }): CheckResult => {
      const proposal = proposals.get(item);
      return {
        key: item.key,
        offensive,
        heated,
        flags: flagViews(item.text, flags, lang, settings.rules),
        ladder: proposal ? this.ladder(item, proposal, reminders.get(textLang.get(item) ?? lang) ?? null, settings, lang, textLang.get(item) ?? lang) : null,
      };
    });
    return { results, clean, netiquetteUrl: settings.url };
  }

  private ladder(item: CheckItem, proposal: LadderProposal, reminder: ReminderSource | null, settings: NetiquetteSettings, lang: Lang, textLang: Lang): LadderView {
    // A taken step was sent already, and hiding has nothing to send.
    let text = '';
    if (!proposal.taken && proposal.step !== 'hide-or-report') {
      if (proposal.step === 'public-reminder' && reminder?.body?.trim()) {
        const vars = templateVarsFor({ authorName: item.authorName, pageName: item.page, agentName: reminder.agentName });
        text = withNetiquetteLink(fillTemplate(reminder.body, vars, textLang), settings.url);
      } else {
        text = ladderMessage(proposal.step, textLang, { name: item.authorName, netiquetteUrl: settings.url });
      }
    }
    return {
      step: proposal.step,
      label: ladderStepLabel(proposal.step, lang, proposal.taken),
      text,
      strikes: proposal.active.length,
      stepsDownAt: proposal.stepsDownAt,
      taken: proposal.taken,
    };
  }

  async dismiss(item: CheckItem, flag: { rule: RuleId; start: number; end: number }, companyWide: boolean, agent: string, now: number): Promise<void> {
    const whole: Flag = { ...flag, confidence: 0, severity: 'low', reason: { code: 'term', params: {} } };
    const commentAuthorKey = authorKeyOf(item.site, { name: item.authorName, url: item.authorUrl });
    await addDismissal(this.db, dismissalFor(item.text, whole, { commentKey: item.key, site: item.site, page: item.page, at: now, agent, commentAuthorKey }, companyWide));
    this.state = null;
  }

  /** The same step on the same comment twice is stored once (see addStrikeOnce). */
  async recordStrike(item: CheckItem, step: LadderStep, rule: RuleId | undefined, agent: string, now: number): Promise<StoredStrike> {
    return addStrikeOnce(this.db, {
      authorKey: authorKeyOf(item.site, { name: item.authorName, url: item.authorUrl }),
      authorName: item.authorName,
      site: item.site,
      page: item.page,
      step,
      at: now,
      commentKey: item.key,
      ...(rule ? { rule } : {}),
      agent,
    });
  }
}

const services = new WeakMap<ModeratoDatabase, NetiquetteService>();

/** The one service per database (the background has one database). */
export function netiquetteService(db: ModeratoDatabase): NetiquetteService {
  let s = services.get(db);
  if (!s) services.set(db, (s = new NetiquetteService(db)));
  return s;
}
