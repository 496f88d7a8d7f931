import { authorKeyOf } from '../comments/author-key';
import type { ModeratoDatabase } from '../db/database';
import { addDismissal, addStrike, allDismissals, NETIQUETTE_ROW, strikesByAuthors, type StoredDismissal, type StoredStrike } from '../db/netiquette-store';
import type { CheckItem, CheckResult, LadderView } from '../models/netiquette-messages';
import { createDetector } from '../netiquette/detect';
import type { NetiquetteDetector } from '../netiquette/detector';
import { applyDismissals, dismissalFor, dismissedTermsOf } from '../netiquette/dismissals';
import { isHeated } from '../netiquette/dispute';
import { ladderMessage, ladderStepLabel, nextLadderStep } from '../netiquette/ladder';
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

/** What the reminder text is made from; the guide's netiquette-reminder template can replace it. */
export type ReminderText = (step: Exclude<LadderStep, 'hide-or-report'>, lang: Lang, ctx: { name: string; netiquetteUrl: string }) => string;

const fallbackReminder: ReminderText = (step, lang, ctx) => ladderMessage(step, lang, ctx);

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

  constructor(private readonly db: ModeratoDatabase, private readonly reminder: ReminderText = fallbackReminder) {}

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

  async check(items: CheckItem[], lang: Lang, now: number): Promise<{ results: CheckResult[]; netiquetteUrl: string }> {
    const state = await this.current();
    const { settings, detector } = state;
    const started = performance.now();
    const found = items.map((item) => {
      const detection = detector.detect(item.text);
      const dismissed = state.byComment.get(item.key);
      const flags: Flag[] = dismissed ? applyDismissals(item.text, item.key, detection.flags, dismissed) : detection.flags;
      const offensive = flags.some((f) => OFFENSIVE_RULES.has(f.rule));
      return { item, flags, offensive, heated: isHeated({ text: item.text, detection: { offensive, flags } }) };
    });
    this.cost.ms += performance.now() - started;
    this.cost.comments += items.length;

    // Strikes only for the authors of flagged comments: most comments have none.
    const flagged = found.filter((f) => f.flags.length > 0);
    const keyOf = (item: CheckItem) => authorKeyOf(item.site, { name: item.authorName, url: item.authorUrl });
    const strikes = await strikesByAuthors(this.db, [...new Set(flagged.map((f) => keyOf(f.item)))]);
    const results = found.map(({ item, flags, offensive, heated }): CheckResult => ({
      key: item.key,
      offensive,
      heated,
      flags: flagViews(item.text, flags, lang, settings.rules),
      ladder: flags.length > 0 ? this.ladder(item, strikes.get(keyOf(item)) ?? [], settings, lang, now) : null,
    }));
    return { results, netiquetteUrl: settings.url };
  }

  private ladder(item: CheckItem, strikes: StoredStrike[], settings: NetiquetteSettings, lang: Lang, now: number): LadderView {
    const onPage = strikes.filter((s) => s.site === item.site && s.page === item.page);
    const proposal = nextLadderStep(onPage, now, settings.strikeExpiryDays);
    const text = proposal.step === 'hide-or-report' ? '' : this.reminder(proposal.step, lang, { name: item.authorName, netiquetteUrl: settings.url });
    return {
      step: proposal.step,
      label: ladderStepLabel(proposal.step, lang),
      text,
      strikes: proposal.active.length,
      stepsDownAt: proposal.stepsDownAt,
    };
  }

  async dismiss(item: CheckItem, flag: { rule: RuleId; start: number; end: number }, companyWide: boolean, agent: string, now: number): Promise<void> {
    const whole: Flag = { ...flag, confidence: 0, severity: 'low', reason: { code: 'term', params: {} } };
    await addDismissal(this.db, dismissalFor(item.text, whole, { commentKey: item.key, site: item.site, page: item.page, at: now, agent }, companyWide));
    this.state = null;
  }

  async recordStrike(item: CheckItem, step: LadderStep, rule: RuleId | undefined, agent: string, now: number): Promise<StoredStrike> {
    return addStrike(this.db, {
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
