import { describe, expect, it } from 'vitest';
import { MAX_HISTORY_PER_RECORD } from '../../../lib/sync/bundle-schema';
import { mergeRecords } from '../../../lib/sync/merge-records';

interface Note {
  id: string;
  updatedAt: number;
  text: string;
  deletedAt?: number | null;
  author?: string;
}
const note = (id: string, updatedAt: number, text: string, extra: Partial<Note> = {}): Note => ({ id, updatedAt, text, ...extra });

function deepFreeze<T>(v: T): T {
  if (v && typeof v === 'object') {
    Object.values(v).forEach(deepFreeze);
    Object.freeze(v);
  }
  return v;
}

describe('mergeRecords: newer edit wins, the older one is kept', () => {
  it('takes a newer incoming version and keeps the local one in history', () => {
    const { merged, summary, changes } = mergeRecords([note('a', 100, 'old')], [note('a', 200, 'new')]);
    expect(merged).toEqual([{ id: 'a', updatedAt: 200, text: 'new', history: [{ id: 'a', updatedAt: 100, text: 'old' }] }]);
    expect(summary).toEqual({ added: 0, updated: 1, keptLocal: 0, unchanged: 0, conflicts: 0 });
    expect(changes).toEqual([{ id: 'a', outcome: 'updated', winner: 'incoming', effect: 'modify', stored: true }]);
  });

  it('keeps a newer local version and files the older incoming one in history', () => {
    const { merged, summary, changes } = mergeRecords([note('a', 300, 'mine')], [note('a', 200, 'theirs')]);
    expect(merged).toEqual([{ id: 'a', updatedAt: 300, text: 'mine', history: [{ id: 'a', updatedAt: 200, text: 'theirs' }] }]);
    expect(summary.keptLocal).toBe(1);
    expect(changes[0]).toMatchObject({ outcome: 'keptLocal', winner: 'local', effect: 'none', stored: true });
  });

  it('leaves identical records untouched, as the same objects, whatever their key order', () => {
    const local = [note('a', 100, 'same'), note('b', 100, 'x', { deletedAt: null })];
    const incoming = [{ text: 'same', updatedAt: 100, id: 'a' }, { id: 'b', updatedAt: 100, text: 'x' }];
    const { merged, summary, changes } = mergeRecords<Note>(local, incoming);
    expect(merged[0]).toBe(local[0]);
    expect(merged[1]).toBe(local[1]);
    expect(summary).toEqual({ added: 0, updated: 0, keptLocal: 0, unchanged: 2, conflicts: 0 });
    expect(changes.every((c) => !c.stored && c.effect === 'none')).toBe(true);
  });

  it('adds unknown records after the local ones and keeps local-only records', () => {
    const { merged, summary } = mergeRecords([note('a', 1, 'A'), note('b', 1, 'B')], [note('d', 5, 'D'), note('c', 5, 'C')]);
    expect(merged.map((r) => r.id)).toEqual(['a', 'b', 'd', 'c']);
    expect(summary.added).toBe(2);
  });

  it('changes neither input', () => {
    const local = deepFreeze([note('a', 100, 'old', { deletedAt: null })]);
    const incoming = deepFreeze([note('a', 200, 'new'), note('b', 1, 'b')]);
    const before = JSON.stringify([local, incoming]);
    expect(() => mergeRecords(local, incoming)).not.toThrow();
    expect(JSON.stringify([local, incoming])).toBe(before);
  });

  it('is idempotent: importing the same records again stores nothing new', () => {
    const incoming = [note('a', 200, 'new'), note('b', 50, 'old'), note('c', 1, 'c')];
    const first = mergeRecords([note('a', 100, 'old'), note('b', 60, 'mine')], incoming);
    const second = mergeRecords(first.merged, incoming);
    // b is still older than the local version, so it still reads "kept local", but its copy is already in history.
    expect(second.summary).toEqual({ added: 0, updated: 0, keptLocal: 1, unchanged: 2, conflicts: 0 });
    expect(second.changes.every((c) => !c.stored)).toBe(true);
    second.merged.forEach((r, i) => expect(r).toBe(first.merged[i]));
  });
});

describe('mergeRecords: deletions are tombstones and follow newer-wins', () => {
  it('deletes when the tombstone is newer, keeping the live version in history', () => {
    const { merged, changes } = mergeRecords([note('a', 100, 'text')], [note('a', 200, 'text', { deletedAt: 200 })]);
    expect(merged[0]).toEqual({ id: 'a', updatedAt: 200, text: 'text', deletedAt: 200, history: [{ id: 'a', updatedAt: 100, text: 'text' }] });
    expect(changes[0]).toMatchObject({ outcome: 'updated', effect: 'delete' });
  });

  it('keeps a local edit made after an older deletion elsewhere', () => {
    const { merged, changes } = mergeRecords([note('a', 300, 'edited')], [note('a', 200, 'x', { deletedAt: 200 })]);
    expect(merged[0]).toMatchObject({ text: 'edited' });
    expect(merged[0]).not.toHaveProperty('deletedAt');
    expect(merged[0]!.history).toEqual([{ id: 'a', updatedAt: 200, text: 'x', deletedAt: 200 }]);
    expect(changes[0]).toMatchObject({ outcome: 'keptLocal', effect: 'none' });
  });

  it('restores a locally deleted record when a newer live edit comes in', () => {
    const { changes, merged } = mergeRecords([note('a', 100, 'x', { deletedAt: 100 })], [note('a', 150, 'back')]);
    expect(changes[0]).toMatchObject({ outcome: 'updated', effect: 'restore' });
    expect(merged[0]).toMatchObject({ text: 'back' });
  });

  it('times a deletion by deletedAt even when updatedAt was not bumped', () => {
    const { merged } = mergeRecords([note('a', 150, 'edit')], [note('a', 100, 'x', { deletedAt: 200 })]);
    expect(merged[0]).toMatchObject({ deletedAt: 200 });
  });

  it('remembers a deletion of a record never seen here, without showing anything new', () => {
    const { merged, summary, changes } = mergeRecords<Note>([], [note('z', 10, 'gone', { deletedAt: 10 })]);
    expect(merged).toHaveLength(1);
    expect(summary.added).toBe(1);
    expect(changes[0]).toMatchObject({ effect: 'none', stored: true });
  });
});

describe('mergeRecords: conflicts, duplicates and history', () => {
  it('resolves same-time edits the same way on both sides and keeps the other version', () => {
    const mine = note('a', 100, 'Anna wrote this');
    const theirs = note('a', 100, 'Ben wrote this');
    const here = mergeRecords([mine], [theirs]);
    const there = mergeRecords([theirs], [mine]);
    expect(here.summary.conflicts).toBe(1);
    expect(there.summary.conflicts).toBe(1);
    expect(here.merged).toEqual(there.merged);
    expect(here.merged[0]!.history).toHaveLength(1);
    expect([here.merged[0]!.text, here.merged[0]!.history![0]!.text].sort()).toEqual(['Anna wrote this', 'Ben wrote this']);
  });

  it('lets the live version beat a tombstone at the same time', () => {
    // "Zoe" sorts after "Anna", so the content tie-break alone would pick the tombstone.
    const tombstone = note('a', 100, 'x', { deletedAt: 100, author: 'Zoe' });
    const live = note('a', 100, 'kept', { author: 'Anna' });
    const { merged, changes } = mergeRecords([tombstone], [live]);
    expect(mergeRecords([live], [tombstone]).merged[0]).toMatchObject({ text: 'kept' });
    expect(merged[0]).toMatchObject({ text: 'kept' });
    expect(changes[0]).toMatchObject({ outcome: 'conflict', winner: 'incoming', effect: 'restore' });
  });

  it('lets a version that only adds fields win a same-time tie, as an edit rather than a conflict, either way round', () => {
    // A note stamped with its comment's author when the comment was pruned keeps the time it was written.
    const plain = note('a', 100, 'Fall 4711');
    const stamped = { ...note('a', 100, 'Fall 4711'), commentAuthorKey: 'facebook:lena' };
    const here = mergeRecords<Note & { commentAuthorKey?: string }>([stamped], [plain]);
    const there = mergeRecords<Note & { commentAuthorKey?: string }>([plain], [stamped]);
    expect(here.summary).toMatchObject({ keptLocal: 1, conflicts: 0 });
    expect(there.summary).toMatchObject({ updated: 1, conflicts: 0 });
    expect(there.changes[0]).toMatchObject({ winner: 'incoming', effect: 'modify' });
    expect(here.merged).toEqual(there.merged);
    expect(here.merged[0]).toMatchObject({ commentAuthorKey: 'facebook:lena', history: [plain] });
    // A different value is no addition: still a conflict.
    const other = { ...note('a', 100, 'Fall 4711 (Ben)'), commentAuthorKey: 'facebook:lena' };
    expect(mergeRecords<Note & { commentAuthorKey?: string }>([other], [plain]).summary.conflicts).toBe(1);
  });

  it('unites histories without duplicates, newest first, never listing the current version', () => {
    const local = [{ ...note('a', 300, 'v3'), history: [note('a', 100, 'v1')] }];
    const incoming = [{ ...note('a', 200, 'v2'), history: [note('a', 100, 'v1'), note('a', 50, 'v0'), note('a', 300, 'v3')] }];
    const { merged } = mergeRecords(local, incoming);
    expect(merged[0]!.history!.map((h) => h.text)).toEqual(['v2', 'v1', 'v0']);
    expect(merged[0]!.history!.every((h) => !('history' in h))).toBe(true);
  });

  it('adds history brought by an otherwise identical record, still counting it unchanged', () => {
    const { merged, summary, changes } = mergeRecords([note('a', 2, 'v2')], [{ ...note('a', 2, 'v2'), history: [note('a', 1, 'v1')] }]);
    expect(summary.unchanged).toBe(1);
    expect(changes[0]).toMatchObject({ stored: true, effect: 'none' });
    expect(merged[0]!.history).toEqual([note('a', 1, 'v1')]);
  });

  it('folds duplicate ids inside one list instead of dropping one', () => {
    const { merged, summary } = mergeRecords<Note>([], [note('a', 1, 'first'), note('a', 2, 'second')]);
    expect(summary.added).toBe(1);
    expect(merged).toEqual([{ id: 'a', updatedAt: 2, text: 'second', history: [note('a', 1, 'first')] }]);
  });

  it('converges: merging either way yields the same records and histories', () => {
    let seed = 7;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let round = 0; round < 50; round++) {
      const make = (who: string): Note[] =>
        Array.from({ length: 6 }, (_, i) => note(`r${i}`, rand(4), `${who}${rand(3)}`, rand(4) === 0 ? { deletedAt: rand(5) } : {}))
          .filter(() => rand(5) > 0);
      const a = make('a');
      const b = make('b');
      const ab = mergeRecords(a, b).merged;
      const ba = mergeRecords(b, a).merged;
      const byId = (list: typeof ab) => Object.fromEntries(list.map((r) => [r.id, r]));
      expect(byId(ab)).toEqual(byId(ba));
      const s = mergeRecords(a, b).summary;
      const distinct = new Set(b.map((r) => r.id)).size;
      expect(s.added + s.updated + s.keptLocal + s.unchanged + s.conflicts).toBe(distinct);
    }
  });

  it('keeps only the newest versions a bundle may carry, the same ones whichever way two people merge', () => {
    const versions = (from: number, n: number, who: string) => Array.from({ length: n }, (_, i) => note('a', from + i, `${who}${from + i}`));
    // Each side alone is within the limit; together, and with the loser, they are not.
    const mine = { ...note('a', 5000, 'mine'), history: versions(0, MAX_HISTORY_PER_RECORD, 'm').reverse() };
    const theirs = { ...note('a', 4000, 'theirs'), history: versions(2000, 300, 't').reverse() };
    const here = mergeRecords([mine], [theirs]).merged[0]!;
    const there = mergeRecords([theirs], [mine]).merged[0]!;
    expect(here).toEqual(there);
    expect(here.history).toHaveLength(MAX_HISTORY_PER_RECORD);
    expect(here.history![0]!.text).toBe('theirs');
    expect(here.history!.at(-1)!.updatedAt).toBe(301); // 'theirs', their 300, then my newest 199
    // My older file again brings only versions already cut: nothing to store.
    const again = mergeRecords([here], [mine]);
    expect(again.merged[0]).toBe(here);
    expect(again.changes[0]!.stored).toBe(false);
    // A history stored before the limit existed is cut as soon as the record merges again.
    const long = { ...note('a', 9000, 'long'), history: versions(0, MAX_HISTORY_PER_RECORD + 100, 'o').reverse() };
    expect(mergeRecords([long], [note('a', 1, 'o1')]).merged[0]!.history).toHaveLength(MAX_HISTORY_PER_RECORD);
  });
});
