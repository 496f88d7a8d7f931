import { signal, type Signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import type { CheckItem, CheckReply, CheckResult, FlagViewMessage, LadderView } from '../models/netiquette-messages';
import { checkItemOf } from '../comments/check-item';
import { parseCheckReply, parseDismissReply, parseStrikeReply } from '../models/light/check-reply';
import type { BackgroundRequest } from '../models/messages';
import type { ObservedComment } from '../models/comment';
import { detectDispute, type ThreadItem } from '../netiquette/dispute';
import { detectLanguage } from '../guide/language';
import { FlagHighlighter } from './highlight';

/**
 * The content script's side of the netiquette: new and changed texts are checked in the background
 * with the annotator's sightings (one message per batch), flags come back onto the badges and as
 * highlights. Disputes are found per thread from the replies' "heated" verdicts the background computed.
 */
export type Lang = 'de' | 'en';

/** Shown on a thread's top comment when two people trade heated replies under it. */
export interface DisputeNote {
  names: [string, string];
  turns: number;
  /** A de-escalating reply in the thread's language. */
  suggestion: string;
}

/** What the badge needs from the annotator's model (see BadgeModel). */
export interface CheckedModel {
  observed: Signal<ObservedComment>;
  flags: Signal<CheckResult | null>;
  dispute: Signal<DisputeNote | null>;
  authorKey: string;
}

export interface CheckEntry {
  item: Element;
  model: CheckedModel;
  thread: string;
}

/** The comments of one batch of sightings that the background is asked to check, with the texts sent. */
export interface PreparedCheck {
  lang: Lang;
  keys: string[];
  items: Element[];
  texts: string[];
}

/** The hook the annotator calls: the check travels with the sightings (see lib/background/observe.ts). */
export interface NetiquetteHook {
  /** Takes note of a batch's comments; says which of them to check (new or changed text), or null. */
  prepare(entries: CheckEntry[]): PreparedCheck | null;
  /** Shows the verdicts that came back with the batch. */
  accept(prepared: PreparedCheck, reply: CheckReply): void;
  forget(item: Element): void;
  reset(): void;
}

/** What a badge can do about a flag. */
export interface NetiquetteActions {
  dismiss(model: CheckedModel, flag: FlagViewMessage, companyWide: boolean, agent: string): Promise<boolean>;
  recordStrike(model: CheckedModel, ladder: LadderView, rule: FlagViewMessage['rule'] | undefined, agent: string): Promise<boolean>;
}

async function ask(request: BackgroundRequest): Promise<unknown> {
  try {
    return await browser.runtime.sendMessage(request);
  } catch {
    return null;
  }
}

export async function checkComments(items: CheckItem[], lang: Lang): Promise<CheckReply | null> {
  return parseCheckReply(await ask({ type: 'check', lang, items }));
}

/** Most items per message (the schema allows 500); the page's task serialises each message whole. */
const CHUNK = 100;

interface Known {
  model: CheckedModel;
  thread: string;
  /** The text last sent, so unchanged comments are not checked again. */
  checked: string | null;
  heated: boolean;
}

export class NetiquetteChecker implements NetiquetteHook, NetiquetteActions {
  private readonly known = new Map<Element, Known>();
  private readonly threads = new Map<string, Set<Element>>();
  private readonly highlighter: FlagHighlighter;
  readonly netiquetteUrl = signal('');

  constructor(private readonly doc: Document, private readonly lang: Lang, private readonly send: typeof checkComments = checkComments) {
    this.highlighter = new FlagHighlighter(doc);
  }

  prepare(entries: CheckEntry[]): PreparedCheck | null {
    const due: PreparedCheck = { lang: this.lang, keys: [], items: [], texts: [] };
    for (const e of entries) {
      let k = this.known.get(e.item);
      if (!k) {
        k = { model: e.model, thread: e.thread, checked: null, heated: false };
        this.known.set(e.item, k);
        let set = this.threads.get(e.thread);
        if (!set) this.threads.set(e.thread, (set = new Set()));
        set.add(e.item);
      }
      const o = e.model.observed.peek();
      if (k.checked !== o.text) {
        due.keys.push(`${o.site}:${o.id}`);
        due.items.push(e.item);
        due.texts.push(o.text);
      }
    }
    return due.items.length ? due : null;
  }

  accept(prepared: PreparedCheck, reply: CheckReply): void {
    this.apply(prepared, reply, false);
  }

  /** Checks again the comments that show flags (after a dismissal or a recorded step), or the given ones. */
  recheck(only?: (k: { model: CheckedModel }) => boolean): Promise<void> {
    const items = [...this.known].filter(([, k]) => (only ? only(k) : k.model.flags.peek() !== null)).map(([item]) => item);
    return this.run(items, true);
  }

  forget(item: Element): void {
    const k = this.known.get(item);
    if (!k) return;
    this.known.delete(item);
    this.threads.get(k.thread)?.delete(item);
    this.highlighter.clear(item);
  }

  reset(): void {
    this.known.clear();
    this.threads.clear();
    this.highlighter.clearAll();
  }

  /** The extension was reloaded or updated: nothing of this checker stays in the page. */
  dispose(): void {
    this.reset();
    this.highlighter.dispose();
  }

  /** Asks the background for verdicts on its own (rechecks after a dismissal or a recorded step). */
  private async run(items: Element[], force = false): Promise<void> {
    for (let i = 0; i < items.length; i += CHUNK) {
      const chunk = items.slice(i, i + CHUNK).filter((item) => this.known.has(item));
      const sent = chunk.map((item) => checkItemOf(this.known.get(item)!.model.observed.peek()));
      const reply = await this.send(sent, this.lang);
      if (reply) this.apply({ lang: this.lang, keys: sent.map((c) => c.key), items: chunk, texts: sent.map((c) => c.text) }, reply, force);
    }
  }

  private apply(checked: PreparedCheck, reply: CheckReply, force: boolean): void {
    this.netiquetteUrl.value = reply.netiquetteUrl;
    const byKey = new Map(reply.results.map((r) => [r.key, r]));
    for (const key of reply.clean) byKey.set(key, { key, offensive: false, heated: false, flags: [], ladder: null });
    const threads = new Set<string>();
    checked.items.forEach((item, n) => {
      const k = this.known.get(item);
      const result = byKey.get(checked.keys[n]!);
      if (!k || !result) return;
      k.checked = checked.texts[n]!;
      if (k.heated !== result.heated) threads.add(k.thread);
      k.heated = result.heated;
      const shown = k.model.flags.peek();
      const next = result.flags.length > 0 ? result : null;
      if (force || shown !== null || next !== null) k.model.flags.value = next;
      this.highlighter.set(item, k.checked, next?.flags ?? []);
    });
    for (const thread of threads) this.disputes(thread);
  }

  private disputes(thread: string): void {
    const members = [...(this.threads.get(thread) ?? [])].filter((item) => item.isConnected);
    members.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    const items: ThreadItem[] = [];
    let heated = 0;
    for (const item of members) {
      const k = this.known.get(item)!;
      const o = k.model.observed.peek();
      if (k.heated) heated++;
      // The background has judged the text already: a non-heated reply is passed as such.
      items.push({ id: `${o.site}:${o.id}`, authorKey: k.model.authorKey, authorName: o.author.name, byOwner: o.byOwner, at: o.postedAt, text: '', detection: { offensive: k.heated, flags: [] } });
    }
    const top = members.find((item) => this.known.get(item)!.model.observed.peek().parentId === null) ?? members[0];
    if (!top) return;
    const dispute = heated >= 3 ? detectDispute(items, { netiquetteUrl: this.netiquetteUrl.peek() }) : null;
    const model = this.known.get(top)!.model;
    // The calming reply is posted to the thread: in the thread's language, the interface's on a tie.
    const note: DisputeNote | null = dispute
      ? { names: [dispute.authors[0].name, dispute.authors[1].name], turns: dispute.turns, suggestion: dispute.suggestion[this.threadLang(members)] }
      : null;
    if (JSON.stringify(note) !== JSON.stringify(model.dispute.peek())) model.dispute.value = note;
  }

  private threadLang(members: Element[]): Lang {
    return detectLanguage(members.map((item) => this.known.get(item)!.model.observed.peek().text).join('\n'), this.lang);
  }

  async dismiss(model: CheckedModel, flag: FlagViewMessage, companyWide: boolean, agent: string): Promise<boolean> {
    const item = checkItemOf(model.observed.peek());
    const ok = parseDismissReply(await ask({ type: 'dismiss-flag', item, flag: { rule: flag.rule, start: flag.start, end: flag.end }, companyWide, agent })) !== null;
    if (ok) await this.recheck(companyWide ? undefined : (k) => k.model === model);
    return ok;
  }

  async recordStrike(model: CheckedModel, ladder: LadderView, rule: FlagViewMessage['rule'] | undefined, agent: string): Promise<boolean> {
    const item = checkItemOf(model.observed.peek());
    const ok = parseStrikeReply(await ask({ type: 'record-strike', item, step: ladder.step, ...(rule ? { rule } : {}), agent })) !== null;
    // The author's other flagged comments propose the next step now.
    if (ok) await this.recheck((k) => k.model.authorKey === model.authorKey && k.model.flags.peek() !== null);
    return ok;
  }
}
