import { ALPHABET, BOUNDARY, WILD } from './normalize';

/**
 * A compiled trie over skeleton codes. Nodes with many children (the root, common prefixes) get a
 * dense row for O(1) steps; the long tails of phrase expansions use a sorted edge list, which keeps
 * memory near the number of nodes instead of nodes × alphabet.
 */
export const KIND_DENY = 0;
/** A built-in whitelist word ("Marsch" for "arsch"). */
export const KIND_ALLOW = 1;
/** Company-allowed or dismissed: suppresses any match it contains. */
export const KIND_ALLOW_ANY = 2;
export const KIND_LANG_DE = 3;
export const KIND_LANG_EN = 4;
/** One word slot of a phrase ("ich|wir" + "bring|bringe" + "dich|euch" + "um"); see term-matcher. */
export const KIND_SLOT = 5;
/**
 * Words the classifier must not read as evidence (idioms such as "stupid question", German "dick"
 * = thick); they suppress no term, and count only in their group's language.
 */
export const KIND_MASK = 6;

export const NEEDS_START = 1;
export const NEEDS_END = 2;

export interface TrieEntry {
  codes: Uint8Array;
  flags: number;
  kind: number;
  group: number;
}

/** Dense rows for nodes with at least this many children. */
const DENSE_MIN = 5;
/** A "*" in the text stands for one to this many letters ("A****loch"). */
const MAX_WILD_SPAN = 4;
/**
 * Trie steps the "*" expansions may take per scan. A masked insult needs a few hundred; the budget
 * keeps hostile input ("a*a*a*…" for 100 KB) linear, at the price of not reading masks past it.
 */
const WILD_BUDGET = 20_000;

export interface HitSink {
  /** Called for every entry whose boundaries hold; start/end are skeleton indices, end inclusive. */
  (kind: number, group: number, start: number, end: number, wild: boolean): void;
}

export class CompiledTrie {
  readonly nodeCount: number;
  private readonly denseRow: Int32Array;
  private readonly dense: Int32Array;
  private readonly edgeStart: Int32Array;
  private readonly edgeLabel: Uint8Array;
  private readonly edgeTarget: Int32Array;
  private readonly head: Int32Array;
  private readonly next: Int32Array;
  private readonly meta: Int32Array;
  private readonly groupOf: Int32Array;

  constructor(entries: readonly TrieEntry[]) {
    // Build with maps, then flatten breadth-first.
    const children: Map<number, number>[] = [new Map()];
    const terminals: number[][] = [[]];
    for (let e = 0; e < entries.length; e++) {
      const entry = entries[e];
      if (!entry || entry.codes.length === 0) continue;
      let node = 0;
      for (const c of entry.codes) {
        const kids = children[node] ?? new Map<number, number>();
        let child = kids.get(c);
        if (child === undefined) {
          child = children.length;
          children.push(new Map());
          terminals.push([]);
          kids.set(c, child);
        }
        node = child;
      }
      terminals[node]?.push(e);
    }
    const n = children.length;
    this.nodeCount = n;
    this.denseRow = new Int32Array(n).fill(-1);
    this.edgeStart = new Int32Array(n + 1);
    let denseRows = 0;
    let edgeCount = 0;
    for (let i = 0; i < n; i++) {
      const size = children[i]?.size ?? 0;
      if (size >= DENSE_MIN || i === 0) this.denseRow[i] = denseRows++;
      else edgeCount += size;
    }
    this.dense = new Int32Array(denseRows * ALPHABET);
    this.edgeLabel = new Uint8Array(edgeCount);
    this.edgeTarget = new Int32Array(edgeCount);
    let k = 0;
    for (let i = 0; i < n; i++) {
      this.edgeStart[i] = k;
      const kids = children[i];
      if (!kids) continue;
      const row = this.denseRow[i] ?? -1;
      if (row >= 0) {
        for (const [c, t] of kids) this.dense[row * ALPHABET + c] = t;
      } else {
        for (const c of [...kids.keys()].sort((a, b) => a - b)) {
          this.edgeLabel[k] = c;
          this.edgeTarget[k] = kids.get(c) ?? 0;
          k++;
        }
      }
    }
    this.edgeStart[n] = k;
    this.head = new Int32Array(n).fill(-1);
    this.next = new Int32Array(entries.length).fill(-1);
    this.meta = new Int32Array(entries.length);
    this.groupOf = new Int32Array(entries.length);
    for (let i = 0; i < n; i++) {
      for (const e of terminals[i] ?? []) {
        const entry = entries[e];
        if (!entry) continue;
        this.meta[e] = entry.flags | (entry.kind << 2);
        this.groupOf[e] = entry.group;
        this.next[e] = this.head[i] ?? -1;
        this.head[i] = e;
      }
    }
  }

  /** The child of `node` along code `c`, or 0 (the root is never a child). */
  step(node: number, c: number): number {
    const row = this.denseRow[node] ?? -1;
    if (row >= 0) return this.dense[row * ALPHABET + c] ?? 0;
    const end = this.edgeStart[node + 1] ?? 0;
    for (let k = this.edgeStart[node] ?? 0; k < end; k++) {
      const l = this.edgeLabel[k] ?? 0;
      if (l === c) return this.edgeTarget[k] ?? 0;
      if (l > c) return 0;
    }
    return 0;
  }

  private report(node: number, codes: Uint8Array, p: number, q: number, wild: boolean, sink: HitSink): void {
    for (let e = this.head[node] ?? -1; e >= 0; e = this.next[e] ?? -1) {
      const m = this.meta[e] ?? 0;
      if ((m & NEEDS_START) !== 0 && codes[p - 1] !== BOUNDARY) continue;
      if ((m & NEEDS_END) !== 0 && codes[q + 1] !== BOUNDARY) continue;
      sink(m >> 2, this.groupOf[e] ?? 0, p, q, wild);
    }
  }

  /**
   * Reports every entry occurring in codes[1 .. length-2]. `hasWild` enables the slower path that
   * lets a "*" stand for a few letters.
   */
  private budget = 0;

  scan(codes: Uint8Array, length: number, hasWild: boolean, sink: HitSink): void {
    const last = length - 1;
    this.budget = WILD_BUDGET;
    for (let p = 1; p < last; p++) {
      const c0 = codes[p] ?? 0;
      if (c0 === BOUNDARY || c0 === WILD) continue;
      let node = this.step(0, c0);
      let q = p;
      while (node !== 0) {
        if ((this.head[node] ?? -1) >= 0) this.report(node, codes, p, q, false, sink);
        q++;
        if (q >= last) break;
        const c = codes[q] ?? 0;
        if (c === WILD) {
          if (hasWild) this.wild(node, codes, p, q, last, 0, sink);
          break;
        }
        node = this.step(node, c);
      }
    }
  }

  /** Continues a walk across a "*" at q by letting it consume 1..MAX_WILD_SPAN letters. */
  private wild(node: number, codes: Uint8Array, p: number, q: number, last: number, depth: number, sink: HitSink): void {
    if (depth === MAX_WILD_SPAN || this.budget <= 0) return;
    for (let c = 1; c <= 26; c++) {
      const child = this.step(node, c);
      if (child === 0) continue;
      if (--this.budget <= 0) return;
      this.continueAfterWild(child, codes, p, q, last, sink);
      this.wild(child, codes, p, q, last, depth + 1, sink);
    }
  }

  private continueAfterWild(start: number, codes: Uint8Array, p: number, q: number, last: number, sink: HitSink): void {
    let node = start;
    let j = q;
    for (;;) {
      // A match may not end on the mask: "A*" must not become "arsch". A real letter on each side
      // of it is enough, so the commonest masks ("F**k", "S**t") are read.
      if (j > q && (this.head[node] ?? -1) >= 0) this.report(node, codes, p, j, true, sink);
      j++;
      if (j >= last) return;
      const c = codes[j] ?? 0;
      if (c === WILD) return; // one mask per match keeps hostile "a*b*c*…" input linear
      node = this.step(node, c);
      if (node === 0) return;
    }
  }
}

/** Row stride of the automaton's table (a power of two): 28 codes, then the state's info word. */
const STRIDE_BITS = 5;
const STRIDE = 1 << STRIDE_BITS;
const INFO = 28;
/** Info word: German markers in bits 0-5, English in 6-11, bit 12 when anything else is reported. */
const INFO_OTHER = 1 << 12;
const MARKER_MAX = 63;

/**
 * Aho-Corasick automaton (full transition table) over every entry: one table lookup per skeleton
 * code, however many terms. Word-boundary requirements are compiled in as a leading or trailing
 * BOUNDARY symbol ("|arsch|" is the code sequence 0 a r s c h 0), so the scan needs no checks of
 * its own; the reported span is moved inside those boundaries. Masked text ("A****loch") cannot
 * be matched by a DFA and goes to CompiledTrie's wildcard walk instead.
 *
 * Table layout, for speed: rows of STRIDE 16-bit cells (half the cache footprint of int32; the
 * built-in lists need about 12,000 states, so 32-bit cells are used only past 65,535), and slot
 * INFO of each row summarising what the state reports: German and English language markers are
 * only counted (they are most hits and need no span), everything else is walked and handed to
 * the sink.
 */
export class AhoCorasick {
  readonly stateCount: number;
  /** Language markers seen by the last scan. */
  de = 0;
  en = 0;
  private readonly table: Uint16Array | Uint32Array;
  /** First entry ending in a state (-1 none), entries chained through `next`. */
  private readonly head: Int32Array;
  /** Nearest state on the failure chain with outputs of its own (-1 none). */
  private readonly dict: Int32Array;
  private readonly next: Int32Array;
  private readonly kindOf: Int32Array;
  private readonly groupOf: Int32Array;
  /** Offset from the scan position to the match start / end (boundaries excluded). */
  private readonly startBack: Int32Array;
  private readonly endBack: Int32Array;

  constructor(entries: readonly TrieEntry[]) {
    // Build the goto function straight into a row table (no Map per node: ~14,000 nodes would
    // mean as many Maps for the collector), then complete it breadth-first into the automaton.
    let capacity = 1;
    for (const e of entries) capacity += e.codes.length + 2;
    const grow = new Uint32Array(capacity * STRIDE);
    const headAll = new Int32Array(capacity).fill(-1);
    const next = new Int32Array(entries.length).fill(-1);
    const startBack = new Int32Array(entries.length);
    const endBack = new Int32Array(entries.length);
    let n = 1;
    for (let e = 0; e < entries.length; e++) {
      const entry = entries[e];
      if (!entry || entry.codes.length === 0) continue;
      const pre = (entry.flags & NEEDS_START) !== 0 ? 1 : 0;
      const post = (entry.flags & NEEDS_END) !== 0 ? 1 : 0;
      const total = entry.codes.length + pre + post;
      endBack[e] = post;
      startBack[e] = total - 1 - pre;
      let node = 0;
      for (let k = 0; k < total; k++) {
        const c = k < pre || k >= pre + entry.codes.length ? BOUNDARY : (entry.codes[k - pre] ?? 0);
        let child = grow[node * STRIDE + c] ?? 0;
        if (child === 0) {
          child = n++;
          grow[node * STRIDE + c] = child;
        }
        node = child;
      }
      next[e] = headAll[node] ?? -1;
      headAll[node] = e;
    }
    this.stateCount = n;
    const fail = new Int32Array(n);
    const dict = new Int32Array(n).fill(-1);
    const queue = new Int32Array(n);
    let tail = 0;
    for (let c = 0; c < ALPHABET; c++) {
      const v = grow[c] ?? 0;
      if (v !== 0) queue[tail++] = v;
    }
    for (let qi = 0; qi < tail; qi++) {
      const u = queue[qi] ?? 0;
      const fu = fail[u] ?? 0;
      const row = u * STRIDE;
      const frow = fu * STRIDE;
      // Breadth-first, so the failure state's row is already complete; u's own row still holds
      // only its real children (a child is never the root, so 0 means none).
      for (let c = 0; c < ALPHABET; c++) {
        const v = grow[row + c] ?? 0;
        if (v === 0) {
          grow[row + c] = grow[frow + c] ?? 0;
          continue;
        }
        const fv = u === 0 ? 0 : (grow[frow + c] ?? 0);
        fail[v] = fv;
        dict[v] = (headAll[fv] ?? -1) >= 0 ? fv : (dict[fv] ?? -1);
        queue[tail++] = v;
      }
    }
    const table = n <= 0xffff ? new Uint16Array(n * STRIDE) : new Uint32Array(n * STRIDE);
    table.set(grow.subarray(0, n * STRIDE));
    this.table = table;
    this.dict = dict;
    this.startBack = startBack;
    this.endBack = endBack;
    this.head = headAll.slice(0, n);
    this.next = next;
    this.kindOf = new Int32Array(entries.length);
    this.groupOf = new Int32Array(entries.length);
    entries.forEach((entry, e) => {
      this.kindOf[e] = entry.kind;
      this.groupOf[e] = entry.group;
    });
    for (let s = 0; s < n; s++) {
      let de = 0;
      let en = 0;
      let other = 0;
      for (let t = (this.head[s] ?? -1) >= 0 ? s : (dict[s] ?? -1); t > 0; t = dict[t] ?? -1) {
        for (let e = this.head[t] ?? -1; e >= 0; e = this.next[e] ?? -1) {
          const kind = this.kindOf[e];
          if (kind === KIND_LANG_DE) de++;
          else if (kind === KIND_LANG_EN) en++;
          else other = INFO_OTHER;
        }
      }
      table[s * STRIDE + INFO] = Math.min(de, MARKER_MAX) | (Math.min(en, MARKER_MAX) << 6) | other;
    }
  }

  /**
   * Reports every entry in codes[0 .. length-1] (the framing boundaries included, so terms at the
   * very start or end still see their boundary) except language markers, which are counted into
   * `de` and `en`. The codes must not contain WILD.
   */
  scan(codes: Uint8Array, length: number, sink: HitSink): void {
    const table = this.table;
    let de = 0;
    let en = 0;
    let state = 0;
    for (let q = 0; q < length; q++) {
      const row = state << STRIDE_BITS;
      state = table[row + (codes[q] ?? 0)] ?? 0;
      const info = table[(state << STRIDE_BITS) + INFO] ?? 0;
      if (info === 0) continue;
      de += info & MARKER_MAX;
      en += (info >> 6) & MARKER_MAX;
      if ((info & INFO_OTHER) !== 0) this.report(state, q, sink);
    }
    this.de = de;
    this.en = en;
  }

  private report(state: number, q: number, sink: HitSink): void {
    for (let s = (this.head[state] ?? -1) >= 0 ? state : (this.dict[state] ?? -1); s > 0; s = this.dict[s] ?? -1) {
      for (let e = this.head[s] ?? -1; e >= 0; e = this.next[e] ?? -1) {
        const kind = this.kindOf[e] ?? 0;
        if (kind === KIND_LANG_DE || kind === KIND_LANG_EN) continue;
        sink(kind, this.groupOf[e] ?? 0, q - (this.startBack[e] ?? 0), q - (this.endBack[e] ?? 0), false);
      }
    }
  }
}
