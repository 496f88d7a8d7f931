import { expect } from 'vitest';

/** A schema as the tests use it: only safeParse. */
export interface Parses {
  safeParse(v: unknown): { success: true; data: unknown } | { success: false };
}

/** Marks a key to be deleted rather than set, in `variant`. */
export const ABSENT = Symbol('absent');

type Path = readonly (string | number)[];

/** A deep copy of `base` with the value at `path` replaced (or deleted for ABSENT). */
export function variant(base: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  const copy = (Array.isArray(base) ? [...base] : { ...(base as object) }) as Record<string | number, unknown>;
  const next = variant(copy[head!], rest, value);
  if (next === ABSENT) delete copy[head!];
  else copy[head!] = next;
  return copy;
}

const show = (v: unknown): string => {
  if (typeof v === 'symbol' || typeof v === 'bigint') return String(v);
  const s = JSON.stringify(v, (_, x: unknown) => {
    if (x === undefined || typeof x === 'bigint' || typeof x === 'symbol' || (typeof x === 'number' && !Number.isFinite(x))) return `(${String(x)})`;
    if (x instanceof Date) return '(Date)';
    return typeof x === 'string' && x.length > 40 ? `${x.slice(0, 20)}…(${x.length})` : x;
  });
  return s === undefined ? String(v) : s.length > 300 ? `${s.slice(0, 300)}…` : s;
};

/**
 * The hand-written validator gives exactly what zod gives: the parsed value, the same keys in the same
 * order, the same undefined-valued keys, or null where zod fails. Returns whether zod accepted.
 */
export function expectAgree(schema: Parses, light: (v: unknown) => unknown, input: unknown, label = show(input)): boolean {
  const z = schema.safeParse(input);
  const mine = light(input);
  expect(mine, label).toStrictEqual(z.success ? z.data : null);
  if (z.success) expect(JSON.stringify(mine), label).toBe(JSON.stringify(z.data));
  return z.success;
}

/**
 * Each path of `variants` set to each of its values in `base`, one at a time; the counts let a test
 * insist that both outcomes were exercised, so a validator that accepted everything could not pass.
 */
export function sweep(schema: Parses, light: (v: unknown) => unknown, base: unknown, variants: readonly (readonly [Path, readonly unknown[]])[]): { accepted: number; refused: number } {
  const counts = { accepted: 0, refused: 0 };
  expect(expectAgree(schema, light, base, 'the base sample'), 'the base sample must be valid').toBe(true);
  for (const [path, values] of variants) {
    for (const value of values) {
      const input = variant(base, path, value);
      if (expectAgree(schema, light, input, `${path.join('.')} = ${show(value)}`)) counts.accepted++;
      else counts.refused++;
    }
  }
  return counts;
}

/** Strings just inside and just outside [min, max] as zod counts them (code points), ASCII and astral. */
export function lengths(min: number, max: number): string[] {
  const out = ['x'.repeat(max), 'x'.repeat(max + 1), '😀'.repeat(max), '😀'.repeat(max + 1), `${'x'.repeat(max - 1)}😀`, `${'x'.repeat(max)}\ud800`];
  if (min > 0) out.push('x'.repeat(min), 'x'.repeat(min - 1), '😀'.repeat(min), '😀'.repeat(min - 1), '\ud83d'.repeat(min));
  return out;
}

/** What may stand in for any field and must never pass for one that wants a string, number, object or list. */
export const WRONG: readonly unknown[] = [null, undefined, ABSENT, 0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, '', '0', true, false, 1n, Symbol('s'), [], [null], {}, new Date(0), Object.create(null), () => 1];

/** Strings a hostile page or a broken store could carry. */
export const HOSTILE_STRINGS = ['<img src=x onerror=alert(1)>', '__proto__', 'constructor', '\u0000', '\ud800', '\udc00\ud800', ' \u00a0\ufeff\t\n', '‮gnp.exe', '${1}', 'ä😀e\u0301'];

/** For a string field of [min, max] code points, untrimmed. */
export const strings = (min: number, max: number): unknown[] => [...lengths(min, max), ...HOSTILE_STRINGS, ...WRONG];

/** For a string field the schema trims before measuring. */
export const trimmedStrings = (min: number, max: number): unknown[] => [
  ...strings(min, max),
  ` ${'x'.repeat(max)} `,
  `\t${'x'.repeat(max + 1)}\n`,
  ' '.repeat(max + 5),
  ' a ',
  '\u3000a\u2028',
  '\u00a0\ufeff',
  ` ${'😀'.repeat(max)}`,
];

export const T = Date.UTC(2026, 2, 10, 10);

/** For a z.number() field. */
export const numbers: readonly unknown[] = [T, -0, -5, 0.5, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, Number.MAX_SAFE_INTEGER + 2, '12', new Number(3), ...WRONG];

/** For a z.int() field within [min, max]. */
export const ints = (min: number, max = Number.MAX_SAFE_INTEGER): unknown[] => [
  min, min - 1, min + 0.5, max, max + 1, max - 0.5, -0,
  Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 1, Number.MIN_SAFE_INTEGER, Number.MIN_SAFE_INTEGER - 1, 2 ** 60, 1e-7, '5',
  ...WRONG,
];
