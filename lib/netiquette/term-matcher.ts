import { BOUNDARY, buildSkeleton, keepsDouble, Skeleton } from './normalize';
import { expandPattern } from './term-syntax';
import {
  AhoCorasick,
  CompiledTrie,
  KIND_ALLOW,
  KIND_ALLOW_ANY,
  KIND_DENY,
  KIND_LANG_DE,
  KIND_LANG_EN,
  KIND_MASK,
  KIND_SLOT,
  NEEDS_END,
  NEEDS_START,
  type TrieEntry,
} from './trie';
import { GERMAN_TERMS, UMLAUT_REQUIRED } from './terms/de';
import { ENGLISH_TERMS } from './terms/en';
import { CLASSIFIER_MASKS } from './terms/idioms';
import { NAMES_AND_PLACES } from './terms/names';
import { ENGLISH_MARKERS, GERMAN_MARKERS } from './terms/language';
import { obscenityGroups } from './terms/obscenity';
import { SERVICE_TERMS } from './terms/service';
import { SPAM_TERMS } from './terms/spam';
import type { TermGroup, TermRule } from './terms/types';

export type Language = 'de' | 'en' | 'unknown';

export interface TermMatch {
  rule: TermRule;
  /** Offsets into the original text, end exclusive. */
  start: number;
  end: number;
  confidence: number;
  /** The matched words as the matcher saw them (lower-case, de-obfuscated), e.g. "vollidiot". */
  term: string;
  obfuscated: boolean;
  source: string;
}

export interface CompanyTerms {
  blocked?: readonly string[];
  allowed?: readonly string[];
  dismissed?: readonly string[];
}

const LANG_ANY = 0;
const LANG_DE = 1;
const LANG_EN = 2;

interface GroupInfo {
  rule: TermRule;
  confidence: number;
  lang: number;
  /** The language of the list's words, which its allow words speak for (LANG_ANY: every list). */
  family: number;
  source: string;
}

/** The German lists, or the English and obscenity's; names, places, spam and service words are neither. */
function familyOf(g: TermGroup): number {
  if (g.lang) return g.lang === 'de' ? LANG_DE : LANG_EN;
  if (g.source === 'de') return LANG_DE;
  if (g.source === 'en' || g.source?.startsWith('obscenity:')) return LANG_EN;
  return LANG_ANY;
}

/** How else a pattern may be written: as given, with umlauts typed as plain vowels, and stretched. */
const SPELL_EXACT = 0;
const SPELL_UMLAUTS = 1;
const SPELL_STRETCHED = 2;

const PLAIN_VOWEL: Record<string, string> = { ä: 'a', ö: 'o', ü: 'u', Ä: 'a', Ö: 'o', Ü: 'u' };
const UMLAUT_WORDS = new Set(UMLAUT_REQUIRED);

/**
 * The text, and where it has umlauts also as typed on a keyboard without them ("Blödmann" as
 * "Blodmann"): the normaliser spells "ö" as "oe", so the dropped umlaut needs its own entry. Words
 * that are another word without their umlaut keep it (see UMLAUT_REQUIRED).
 */
function umlautSpellings(text: string): string[] {
  if (!/[äöüÄÖÜ]/.test(text)) return [text];
  const plain = text
    .split(' ')
    .map((w) => (UMLAUT_WORDS.has(w.toLowerCase()) ? w : w.replace(/[äöüÄÖÜ]/g, (c) => PLAIN_VOWEL[c] ?? c)))
    .join(' ');
  return plain === text ? [text] : [text, plain];
}

/** Shorter words stay exact: a doubled letter turns them into other words too easily. */
const MIN_STRETCH = 4;

/**
 * A one-word term with one of its single b/e/o/l/s/g doubled ("idioot", "spasst"). The normaliser
 * keeps two of these letters, because they tell words apart ("ass", "voll"), so a stretched
 * "Idiooooot" reaches the matcher as "idioot"; one variant per letter covers it without the
 * combinations, which would multiply the automaton.
 */
function stretchedSpellings(codes: Uint8Array): Uint8Array[] {
  if (codes.length < MIN_STRETCH || codes.includes(BOUNDARY)) return [];
  const out: Uint8Array[] = [];
  for (let k = 0; k < codes.length; k++) {
    const c = codes[k] ?? 0;
    if (!keepsDouble(c) || codes[k - 1] === c || codes[k + 1] === c) continue;
    const v = new Uint8Array(codes.length + 1);
    v.set(codes.subarray(0, k + 1));
    v[k + 1] = c;
    v.set(codes.subarray(k + 1), k + 2);
    out.push(v);
  }
  return out;
}

const scratch = new Skeleton();

function skeletonCodes(text: string): Uint8Array {
  buildSkeleton(text, scratch);
  // Drop the framing boundaries; a term never starts or ends with one.
  let a = 1;
  let b = scratch.length - 2;
  while (a <= b && scratch.codes[a] === 0) a++;
  while (b >= a && scratch.codes[b] === 0) b--;
  return scratch.codes.slice(a, b + 1);
}

function addPattern(
  entries: TrieEntry[],
  pattern: string,
  kind: number,
  group: number,
  seen: Set<string>,
  spelling = SPELL_EXACT,
): void {
  const add = (codes: Uint8Array, flags: number): void => {
    const key = `${kind}:${group}:${flags}:${codes.join(',')}`;
    if (seen.has(key)) return;
    seen.add(key);
    entries.push({ codes, flags, kind, group });
  };
  for (const t of expandPattern(pattern)) {
    const flags = (t.startBoundary ? NEEDS_START : 0) | (t.endBoundary ? NEEDS_END : 0);
    for (const text of spelling === SPELL_EXACT ? [t.text] : umlautSpellings(t.text)) {
      const codes = skeletonCodes(text);
      if (codes.length === 0) continue;
      add(codes, flags);
      if (spelling === SPELL_STRETCHED) for (const v of stretchedSpellings(codes)) add(v, flags);
    }
  }
}

/** A company term: whole word unless written with a `*` at the end(s) for compounds. */
function companyPattern(term: string): string {
  const t = term.trim().toLowerCase();
  const open = t.startsWith('*');
  const close = t.endsWith('*') && t.length > 1;
  const core = t.replace(/^\*+|\*+$/g, '').replace(/[()[\]|]/g, ' ');
  return `${open ? '' : '|'}${core}${close ? '' : '|'}`;
}

/**
 * A dismissed term reaches to the end of its word: German inflects by appending ("idiotensicher",
 * "idiotensichere", "idiotensicherer"), and a moderator who accepted the word once should not
 * meet its next ending. Matches reaching further than the dismissed letters stay flagged.
 */
function dismissedPattern(term: string): string {
  const p = companyPattern(term);
  return p.endsWith('|') ? p.slice(0, -1) : p;
}

interface Phrase {
  group: number;
  optional: boolean[];
}

interface BaseCompilation {
  entries: TrieEntry[];
  groups: GroupInfo[];
  phrases: Phrase[];
  /** Slot id → phrase index and slot position. */
  slotPhrase: number[];
  slotIndex: number[];
}

function addPhrase(b: BaseCompilation, slots: readonly string[], group: number, seen: Set<string>): void {
  const phraseId = b.phrases.length;
  const optional: boolean[] = [];
  slots.forEach((slot, i) => {
    const slotId = b.slotPhrase.length;
    b.slotPhrase.push(phraseId);
    b.slotIndex.push(i);
    let opt = false;
    for (const t of expandPattern(slot)) {
      if (t.text === '') {
        opt = true;
        continue;
      }
      for (const text of umlautSpellings(t.text)) {
        const codes = skeletonCodes(text);
        const key = `s:${slotId}:${codes.join(',')}`;
        if (codes.length === 0 || seen.has(key)) continue;
        seen.add(key);
        b.entries.push({ codes, flags: NEEDS_START | NEEDS_END, kind: KIND_SLOT, group: slotId });
      }
    }
    optional.push(opt);
  });
  if (optional[0] || optional[optional.length - 1]) throw new Error(`Phrase "${slots.join(' ')}" must start and end with a required slot`);
  b.phrases.push({ group, optional });
}

let base: BaseCompilation | undefined;

/** The built-in lists compiled once per page; only company terms differ between detectors. */
function compileBase(): BaseCompilation {
  if (base) return base;
  const b: BaseCompilation = { entries: [], groups: [], phrases: [], slotPhrase: [], slotIndex: [] };
  const { entries, groups } = b;
  const seen = new Set<string>();
  const all: TermGroup[] = [
    ...obscenityGroups(),
    ...GERMAN_TERMS,
    ...ENGLISH_TERMS,
    ...SPAM_TERMS,
    ...SERVICE_TERMS,
    ...NAMES_AND_PLACES,
    ...CLASSIFIER_MASKS,
  ];
  for (const g of all) {
    const id = groups.length;
    groups.push({
      rule: g.rule,
      confidence: g.confidence,
      lang: g.lang === 'de' ? LANG_DE : g.lang === 'en' ? LANG_EN : LANG_ANY,
      family: familyOf(g),
      source: g.source ?? 'list',
    });
    // obscenity's patterns spell their own doubled forms ("bllowjob", "basstard", "sslut"); stretching
    // its wildcard expansions as well added a thousand automaton states for nothing.
    const spelling = g.source?.startsWith('obscenity:') ? SPELL_UMLAUTS : SPELL_STRETCHED;
    for (const p of g.terms) {
      if (typeof p === 'string') addPattern(entries, p, KIND_DENY, id, seen, spelling);
      else addPhrase(b, p, id, seen);
    }
    for (const a of g.allow ?? []) addPattern(entries, a, KIND_ALLOW, id, seen, SPELL_UMLAUTS);
    for (const m of g.mask ?? []) addPattern(entries, m, KIND_MASK, id, seen);
  }
  for (const w of GERMAN_MARKERS) addPattern(entries, `|${w}|`, KIND_LANG_DE, 0, seen);
  for (const w of ENGLISH_MARKERS) addPattern(entries, `|${w}|`, KIND_LANG_EN, 0, seen);
  base = b;
  return base;
}

/** The lists a plain word-list baseline would use: every single-word term, as written. */
export function plainWordList(): string[] {
  const words = new Set<string>();
  const all: TermGroup[] = [...obscenityGroups(), ...GERMAN_TERMS, ...ENGLISH_TERMS];
  for (const g of all) {
    if (g.rule === 'spam') continue;
    for (const p of g.terms) {
      if (typeof p !== 'string') continue;
      for (const t of expandPattern(p)) if (!t.text.includes(' ')) words.add(t.text.toLowerCase());
    }
  }
  return [...words];
}

/** Characters of plain spelling: letters, spaces, and the apostrophes and hyphens of "you're", "Service-Idioten". */
const PLAIN_CHARS = /^[A-Za-zÄÖÜäöüß\s'’‘\-‐‑]*$/;
/** Single letters standing apart ("A r s c h", "I-d-i-o-t"): three in a row are a disguise, not "a" or "I". */
const SPACED_LETTERS = /(?:^|[^A-Za-zÄÖÜäöüß])[A-Za-zÄÖÜäöüß](?:[\s'’‘\-‐‑]+[A-Za-zÄÖÜäöüß](?![A-Za-zÄÖÜäöüß])){2}/;

/** Whether the words as written hide the term: a mask, look-alikes, leetspeak, inserted marks, spaced letters. */
function disguised(words: string, wild: boolean): boolean {
  return wild || !PLAIN_CHARS.test(words) || SPACED_LETTERS.test(words);
}

/** Rules from mildest: a masked word that reads as several terms ("S**t": shit or slut) gets the mildest reading. */
const MASK_READING: readonly TermRule[] = ['profanity', 'insult', 'hate', 'threat'];

/**
 * The hits of one `match` call as parallel typed arrays and a count. Most comments have a few:
 * clearing them is one store, where setting a plain array's length was a runtime call per array
 * and comment.
 */
class HitBuffer {
  count = 0;
  kind = new Int32Array(64);
  group = new Int32Array(64);
  start = new Int32Array(64);
  end = new Int32Array(64);
  wild = new Uint8Array(64);

  push(kind: number, group: number, start: number, end: number, wild: boolean): void {
    if (this.count === this.kind.length) this.grow();
    const i = this.count++;
    this.kind[i] = kind;
    this.group[i] = group;
    this.start[i] = start;
    this.end[i] = end;
    this.wild[i] = wild ? 1 : 0;
  }

  private grow(): void {
    const size = this.kind.length * 2;
    const kind = new Int32Array(size);
    const group = new Int32Array(size);
    const start = new Int32Array(size);
    const end = new Int32Array(size);
    const wild = new Uint8Array(size);
    kind.set(this.kind);
    group.set(this.group);
    start.set(this.start);
    end.set(this.end);
    wild.set(this.wild);
    this.kind = kind;
    this.group = group;
    this.start = start;
    this.end = end;
    this.wild = wild;
  }
}

export class TermMatcher {
  /** Every entry, boundaries compiled in: one pass per comment. */
  private readonly automaton: AhoCorasick;
  /** Everything in one trie, built on the first comment with a masking "*". */
  private fullTrie: CompiledTrie | undefined;
  private readonly entries: TrieEntry[];
  private readonly groups: GroupInfo[];
  private readonly phrases: Phrase[];
  private readonly slotPhrase: number[];
  private readonly slotIndex: number[];
  /** Phrase slot hits: the slot id in `group`. */
  private readonly slotHits = new HitBuffer();
  /** Phrases whose final slot was seen in the current call: only they can complete. */
  private candidates: number[] = [];
  private readonly candidateStamp: Int32Array;
  private stamp = 0;
  private readonly dismissed: ReadonlySet<string>;
  /** Term hits, reused across calls. */
  private readonly hits = new HitBuffer();
  private de = 0;
  private en = 0;
  /**
   * Skeleton spans (end inclusive) of allowed words seen by the last `match`: built-in whitelist
   * words ("Barsch", "Analphabet"), names and places, company-allowed and dismissed terms, and the
   * idioms of the comment's language ("stupid question"). The classifier leaves words overlapping
   * them out, so what the lists call innocent cannot trip it by its n-grams.
   */
  readonly maskStarts: number[] = [];
  readonly maskEnds: number[] = [];
  private readonly sink: (kind: number, group: number, start: number, end: number, wild: boolean) => void;

  static readonly MAX_HITS = 4096;

  constructor(company: CompanyTerms = {}) {
    const b = compileBase();
    this.groups = [...b.groups];
    this.phrases = b.phrases;
    this.slotPhrase = b.slotPhrase;
    this.slotIndex = b.slotIndex;
    this.candidateStamp = new Int32Array(b.phrases.length);
    const entries = [...b.entries];
    const seen = new Set<string>();
    const blocked = company.blocked ?? [];
    if (blocked.length > 0) {
      const id = this.groups.length;
      this.groups.push({ rule: 'blocked-term', confidence: 1, lang: LANG_ANY, family: LANG_ANY, source: 'company' });
      for (const t of blocked) addPattern(entries, companyPattern(t), KIND_DENY, id, seen, SPELL_STRETCHED);
    }
    for (const t of company.allowed ?? []) addPattern(entries, companyPattern(t), KIND_ALLOW_ANY, -1, seen);
    const dismissed = new Set<string>();
    for (const t of company.dismissed ?? []) {
      addPattern(entries, dismissedPattern(t), KIND_ALLOW_ANY, -1, seen);
      const s = new Skeleton();
      buildSkeleton(t.replace(/\*/g, ' '), s);
      dismissed.add(s.slice(1, s.length - 2).trim());
    }
    this.dismissed = dismissed;
    this.entries = entries;
    this.automaton = new AhoCorasick(entries);
    this.sink = (kind, group, start, end, wild) => {
      if (kind === KIND_LANG_DE) {
        this.de++;
        return;
      }
      if (kind === KIND_LANG_EN) {
        this.en++;
        return;
      }
      if (kind === KIND_SLOT) {
        if (this.slotHits.count >= TermMatcher.MAX_HITS) return;
        this.slotHits.push(kind, group, start, end, wild);
        const phrase = this.slotPhrase[group] ?? 0;
        const slots = this.phrases[phrase]?.optional.length ?? 0;
        if (this.slotIndex[group] === slots - 1 && this.candidateStamp[phrase] !== this.stamp) {
          this.candidateStamp[phrase] = this.stamp;
          this.candidates.push(phrase);
        }
        return;
      }
      if (this.hits.count >= TermMatcher.MAX_HITS) return;
      this.hits.push(kind, group, start, end, wild);
    };
  }

  get trieNodes(): number {
    return this.automaton.stateCount;
  }

  /** The comment's language as far as the term layer can tell, from the last `match` call. */
  language(): Language {
    return this.de > this.en ? 'de' : this.en > this.de ? 'en' : 'unknown';
  }

  /**
   * All term matches in the skeleton of `text`, suppressed by whitelists, language gates and
   * dismissals, with nested matches folded into the longest one ("Hurensohn", not also "Hure").
   */
  match(text: string, sk: Skeleton, hasWild: boolean, out: TermMatch[]): TermMatch[] {
    this.hits.count = 0;
    this.slotHits.count = 0;
    // Setting an array's length is a runtime call even when it is 0 already; most stay empty.
    if (this.candidates.length !== 0) this.candidates.length = 0;
    this.de = 0;
    this.en = 0;
    this.stamp++;
    if (hasWild) {
      this.fullTrie ??= new CompiledTrie(this.entries);
      this.fullTrie.scan(sk.codes, sk.length, true, this.sink);
    } else {
      this.automaton.scan(sk.codes, sk.length, this.sink);
      this.de = this.automaton.de;
      this.en = this.automaton.en;
    }
    for (const phrase of this.candidates) this.chainPhrase(phrase);
    const { kind, group, start, end, wild } = this.hits;
    const n = this.hits.count;
    if (this.maskStarts.length !== 0) {
      this.maskStarts.length = 0;
      this.maskEnds.length = 0;
    }
    this.wordStart = -1;
    this.wordEnd = -1;
    if (n === 0) return out;
    const lang = this.de > this.en ? LANG_DE : this.en > this.de ? LANG_EN : LANG_ANY;
    for (let i = 0; i < n; i++) {
      const k = kind[i];
      if (wild[i] === 1 || (k !== KIND_ALLOW && k !== KIND_ALLOW_ANY && k !== KIND_MASK)) continue;
      if (k === KIND_MASK) {
        const g = this.groups[group[i] ?? 0];
        if (!g || (g.lang !== LANG_ANY && g.lang !== lang)) continue;
      }
      this.maskStarts.push(start[i] ?? 0);
      this.maskEnds.push(end[i] ?? 0);
    }

    const allows: number[] = [];
    for (let i = 0; i < n; i++) if (kind[i] === KIND_ALLOW || kind[i] === KIND_ALLOW_ANY) allows.push(i);
    const keep: number[] = [];
    for (let i = 0; i < n; i++) {
      if (kind[i] !== KIND_DENY) continue;
      const g = this.groups[group[i] ?? 0];
      if (!g || (g.lang !== LANG_ANY && g.lang !== lang)) continue;
      if (allows.length > 0 && this.isAllowed(i, allows)) continue;
      keep.push(i);
    }
    // Longest first among equal starts, so a match inside a longer one is seen after it and folded:
    // "Hurensohn" is reported, not also "Hure".
    keep.sort((a, b) => (start[a] ?? 0) - (start[b] ?? 0) || (end[b] ?? 0) - (end[a] ?? 0));
    let maxEnd = -1;
    let k = 0;
    while (k < keep.length) {
      const first = keep[k] ?? 0;
      const s = start[first] ?? 0;
      const e = end[first] ?? 0;
      let j = k;
      while (j < keep.length && start[keep[j] ?? 0] === s && end[keep[j] ?? 0] === e) j++;
      if (maxEnd < e) {
        // Same span, several groups: one match per rule, the most confident.
        const best = new Map<TermRule, number>();
        let masked = true;
        for (let x = k; x < j; x++) {
          const i = keep[x] ?? 0;
          const g = this.groups[group[i] ?? 0];
          if (!g) continue;
          if (wild[i] !== 1) masked = false;
          const prev = best.get(g.rule);
          const pg = prev === undefined ? undefined : this.groups[group[prev] ?? 0];
          if (!pg || g.confidence > pg.confidence) best.set(g.rule, i);
        }
        if (masked && best.size > 1) {
          // Who masks hides which word they meant; the flag claims no more than the text shows.
          const mildest = MASK_READING.find((r) => best.has(r));
          for (const r of MASK_READING) if (r !== mildest) best.delete(r);
        }
        for (const i of best.values()) this.emit(text, sk, i, out);
        maxEnd = e;
      }
      k = j;
    }
    return out;
  }

  /**
   * Chains slot hits into complete phrases: each slot's word must start right after the previous
   * slot's word (one boundary between), optional slots may be skipped. Adds one deny hit per
   * phrase occurrence.
   */
  private chainPhrase(phrase: number): void {
    const p = this.phrases[phrase];
    if (!p) return;
    const slots = p.optional.length;
    // Frontier of partial matches as parallel arrays of (phrase start, current end).
    let starts: number[] = [];
    let ends: number[] = [];
    for (let s = 0; s < slots; s++) {
      const nextStarts: number[] = [];
      const nextEnds: number[] = [];
      const hits = this.slotHits;
      for (let h = 0; h < hits.count; h++) {
        const slot = hits.group[h] ?? 0;
        if (this.slotPhrase[slot] !== phrase || this.slotIndex[slot] !== s) continue;
        const hs = hits.start[h] ?? 0;
        const he = hits.end[h] ?? 0;
        if (s === 0) {
          nextStarts.push(hs);
          nextEnds.push(he);
          continue;
        }
        for (let f = 0; f < ends.length; f++) {
          if ((ends[f] ?? 0) + 2 === hs) {
            nextStarts.push(starts[f] ?? 0);
            nextEnds.push(he);
          }
        }
      }
      if (p.optional[s]) {
        nextStarts.push(...starts);
        nextEnds.push(...ends);
      }
      starts = nextStarts;
      ends = nextEnds;
      if (ends.length === 0) return;
      if (ends.length > 256) {
        starts.length = 256;
        ends.length = 256;
      }
    }
    for (let f = 0; f < ends.length; f++) {
      if (this.hits.count >= TermMatcher.MAX_HITS) return;
      this.hits.push(KIND_DENY, p.group, starts[f] ?? 0, ends[f] ?? 0, false);
    }
  }

  /** Skeleton bounds of the word the last emitted match lies in, and what was emitted for it. */
  private wordStart = -1;
  private wordEnd = -1;
  private wordOut = -1;

  private emit(text: string, sk: Skeleton, i: number, out: TermMatch[]): void {
    const g = this.groups[this.hits.group[i] ?? 0];
    if (!g) return;
    const s = this.hits.start[i] ?? 0;
    const e = this.hits.end[i] ?? 0;
    const term = sk.slice(s, e);
    if (this.dismissed.has(term)) return;
    // Highlight whole words: "Drecksladen", not just its "Drecks". Matches come in start order,
    // so the word found for the last one is reused (a 100 KB "word" is walked once, not per match).
    if (!(s >= this.wordStart && e <= this.wordEnd)) {
      let ws = s;
      let we = e;
      while (ws > 1 && sk.codes[ws - 1] !== 0) ws--;
      while (we < sk.length - 2 && sk.codes[we + 1] !== 0) we++;
      this.wordStart = ws;
      this.wordEnd = we;
      this.wordOut = out.length;
    } else {
      // Same word again ("Drecksau-Arschloch"): one flag per rule and word, the most confident.
      for (let k = this.wordOut; k < out.length; k++) {
        const prev = out[k];
        if (prev?.rule !== g.rule) continue;
        if (g.confidence > prev.confidence) {
          prev.confidence = g.confidence;
          prev.term = term;
          prev.source = g.source;
        }
        return;
      }
    }
    const start = sk.from[this.wordStart] ?? 0;
    const end = sk.endOf(this.wordEnd);
    out.push({
      rule: g.rule,
      start,
      end,
      confidence: g.confidence,
      term,
      obfuscated: disguised(text.slice(start, Math.min(end, start + 200)), this.hits.wild[i] === 1),
      source: g.source,
    });
  }

  /**
   * A match is innocent when an allowed word contains it, and the word speaks for the match's list.
   * Company-allowed and dismissed words, names and places speak for every list. A whitelist word
   * speaks for the lists of its own language; for the other language's only when it is longer than
   * the match, which shows the match is part of a longer innocent word ("Idiotenhügel" for the
   * English "idiot"). A whitelist word that is exactly the match only says the word is not one of
   * its own language's: obscenity lists "fick" and "assi" so that "fuck" and "ass" leave them alone,
   * and they must not silence the German lists that name them.
   */
  private isAllowed(i: number, allows: readonly number[]): boolean {
    const { kind, group, start, end, wild } = this.hits;
    const s = start[i] ?? 0;
    const e = end[i] ?? 0;
    const family = this.groups[group[i] ?? 0]?.family ?? LANG_ANY;
    for (const j of allows) {
      // A mask can be read as an innocent word too ("f*ck" as "fleck"); who masks means the other.
      if (wild[j] === 1) continue;
      const as = start[j] ?? 0;
      const ae = end[j] ?? 0;
      if (as > s || ae < e) continue;
      if (kind[j] === KIND_ALLOW_ANY) return true;
      const allowFamily = this.groups[group[j] ?? 0]?.family ?? LANG_ANY;
      if (allowFamily === LANG_ANY || family === LANG_ANY || allowFamily === family) return true;
      if (as < s || ae > e) return true;
    }
    return false;
  }
}
