/**
 * The pieces the hand-written validators are built from, each doing what the zod/mini check of the
 * same name does (zod 4's own rules, read from its source; tests/unit/models/light compares them).
 * No zod import in this folder: the content scripts use it, and building zod's classes and schemas
 * in the host page was one of the longest tasks the extension caused there.
 *
 * A validator returns what `safeParse(...).data` would, or null where zod would fail: a new object
 * with the schema's keys in the schema's order, unknown keys left out, defaults filled in.
 */

import { isDateTime } from '../../time/format-date';

/** What z.object accepts: any object but an array (a Date too, which then has none of the keys). */
export const isObject = (v: unknown): v is Record<PropertyKey, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** What z.record accepts: stricter than z.object, it refuses objects of other classes. */
export function isPlainObject(v: unknown): v is Record<PropertyKey, unknown> {
  if (!isObject(v)) return false;
  const ctor = v.constructor;
  if (ctor === undefined || typeof ctor !== 'function') return true;
  const proto: unknown = ctor.prototype;
  return isObject(proto) && Object.prototype.hasOwnProperty.call(proto, 'isPrototypeOf');
}

/** zod measures strings in code points: an emoji is one, not two UTF-16 units; a lone surrogate is one. */
export function codePoints(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    if ((s.charCodeAt(i) & 0xfc00) === 0xd800 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n--;
      i++;
    }
  }
  return n;
}

/** Whether a string's length lies in [min, max] as zod counts it. Counting code points is needed only near a limit. */
export function fits(s: string, min: number, max: number): boolean {
  const n = s.length > max || s.length < min * 2 ? codePoints(s) : s.length;
  return n >= min && n <= max;
}

/** z.string().check(z.minLength(min), z.maxLength(max)), as the models' `str` helper builds it. */
export const str = (v: unknown, max: number, min = 0): v is string => typeof v === 'string' && fits(v, min, max);

/** z.string().check(z.trim(), z.minLength(min), z.maxLength(max)): the trimmed string, or null. */
export function trimmed(v: unknown, min: number, max: number): string | null {
  if (typeof v !== 'string') return null;
  const t = v.trim();
  return fits(t, min, max) ? t : null;
}

/** z.number(): finite, so neither NaN nor the infinities. */
export const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** z.number().check(z.minimum(-MAX_DATE_MS), z.maximum(MAX_DATE_MS)): the stored times. */
export const time = (v: unknown): v is number => num(v) && isDateTime(v);

/** z.int().check(z.minimum(min), z.maximum(max)): z.int() is a safe integer. */
export const whole = (v: unknown, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER): v is number =>
  Number.isSafeInteger(v) && (v as number) >= min && (v as number) <= max;

/** z.enum(values): the same SameValueZero test as zod's Set. */
export const oneOf = <T extends string>(values: readonly T[], v: unknown): v is T => (values as readonly unknown[]).includes(v);

/** z.nullable(inner) for a primitive inner schema. */
export const nullable = <T>(v: unknown, ok: (v: unknown) => v is T): v is T | null => v === null || ok(v);

/**
 * z.array(item).check(z.maxLength(max)): a new array of each item's parsed value, or null. An item
 * parser returns null for a failure, so it must not be used for items that may be null.
 */
export function arrayOf<T>(v: unknown, item: (x: unknown) => T | null, max = Infinity): T[] | null {
  if (!Array.isArray(v) || v.length > max) return null;
  const out = new Array<T>(v.length);
  for (let i = 0; i < v.length; i++) {
    const parsed = item(v[i]);
    if (parsed === null) return null;
    out[i] = parsed;
  }
  return out;
}

/** SiteSchema (lib/models/comment.ts): the sites Moderato knows. */
export const SITES = ['facebook', 'x'] as const;
export const isSite = (v: unknown): v is (typeof SITES)[number] => oneOf(SITES, v);
