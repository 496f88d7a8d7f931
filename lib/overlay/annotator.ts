import { signal, type Signal } from '@preact/signals';
import type { ObservedComment, RecordState } from '../models/comment';
import { authorKeyOf } from '../comments/author-key';
import type { Note } from '../notes/note-model';
import { notesForComment } from '../notes/note-search';
import { threadAnswers } from '../platforms/threads';
import { observedOf, ReplyChains } from '../platforms/reply-chains';
import { NOT_CONCERNED, type ExtractContext, type ExtractedItem, type PlatformAdapter } from '../platforms/types';
import type { Health } from '../models/messages';
import { createStyleAdopter } from './shared-styles';
import { SHADOW_MODE } from './shadow-mode';
import { darkBehind } from './page-shade';
import type { CheckResult } from '../models/netiquette-messages';
import type { DisputeNote, NetiquetteHook } from './netiquette-check';
import { idleWork, type IdleWork } from './idle-work';
import type { SightingExtras } from './background-client';
import type { ObserveReply } from '../models/light/record-state';

const keyOf = (o: ObservedComment): string => `${o.site}:${o.id}`;

/** Most comments per storage message (see send). */
const SEND_BATCH = 100;

/** The tag of Moderato's own nodes in the page; the observer ignores them. */
export const HOST_TAG = 'moderato-badge';

export interface BadgeModel {
  observed: Signal<ObservedComment>;
  /** The stored record, once the background has answered. */
  record: Signal<RecordState | null>;
  /** Team notes on this comment and about its author, newest first. */
  notes: Signal<Note[]>;
  /** The author's key (see authorKeyOf), for notes about the author. */
  authorKey: string;
  /** The comment's element, for finding its reply box. */
  item: Element;
  /** The badge's suggested replies are open (a click, or the keyboard shortcut). */
  suggestionsOpen: Signal<boolean>;
  /** Netiquette flags and the proposed ladder step, once the background has checked the text. */
  flags: Signal<CheckResult | null>;
  /** Set on a thread's top comment when two people trade heated replies in it. */
  dispute: Signal<DisputeNote | null>;
}

export interface AnnotatorOptions {
  adapter: PlatformAdapter;
  doc: Document;
  css: string;
  /**
   * Sends sightings to storage, with what else the batch asks for (a netiquette check, notes); resolves
   * to the stored records and the answers, or null when storage is out of reach.
   */
  record(comments: ObservedComment[], extras?: SightingExtras): Promise<ObserveReply | null>;
  /** Reads the stored records again (they change outside the page, e.g. a tick in the popup). */
  fetch?(keys: string[]): Promise<RecordState[] | null>;
  /** Reads the team notes on these comments or about these authors. */
  fetchNotes?(commentKeys: string[], authorKeys: string[]): Promise<Note[] | null>;
  mount(root: ShadowRoot, model: BadgeModel): () => void;
  now(): number;
  /** Most work in one slice of the page's idle time before yielding to the page. */
  frameBudgetMs?: number;
  /** Above this many added subtrees waiting (a page replaced wholesale), one full rescan replaces them. */
  rescanThreshold?: number;
  /** Sightings are sent in one message per this many ms rather than one per frame. */
  sendDelayMs?: number;
  /** Netiquette: says which of each batch's comments to check, and shows the verdicts that come back with it. */
  check?: NetiquetteHook | null;
  /**
   * Whether the page is still the one the annotator was started for. Single-page navigation is only
   * noticed about a second later; comments of another page rendered in that second must not be read.
   */
  inScope?(): boolean;
}

interface Entry {
  item: Element;
  host: HTMLElement;
  unmount: () => void;
  extracted: ExtractedItem;
  model: BadgeModel;
  thread: string;
  /** Storage has taken this comment (its record may not be shown when it changes nothing visible). */
  stored: boolean;
  /** Its sighting waits in the outbox or is on its way to storage. */
  pending: boolean;
}

/**
 * Whether a stored record would show differently from what the badge shows now. Most records only
 * confirm the sighting; re-rendering a thousand badges for that cost more than everything else.
 */
function changesDisplay(observed: ObservedComment, shown: RecordState | null, next: RecordState): boolean {
  if (shown) {
    return shown.handledAt !== next.handledAt || shown.answeredAt !== next.answeredAt || shown.postedAt !== next.postedAt
      || shown.timeSource !== next.timeSource || (shown.claimedBy ?? null) !== (next.claimedBy ?? null) || shown.firstSeenAt !== next.firstSeenAt;
  }
  if (next.postedAt === null || next.postedAt !== observed.postedAt || next.timeSource !== observed.timeSource) return true;
  if (next.handledAt !== null || (next.claimedBy ?? null) !== null) return true;
  if ((next.answeredAt !== null) !== observed.answered) return true;
  return observed.answered && next.answeredAt !== observed.answeredAt;
}

/**
 * Finds comments as the page adds them and keeps one badge per comment. Only added subtrees are
 * scanned, in slices of the page's idle time; the page's own timers are never held up for long.
 */
export class Annotator {
  private readonly opts: Required<AnnotatorOptions>;
  private readonly adopt: (root: ShadowRoot) => void;
  private observer: MutationObserver | null = null;
  private pending = new Set<Node>();
  private backlog: Element[] = [];
  private queued = new WeakSet<Element>();
  private fullScan = false;
  private readonly work: IdleWork;
  private entries = new Map<Element, Entry>();
  /** Flat threads (Facebook) by thread key: their entries, for recomputing answers in page order. */
  private threads = new Map<string, Set<Entry>>();
  /**
   * Flat threads' items by id: their thread key. A reply to a reply names the reply it answers as its
   * parent; it joins that reply's thread, so the Page answering it answers the top comment too.
   */
  private threadOfId = new Map<string, string>();
  private unreadable = new WeakSet<Element>();
  /** Items read as not for the company where more of the page may change that (adapter.contextArrivesLate). */
  private revisit = new Set<Element>();
  /** An item was read but was not for the company (X): the layout is understood. */
  private concerned = false;
  /** Unreadable items, to count those still on the page (virtualised lists re-add the same node). */
  private unreadableItems = new Set<Element>();
  private context: ExtractContext | null = null;
  private ownPage: string | null = null;
  /** Flat threads (Facebook) that gained items: their answers are recomputed whole, in page order. */
  private touched = new Set<string>();
  /** Reply chains (X conversations), by thread: each post's answer is kept up to date as posts arrive. */
  private chains = new Map<string, ReplyChains<Entry>>();
  /** Entries of reply chains that are new, changed answer, or wait to be stored again. */
  private dirty = new Set<Entry>();
  private outbox = new Map<string, Entry[]>();
  private sending = false;
  private sendTimer: ReturnType<typeof setTimeout> | 0 = 0;
  private root: { node: ParentNode; at: number } | null = null;
  /** The page's own shade behind the comments (see page-shade.ts); null until looked at. */
  private dark: boolean | null = null;
  private readonly onVisible = () => {
    if (this.opts.doc.visibilityState === 'visible') this.schedule();
  };

  constructor(options: AnnotatorOptions) {
    this.opts = { frameBudgetMs: 8, rescanThreshold: 5000, sendDelayMs: 250, fetch: async () => null, fetchNotes: async () => null, check: null, inScope: () => true, ...options };
    this.adopt = createStyleAdopter(options.css);
    this.work = idleWork((budget) => this.flush(budget), { maxSliceMs: this.opts.frameBudgetMs });
  }

  get active(): boolean {
    return this.observer !== null;
  }

  start(pageName: string, ownerNames: readonly string[]): void {
    this.stop();
    this.ownPage = pageName;
    this.context = { now: this.opts.now(), ownerNames, pageName };
    const { doc } = this.opts;
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.observer.observe(doc.documentElement, { childList: true, subtree: true });
    doc.addEventListener('visibilitychange', this.onVisible);
    this.rescan();
  }

  /** Scans the current scan root again, e.g. after single-page navigation. */
  rescan(): void {
    this.fullScan = true;
    this.dark = null;
    this.pending.clear();
    this.backlog = [];
    this.queued = new WeakSet();
    this.schedule();
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.opts.adapter.release?.();
    this.opts.doc.removeEventListener('visibilitychange', this.onVisible);
    this.work.cancel();
    if (this.sendTimer) clearTimeout(this.sendTimer);
    this.sendTimer = 0;
    // Sightings still waiting for their batch go now: leaving the page (X's navigation) must not lose them.
    if (this.outbox.size) void this.opts.record([...this.outbox.values()].map((list) => list[0]!.model.observed.peek()));
    this.root = null;
    for (const entry of this.entries.values()) this.drop(entry);
    this.entries.clear();
    this.threads.clear();
    this.threadOfId.clear();
    this.revisit.clear();
    this.chains.clear();
    this.dirty.clear();
    this.touched.clear();
    this.pending.clear();
    this.backlog = [];
    this.queued = new WeakSet();
    this.outbox.clear();
    this.opts.check?.reset();
    this.unreadable = new WeakSet();
    this.unreadableItems.clear();
    this.concerned = false;
    this.ownPage = null;
  }

  health(): Health {
    this.sweep();
    const root = this.scanRoot(true);
    return {
      site: this.opts.adapter.site,
      ownPage: this.ownPage,
      recognised: this.entries.size,
      unreadable: this.countUnreadable(),
      layoutMissing: this.ownPage !== null && this.entries.size === 0 && !this.concerned && this.opts.adapter.looksLikeComments(root),
    };
  }

  /** Removes entries whose comment left the page, and puts back badges the page re-rendered away. */
  sweep(): void {
    for (const entry of this.entries.values()) {
      if (!entry.item.isConnected) this.forget(entry);
      else if (!entry.host.isConnected) this.place(entry.item, entry.host);
    }
  }

  /** Once a minute: tidy up, and retry sightings that storage did not take (e.g. during an update). */
  tick(): void {
    this.sweep();
    this.checkShade();
    for (const entry of this.entries.values()) {
      if (entry.stored) continue;
      if (entry.extracted.conversation === undefined) this.touched.add(entry.thread);
      else this.dirty.add(entry);
    }
    this.resolveTouched();
    void this.send();
  }

  /**
   * Looks at the page's background behind the comments and restyles every badge when it changed: the
   * site's dark mode can be switched without a reload. Reading computed styles may lay out the page, so
   * this runs once per page and then with the minute tick, never per comment.
   */
  private checkShade(near?: Element): void {
    const ref = near ?? this.entries.keys().next().value;
    if (!ref?.isConnected) return;
    let dark: boolean;
    try {
      dark = darkBehind(ref);
    } catch {
      return;
    }
    if (dark === this.dark) return;
    // After single-page navigation the badges kept from the last view may carry the other shade.
    this.dark = dark;
    for (const entry of this.entries.values()) entry.host.toggleAttribute('data-dark', dark);
  }

  private countUnreadable(): number {
    for (const item of this.unreadableItems) if (!item.isConnected) this.unreadableItems.delete(item);
    return this.unreadableItems.size;
  }

  /** Brings the badges' notes up to date. */
  async refreshNotes(): Promise<void> {
    const list = [...this.entries.values()];
    if (list.length === 0) return;
    const commentKeys = [...new Set(list.map((e) => keyOf(e.model.observed.peek())))];
    const authorKeys = [...new Set(list.map((e) => e.model.authorKey))];
    const notes = await this.opts.fetchNotes(commentKeys, authorKeys);
    if (notes) this.showNotes(list, notes);
  }

  private showNotes(list: Entry[], notes: Note[]): void {
    for (const e of list) {
      const mine = notes.length ? notesForComment(notes, keyOf(e.model.observed.peek()), e.model.authorKey) : notes;
      const prev = e.model.notes.peek();
      if (mine.length !== prev.length || mine.some((n, i) => n.id !== prev[i]!.id)) e.model.notes.value = mine;
    }
  }

  /** Brings every badge's record up to date with storage. */
  async refreshRecords(): Promise<void> {
    const byKey = new Map<string, Entry[]>();
    for (const entry of this.entries.values()) {
      const o = entry.model.observed.peek();
      const key = `${o.site}:${o.id}`;
      const list = byKey.get(key);
      if (list) list.push(entry);
      else byKey.set(key, [entry]);
    }
    if (byKey.size === 0) return;
    // Only comments storage had taken before asking can be missing from the answer for a reason.
    const stored = new Set([...byKey].filter(([, list]) => list.some((e) => e.stored)).map(([key]) => key));
    const records = await this.opts.fetch([...byKey.keys()]);
    // No answer (storage out of reach): the badges keep what they show.
    if (!records) return;
    for (const record of records) {
      stored.delete(record.key);
      for (const e of byKey.get(record.key) ?? []) {
        if (changesDisplay(e.model.observed.peek(), e.model.record.peek(), record)) e.model.record.value = record;
      }
    }
    // A stored comment storage no longer has was erased (a data-protection request, perhaps from another
    // badge of the same author): its claim and times must not stay on screen.
    for (const key of stored) {
      for (const e of byKey.get(key)!) if (e.model.record.peek() !== null) e.model.record.value = null;
    }
  }

  /** The badge of the comment containing `el`, or whose badge host `el` is (focus inside a badge shows as its host). */
  modelFor(el: Element | null): BadgeModel | null {
    for (let n = el; n; n = n.parentElement) {
      const entry = this.entries.get(n);
      if (entry) return entry.model;
      if (n.tagName === 'MODERATO-BADGE') {
        for (const e of this.entries.values()) if (e.host === n) return e.model;
      }
    }
    return null;
  }

  /** Whether `el` is a comment with a badge. */
  hasItem(el: Element): boolean {
    return this.entries.has(el);
  }

  badgeCount(): number {
    return this.entries.size;
  }

  private onMutations(records: MutationRecord[]): void {
    if (this.fullScan) return;
    for (const r of records) {
      for (let i = 0; i < r.addedNodes.length; i++) {
        const node = r.addedNodes[i]!;
        if (node.nodeType !== 1 || (node as Element).tagName === 'MODERATO-BADGE') continue;
        this.pending.add(node);
      }
    }
    if (this.pending.size > this.opts.rescanThreshold) this.rescan();
    else if (this.pending.size) this.schedule();
  }

  private schedule(): void {
    if (!this.observer || this.opts.doc.visibilityState === 'hidden') return;
    this.work.request();
  }

  private flush(budgetMs: number): void {
    const started = performance.now();
    const ctx = this.context;
    if (!ctx || !this.opts.inScope()) return;
    ctx.now = this.opts.now();
    const { adapter } = this.opts;
    const scanRoot = this.scanRoot(this.fullScan);
    const find = (root: Node): void => {
      if (!root.isConnected || (root !== scanRoot && !scanRoot.contains(root))) return;
      for (const item of adapter.findItems(root as ParentNode)) {
        if (!this.entries.has(item) && !this.unreadable.has(item) && !this.queued.has(item)) {
          this.queued.add(item);
          this.backlog.push(item);
        }
      }
    };
    const queuedBefore = this.backlog.length;
    if (this.fullScan) {
      this.fullScan = false;
      this.sweep();
      find(scanRoot as Node);
    } else {
      // Added subtrees are searched within the slice's budget too; the rest wait for the next slice.
      for (const root of this.pending) {
        this.pending.delete(root);
        find(root);
        if (performance.now() - started > budgetMs) break;
      }
    }
    // New items may be the context that makes earlier ones the company's: those are read again after them.
    if (this.revisit.size && this.backlog.length > queuedBefore) {
      for (const item of this.revisit) {
        this.revisit.delete(item);
        if (!item.isConnected) continue;
        this.unreadable.delete(item);
        if (!this.queued.has(item)) {
          this.queued.add(item);
          this.backlog.push(item);
        }
      }
    }
    // Once per page, before the first badge goes in: their colours follow the site's theme.
    if (this.dark === null) this.checkShade(this.backlog[0]);
    // Items found but not yet read wait in a queue of their own: they are never searched again.
    let i = 0;
    for (; i < this.backlog.length; i++) {
      if (i > 0 && performance.now() - started > budgetMs) break;
      const item = this.backlog[i]!;
      this.queued.delete(item);
      if (item.isConnected && !this.entries.has(item)) this.process(item, ctx);
    }
    this.backlog = i === this.backlog.length ? [] : this.backlog.slice(i);
    this.resolveTouched();
    this.sendSoon();
    if (this.pending.size || this.backlog.length) this.schedule();
  }

  /**
   * Where comments live (the page, or an open permalink dialog). Looking it up means searching the
   * whole document, so it is reused for a second between full scans; navigation forces a full scan.
   */
  private scanRoot(fresh: boolean): ParentNode {
    const now = performance.now();
    const cached = this.root;
    if (!fresh && cached && now - cached.at < 1000 && (cached.node as Node).isConnected) return cached.node;
    const node = this.opts.adapter.scanRoot(this.opts.doc);
    this.root = { node, at: now };
    return node;
  }

  private sendSoon(delayMs = this.opts.sendDelayMs): void {
    if (this.sendTimer || this.outbox.size === 0) return;
    this.sendTimer = setTimeout(() => {
      this.sendTimer = 0;
      void this.send();
    }, delayMs);
  }

  private process(item: Element, ctx: ExtractContext): void {
    let extracted: ExtractedItem | null | typeof NOT_CONCERNED = null;
    try {
      extracted = this.opts.adapter.extract(item, ctx);
    } catch {
      extracted = null;
    }
    if (extracted === NOT_CONCERNED) {
      // Read fine, just not for the company: not looked at again (unless what is drawn around it may
      // still change that), and proof the layout is understood.
      this.unreadable.add(item);
      if (this.opts.adapter.contextArrivesLate?.(this.opts.doc)) this.revisit.add(item);
      this.concerned = true;
      return;
    }
    if (!extracted) {
      this.unreadable.add(item);
      this.unreadableItems.add(item);
      return;
    }
    const host = this.opts.doc.createElement(HOST_TAG);
    if (this.dark) host.setAttribute('data-dark', '');
    const root = host.attachShadow({ mode: SHADOW_MODE });
    this.adopt(root);
    const model: BadgeModel = {
      observed: signal(observedOf(extracted, !extracted.byOwner && extracted.ownerReplyHint, null)),
      record: signal(null),
      notes: signal([]),
      authorKey: authorKeyOf(extracted.site, extracted.author),
      item,
      suggestionsOpen: signal(false),
      flags: signal(null),
      dispute: signal(null),
    };
    const unmount = this.opts.mount(root, model);
    const parent = extracted.parentId;
    const thread = extracted.conversation ?? (parent === null ? extracted.id : (this.threadOfId.get(parent) ?? parent));
    const entry: Entry = { item, host, unmount, extracted, model, thread, stored: false, pending: false };
    this.entries.set(item, entry);
    if (extracted.conversation === undefined) {
      this.threadOfId.set(extracted.id, thread);
      let set = this.threads.get(thread);
      if (!set) this.threads.set(thread, (set = new Set()));
      set.add(entry);
      this.touched.add(thread);
    } else {
      let chains = this.chains.get(thread);
      if (!chains) this.chains.set(thread, (chains = new ReplyChains()));
      for (const e of chains.add(extracted, entry)) this.dirty.add(e);
      this.dirty.add(entry);
    }
    this.place(item, host);
  }

  private place(item: Element, host: HTMLElement): void {
    const { after } = this.opts.adapter.badgeAnchor(item);
    after.insertAdjacentElement('afterend', host);
  }

  /**
   * Answered or not is a property of the thread. A flat thread (Facebook: a comment and its replies) is
   * recomputed whole when it gained items; a reply chain (X: one conversation may hold a thousand posts)
   * already knows each post's answer, and only its new or changed posts are looked at.
   */
  private resolveTouched(): void {
    for (const thread of this.touched) {
      const set = this.threads.get(thread);
      if (!set) continue;
      const entries = [...set].filter((e) => e.item.isConnected);
      entries.sort((a, b) => (a.item.compareDocumentPosition(b.item) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
      const { answered, answeredAt } = threadAnswers(entries.map((e) => e.extracted));
      entries.forEach((e, k) => this.update(e, answered[k]!, answeredAt[k]!));
    }
    this.touched.clear();
    for (const e of this.dirty) {
      if (!e.item.isConnected) continue;
      const answer = this.chains.get(e.thread)?.answerOf(e.extracted.id);
      if (answer) this.update(e, answer.answered, answer.answeredAt);
    }
    this.dirty.clear();
  }

  /** Shows a comment's answer, and queues its sighting when that changed or storage has not taken it yet. */
  private update(e: Entry, answered: boolean, answeredAt: number | null): void {
    const prev = e.model.observed.peek();
    const changed = prev.answered !== answered || prev.answeredAt !== answeredAt || prev.text !== e.extracted.text;
    if (changed) e.model.observed.value = observedOf(e.extracted, answered, answeredAt);
    // Not yet stored and not on its way: (re)send it. One already on its way is not queued again.
    if (changed || (!e.stored && !e.pending)) {
      e.pending = true;
      const key = `${prev.site}:${prev.id}`;
      const list = this.outbox.get(key);
      if (!list) this.outbox.set(key, [e]);
      else if (!list.includes(e)) list.push(e);
    }
  }

  private async send(): Promise<void> {
    if (this.sending || this.outbox.size === 0) return;
    this.sending = true;
    // One message carries at most SEND_BATCH comments: the browser serialises a message in one go, in the page's task.
    let batch = this.outbox;
    if (batch.size <= SEND_BATCH) {
      this.outbox = new Map();
    } else {
      batch = new Map();
      for (const [key, list] of this.outbox) {
        batch.set(key, list);
        this.outbox.delete(key);
        if (batch.size === SEND_BATCH) break;
      }
    }
    const entries = [...batch.values()].flat();
    const check = this.opts.check?.prepare(entries) ?? null;
    // Comments storage has not taken yet may already carry team notes (from another visit or a colleague's import).
    const notes = entries.some((e) => !e.stored);
    try {
      const observed = [...batch.values()].map((list) => list[0]!.model.observed.peek());
      const reply = await this.opts.record(observed, { ...(check ? { check: { lang: check.lang, keys: check.keys } } : {}), ...(notes ? { notes } : {}) });
      if (reply) {
        for (const record of reply.records) {
          for (const e of batch.get(record.key) ?? []) {
            e.stored = true;
            if (changesDisplay(e.model.observed.peek(), e.model.record.peek(), record)) e.model.record.value = record;
          }
        }
        if (check && reply.check) this.opts.check?.accept(check, reply.check);
        if (reply.notes) this.showNotes(entries, reply.notes);
      }
    } finally {
      this.sending = false;
      for (const list of batch.values()) for (const e of list) e.pending = false;
    }
    // A full batch waiting goes in the next task; a partial one waits to fill up.
    if (this.outbox.size) this.sendSoon(this.outbox.size >= SEND_BATCH ? 0 : this.opts.sendDelayMs);
  }

  private forget(entry: Entry): void {
    this.drop(entry);
    this.opts.check?.forget(entry.item);
    this.entries.delete(entry.item);
    this.dirty.delete(entry);
    this.chains.get(entry.thread)?.release(entry.extracted.id, entry);
    const set = this.threads.get(entry.thread);
    set?.delete(entry);
    if (set && set.size === 0) this.threads.delete(entry.thread);
    if (this.threadOfId.get(entry.extracted.id) === entry.thread) this.threadOfId.delete(entry.extracted.id);
  }

  private drop(entry: Entry): void {
    try {
      entry.unmount();
    } catch {
      /* a badge that fails to unmount must not stop the others */
    }
    entry.host.remove();
  }
}
