import {
  BUNDLE_FORMAT, BUNDLE_VERSION, makeTeamBundleSchema,
  type SectionRecordSchemas, type TeamBundle,
} from './bundle-schema';
import { bundleError, fromZodIssue, notABundle, versionError, type Bilingual, type BundleError } from './bundle-errors';

/**
 * A refusal lists at most MAX_REPORTED_ERRORS errors; `moreErrors` counts the rest. It is a count,
 * not an error: shown as one, it would read as if the file itself were the next error.
 */
export type BundleRefusal = { ok: false; errors: BundleError[]; moreErrors?: number };
export type BundleParseResult = { ok: true; bundle: TeamBundle } | BundleRefusal;

export interface ParseBundleOptions {
  /** Extra per-section checks from the features that own those records. */
  recordSchemas?: SectionRecordSchemas;
  /**
   * This browser's clock (epoch ms; Date.now() when absent): a file dated ahead of it by more than
   * MAX_CLOCK_SKEW_MS is refused.
   */
  now?: number;
}

/** Enough to fix a file by hand; a thousand errors from one bad file would bury the first one. */
export const MAX_REPORTED_ERRORS = 50;
/** A team bundle is text a person exchanges; beyond this it is not one. */
export const MAX_BUNDLE_CHARS = 25_000_000;

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks an already-decoded bundle. The marker and version are checked first and alone: a file that
 * is something else entirely should get one clear sentence, not a list of every missing field.
 */
export function parseTeamBundle(input: unknown, options: ParseBundleOptions = {}): BundleParseResult {
  if (!isPlainObject(input) || input.format !== BUNDLE_FORMAT) return { ok: false, errors: [notABundle()] };
  if (input.version !== BUNDLE_VERSION) return { ok: false, errors: [versionError(input.version)] };

  const schema = makeTeamBundleSchema(options.recordSchemas, options.now ?? Date.now());
  const parsed = schema.safeParse(input, { reportInput: true });
  if (parsed.success) return { ok: true, bundle: parsed.data as TeamBundle };

  const errors = parsed.error.issues.slice(0, MAX_REPORTED_ERRORS).map((i) => fromZodIssue(i));
  const more = parsed.error.issues.length - errors.length;
  return more > 0 ? { ok: false, errors, moreErrors: more } : { ok: false, errors };
}

/**
 * The refusal for a file beyond MAX_BUNDLE_CHARS. A caller that knows the size in bytes can give it
 * before reading: UTF-8 spends at most 4 bytes on a character, so more than 4 bytes per allowed
 * character is too many characters for sure.
 */
export function tooLargeError(): BundleError {
  const mb = Math.round(MAX_BUNDLE_CHARS / 1_000_000);
  return bundleError([], 'too_large', {
    de: `Die Datei ist zu groß (mehr als ${mb} Mio. Zeichen).`,
    en: `The file is too large (more than ${mb} million characters).`,
  });
}

/** Whether a file of `bytes` bytes is refused by its size alone, before it is read. */
export const tooLargeToRead = (bytes: number): boolean => bytes > MAX_BUNDLE_CHARS * 4;

/** Checks the text of a bundle file. */
export function parseTeamBundleText(text: string, options: ParseBundleOptions = {}): BundleParseResult {
  if (text.length > MAX_BUNDLE_CHARS) return { ok: false, errors: [tooLargeError()] };
  let data: unknown;
  // A byte-order mark from Windows editors is not part of the JSON.
  const json = text.replace(/^\uFEFF/, '');
  try {
    data = JSON.parse(json);
  } catch (e) {
    return { ok: false, errors: [bundleError([], 'invalid_json', invalidJsonReason(json, e instanceof Error ? e.message : String(e)))] };
  }
  return parseTeamBundle(data, options);
}

/**
 * Where the JSON breaks, from the browser's error text: that text is English (and differs per
 * browser), so only the place it names is passed on. Chromium names a character position, Firefox a
 * line and column; an unexpected end has neither.
 */
function invalidJsonReason(json: string, detail: string): Bilingual {
  const lineCol = /line (\d+) column (\d+)/i.exec(detail);
  const position = /position (\d+)/i.exec(detail);
  let where: { line: number; column: number } | null = null;
  if (lineCol) where = { line: Number(lineCol[1]), column: Number(lineCol[2]) };
  else if (position) {
    const before = json.slice(0, Number(position[1]));
    const lastBreak = before.lastIndexOf('\n');
    where = { line: before.split('\n').length, column: before.length - lastBreak };
  }
  if (where) {
    return {
      de: `Die Datei ist kein gültiges JSON (Fehler in Zeile ${where.line}, Spalte ${where.column}).`,
      en: `The file is not valid JSON (error at line ${where.line}, column ${where.column}).`,
    };
  }
  if (/end of (JSON )?(input|data)/i.test(detail)) {
    return {
      de: 'Die Datei ist kein gültiges JSON: Sie bricht vorzeitig ab, vielleicht wurde sie nicht vollständig gespeichert.',
      en: 'The file is not valid JSON: it ends too early; perhaps it was not saved completely.',
    };
  }
  return { de: 'Die Datei ist kein gültiges JSON.', en: 'The file is not valid JSON.' };
}
