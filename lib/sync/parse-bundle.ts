import {
  BUNDLE_FORMAT, BUNDLE_VERSION, TeamBundleSchema, makeTeamBundleSchema,
  type SectionRecordSchemas, type TeamBundle,
} from './bundle-schema';
import { bundleError, fromZodIssue, notABundle, versionError, type BundleError } from './bundle-errors';

export type BundleParseResult = { ok: true; bundle: TeamBundle } | { ok: false; errors: BundleError[] };

export interface ParseBundleOptions {
  /** Extra per-section checks from the features that own those records. */
  recordSchemas?: SectionRecordSchemas;
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

  const schema = options.recordSchemas ? makeTeamBundleSchema(options.recordSchemas) : TeamBundleSchema;
  const parsed = schema.safeParse(input, { reportInput: true });
  if (parsed.success) return { ok: true, bundle: parsed.data as TeamBundle };

  const errors = parsed.error.issues.slice(0, MAX_REPORTED_ERRORS).map((i) => fromZodIssue(i));
  const more = parsed.error.issues.length - errors.length;
  if (more > 0) {
    errors.push(
      bundleError([], 'too_many_errors', { de: `und ${more} weitere Fehler`, en: `and ${more} more errors` }),
    );
  }
  return { ok: false, errors };
}

/** Checks the text of a bundle file. */
export function parseTeamBundleText(text: string, options: ParseBundleOptions = {}): BundleParseResult {
  if (text.length > MAX_BUNDLE_CHARS) {
    const mb = Math.round(MAX_BUNDLE_CHARS / 1_000_000);
    return {
      ok: false,
      errors: [bundleError([], 'too_large', {
        de: `Die Datei ist zu groß (mehr als ${mb} Mio. Zeichen).`,
        en: `The file is too large (more than ${mb} million characters).`,
      })],
    };
  }
  let data: unknown;
  try {
    // A byte-order mark from Windows editors is not part of the JSON.
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      errors: [bundleError([], 'invalid_json', {
        de: `Die Datei ist kein gültiges JSON (${detail}).`,
        en: `The file is not valid JSON (${detail}).`,
      })],
    };
  }
  return parseTeamBundle(data, options);
}
