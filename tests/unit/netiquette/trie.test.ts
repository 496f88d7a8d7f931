import { describe, expect, it } from 'vitest';
import { BOUNDARY, WILD } from '../../../lib/netiquette/normalize';
import {
  AhoCorasick,
  CompiledTrie,
  KIND_DENY,
  KIND_LANG_DE,
  KIND_LANG_EN,
  NEEDS_END,
  NEEDS_START,
  type TrieEntry,
} from '../../../lib/netiquette/trie';

/** mulberry32, so a failure reproduces. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every entry occurrence by brute force: the reference the automaton must agree with. */
function naive(entries: readonly TrieEntry[], codes: Uint8Array, length: number): string[] {
  const out: string[] = [];
  entries.forEach((e, idx) => {
    const n = e.codes.length;
    for (let p = 1; p + n - 1 <= length - 2; p++) {
      let ok = true;
      for (let k = 0; k < n && ok; k++) if (codes[p + k] !== e.codes[k]) ok = false;
      if (!ok) continue;
      if ((e.flags & NEEDS_START) !== 0 && codes[p - 1] !== BOUNDARY) continue;
      if ((e.flags & NEEDS_END) !== 0 && codes[p + n] !== BOUNDARY) continue;
      out.push(`${idx}:${p}:${p + n - 1}`);
    }
  });
  return out.sort();
}

function randomCodes(random: () => number, length: number, boundaryRate: number): Uint8Array {
  const codes = new Uint8Array(length);
  for (let i = 1; i < length - 1; i++) codes[i] = random() < boundaryRate ? BOUNDARY : 1 + Math.floor(random() * 3);
  return codes; // codes[0] and codes[length-1] stay BOUNDARY, as in a skeleton
}

describe('term automaton', () => {
  it('reports exactly the occurrences a brute-force scan finds, boundaries included', () => {
    const random = rng(7);
    for (let round = 0; round < 40; round++) {
      const entries: TrieEntry[] = [];
      for (let e = 0; e < 25; e++) {
        const len = 1 + Math.floor(random() * 4);
        const flags = (random() < 0.4 ? NEEDS_START : 0) | (random() < 0.4 ? NEEDS_END : 0);
        entries.push({ codes: randomCodes(random, len + 2, 0).subarray(1, len + 1), flags, kind: KIND_DENY, group: e });
      }
      const ac = new AhoCorasick(entries);
      const codes = randomCodes(random, 80, 0.2);
      const found: string[] = [];
      ac.scan(codes, codes.length, (_kind, group, start, end) => found.push(`${group}:${start}:${end}`));
      expect(found.sort()).toEqual(naive(entries, codes, codes.length));
    }
  });

  it('counts German and English marker words without reporting them', () => {
    const w = (s: string): Uint8Array => Uint8Array.from([...s].map((c) => c.charCodeAt(0) - 96));
    const entries: TrieEntry[] = [
      { codes: w('und'), flags: NEEDS_START | NEEDS_END, kind: KIND_LANG_DE, group: 0 },
      { codes: w('the'), flags: NEEDS_START | NEEDS_END, kind: KIND_LANG_EN, group: 0 },
      { codes: w('idiot'), flags: 0, kind: KIND_DENY, group: 3 },
    ];
    const ac = new AhoCorasick(entries);
    const text = [0, ...w('und'), 0, ...w('the'), 0, ...w('und'), 0, ...w('vollidiot'), 0, ...w('thunder'), 0];
    const codes = Uint8Array.from(text);
    const hits: number[] = [];
    ac.scan(codes, codes.length, (_k, group) => hits.push(group));
    expect(hits).toEqual([3]);
    expect(ac.de).toBe(2);
    expect(ac.en).toBe(1);
  });

  it('lets a masking "*" stand for a few letters between real ones, never at the end', () => {
    const w = (s: string): number[] => [...s].map((c) => (c === '*' ? WILD : c.charCodeAt(0) - 96));
    const trie = new CompiledTrie([
      { codes: Uint8Array.from(w('arschloch')), flags: 0, kind: KIND_DENY, group: 1 },
      { codes: Uint8Array.from(w('fuck')), flags: 0, kind: KIND_DENY, group: 2 },
    ]);
    const run = (s: string): number => {
      const codes = Uint8Array.from([0, ...w(s), 0]);
      let n = 0;
      trie.scan(codes, codes.length, true, () => n++);
      return n;
    };
    expect(run('a*loch')).toBe(1); // the normaliser folds "a****loch" to this
    expect(run('arsch*och')).toBe(1);
    expect(run('a*')).toBe(0);
    expect(run('f*k')).toBe(1); // "F**k": one real letter on each side
    expect(run('f*')).toBe(0);
  });
});
