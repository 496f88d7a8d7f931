import type { z } from 'zod';
import { BUNDLE_FORMAT, BUNDLE_SECTIONS, BUNDLE_VERSION, MAX_CLOCK_SKEW_MS, type FutureDateParams } from './bundle-schema';

/**
 * Why an import was refused, in both interface languages. The texts live here rather than in the
 * extension's locale files because this layer also runs outside the extension (tests, scripts) where
 * browser.i18n is absent, and an import error must never degrade to a bare message key.
 */
export interface Bilingual {
  de: string;
  en: string;
}

export type BundleErrorCode =
  | 'invalid_json'
  | 'too_large'
  | 'not_a_bundle'
  | 'newer_version'
  | 'unsupported_version'
  | 'missing'
  | 'wrong_type'
  | 'wrong_value'
  | 'too_small'
  | 'too_big'
  | 'unknown_field'
  | 'unknown_section'
  | 'wrong_format'
  | 'duplicate_id'
  | 'history_id_mismatch'
  | 'future_date'
  | 'invalid';

export interface BundleError {
  /** Dotted path such as "sections.notes[2].updatedAt"; "" for the file as a whole. */
  path: string;
  segments: (string | number)[];
  code: BundleErrorCode;
  reason: Bilingual;
  /** Path and reason together, ready to show (the reason alone for the file as a whole). */
  message: Bilingual;
}

export function formatPath(segments: readonly (string | number)[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(s)) out += out ? `.${s}` : s;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out;
}

export function bundleError(segments: readonly PropertyKey[], code: BundleErrorCode, reason: Bilingual): BundleError {
  const segs = segments.map((s) => (typeof s === 'number' ? s : String(s)));
  const path = formatPath(segs);
  return {
    path,
    segments: segs,
    code,
    reason,
    // A reason about the file as a whole is a sentence of its own; a label before it would only stutter.
    message: path ? { de: `${path}: ${reason.de}`, en: `${path}: ${reason.en}` } : reason,
  };
}

const TYPE_NAMES: Record<string, Bilingual> = {
  string: { de: 'Text', en: 'text' },
  number: { de: 'eine Zahl', en: 'a number' },
  int: { de: 'eine ganze Zahl', en: 'a whole number' },
  boolean: { de: 'true oder false', en: 'true or false' },
  object: { de: 'ein Objekt', en: 'an object' },
  array: { de: 'eine Liste', en: 'a list' },
  null: { de: 'null', en: 'null' },
};

function typeName(t: string): Bilingual {
  return TYPE_NAMES[t] ?? { de: t, en: t };
}

function typeOfInput(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number' && !Number.isInteger(v)) return 'number';
  return typeof v;
}

const quote = (v: unknown): string => JSON.stringify(v) ?? String(v);

export const notABundle = (): BundleError =>
  bundleError([], 'not_a_bundle', {
    de: `Das ist keine Moderato-Teamdatei (erwartet: format "${BUNDLE_FORMAT}").`,
    en: `This is not a Moderato team bundle (expected format "${BUNDLE_FORMAT}").`,
  });

export function versionError(found: unknown): BundleError {
  if (typeof found === 'number' && found > BUNDLE_VERSION) {
    return bundleError(['version'], 'newer_version', {
      de: `Die Datei stammt aus einer neueren Moderato-Version (Format-Version ${found}); diese liest Version ${BUNDLE_VERSION}. Bitte Moderato aktualisieren.`,
      en: `The file comes from a newer Moderato (format version ${found}); this one reads version ${BUNDLE_VERSION}. Please update Moderato.`,
    });
  }
  return bundleError(['version'], 'unsupported_version', {
    de: `Format-Version ${quote(found)} wird nicht unterstützt; erwartet ${BUNDLE_VERSION}.`,
    en: `Format version ${quote(found)} is not supported; expected ${BUNDLE_VERSION}.`,
  });
}

type Issue = z.core.$ZodIssue;

/** A readable time, the same in both languages and in no one's time zone: a file travels between offices. */
const utcTime = (ms: number): string => `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;

function futureDateReason(p: FutureDateParams): Bilingual {
  const at = utcTime(p.at);
  if (p.after === 'export') {
    return {
      de: `ist auf ${at} datiert, mehr als einen Tag nach dem Export der Datei; ein so spätes Datum ist falsch und würde beim Zusammenführen immer gewinnen`,
      en: `is dated ${at}, more than a day after the file was exported; so late a date is wrong and would win every merge`,
    };
  }
  const minutes = Math.round(MAX_CLOCK_SKEW_MS / 60_000);
  return {
    de: `liegt in der Zukunft (${at}), mehr als ${minutes} Minuten nach der Uhrzeit dieses Computers. Bitte prüfen Sie die Uhr des Computers, auf dem die Datei exportiert wurde.`,
    en: `lies in the future (${at}), more than ${minutes} minutes after this computer's clock. Please check the clock of the computer the file was exported on.`,
  };
}

function sizeReason(issue: Issue & { code: 'too_small' | 'too_big' }): Bilingual {
  const small = issue.code === 'too_small';
  const limit = Number(small ? issue.minimum : issue.maximum);
  const inclusive = issue.inclusive !== false;
  if (issue.origin === 'string') {
    if (small && limit <= 1) return { de: 'darf nicht leer sein', en: 'must not be empty' };
    return small
      ? { de: `braucht mindestens ${limit} Zeichen`, en: `needs at least ${limit} characters` }
      : { de: `darf höchstens ${limit} Zeichen haben`, en: `may have at most ${limit} characters` };
  }
  if (issue.origin === 'array' || issue.origin === 'set') {
    return small
      ? { de: `braucht mindestens ${limit} Einträge`, en: `needs at least ${limit} entries` }
      : { de: `darf höchstens ${limit} Einträge haben`, en: `may have at most ${limit} entries` };
  }
  if (small) {
    return inclusive
      ? { de: `muss mindestens ${limit} sein`, en: `must be at least ${limit}` }
      : { de: `muss größer als ${limit} sein`, en: `must be greater than ${limit}` };
  }
  return inclusive
    ? { de: `darf höchstens ${limit} sein`, en: `must be at most ${limit}` }
    : { de: `muss kleiner als ${limit} sein`, en: `must be less than ${limit}` };
}

const isBilingual = (v: unknown): v is Bilingual =>
  typeof v === 'object' && v !== null && typeof (v as Bilingual).de === 'string' && typeof (v as Bilingual).en === 'string';
// Only issues zod itself words are unwrapped: a forwarded custom issue would otherwise come back here.
const isForwarded = (v: unknown): v is Issue =>
  typeof v === 'object' && v !== null && typeof (v as Issue).code === 'string' && (v as Issue).code !== 'custom';

/** zod's own text is English and technical: only the English reason carries it. */
const invalid = (path: readonly PropertyKey[], message: string): BundleError =>
  bundleError(path, 'invalid', { de: 'ist ungültig', en: `is invalid (${message})` });

/** One zod issue (parsed with reportInput) as a bilingual error. `base` prefixes the path. */
export function fromZodIssue(issue: Issue, base: readonly PropertyKey[] = []): BundleError {
  const path = [...base, ...issue.path];
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return bundleError(path, 'missing', { de: 'fehlt', en: 'is missing' });
      const want = typeName(issue.expected);
      const got = typeName(typeOfInput(issue.input));
      return bundleError(path, 'wrong_type', {
        de: `erwartet ${want.de}, gefunden ${got.de}`,
        en: `expected ${want.en}, found ${got.en}`,
      });
    }
    case 'invalid_value': {
      const vals = issue.values.map(quote);
      return bundleError(path, 'wrong_value', {
        de: `muss ${vals.join(' oder ')} sein, ist ${quote(issue.input)}`,
        en: `must be ${vals.join(' or ')}, is ${quote(issue.input)}`,
      });
    }
    case 'too_small':
    case 'too_big':
      return bundleError(path, issue.code, sizeReason(issue));
    case 'unrecognized_keys': {
      const keys = issue.keys.map(quote).join(', ');
      if (path.length === 1 && path[0] === 'sections') {
        const known = BUNDLE_SECTIONS.join(', ');
        return bundleError(path, 'unknown_section', {
          de: `unbekannte Abschnitte ${keys}; diese Version kennt ${known}. Nichts wurde importiert, damit keine Einträge verloren gehen.`,
          en: `unknown sections ${keys}; this version knows ${known}. Nothing was imported so that no records get lost.`,
        });
      }
      return bundleError(path, 'unknown_field', { de: `unbekannte Felder ${keys}`, en: `unknown fields ${keys}` });
    }
    case 'invalid_format':
      return bundleError(path, 'wrong_format', { de: 'hat das falsche Format', en: 'has the wrong format' });
    case 'custom': {
      const p = (issue.params ?? {}) as Record<string, unknown>;
      if (p.kind === 'duplicate_id') {
        const first = formatPath([...path.slice(0, -2).map((s) => (typeof s === 'number' ? s : String(s))), Number(p.firstIndex)]);
        return bundleError(path, 'duplicate_id', {
          de: `die id ${quote(p.id)} kommt doppelt vor (zuerst bei ${first})`,
          en: `id ${quote(p.id)} appears twice (first at ${first})`,
        });
      }
      if (p.kind === 'future_date') return bundleError(path, 'future_date', futureDateReason(p as unknown as FutureDateParams));
      if (p.kind === 'history_id') {
        return bundleError(path, 'history_id_mismatch', {
          de: `Verlaufseintrag mit id ${quote(p.id)} gehört nicht zum Eintrag ${quote(p.recordId)}`,
          en: `history entry with id ${quote(p.id)} does not belong to record ${quote(p.recordId)}`,
        });
      }
      if (isBilingual(p.bilingual)) return bundleError(path, 'invalid', p.bilingual);
      // A feature schema's own issue, passed on by the record checks: worded like any other issue.
      if (isForwarded(p.issue)) return fromZodIssue({ ...p.issue, path: [] } as Issue, path);
      return invalid(path, issue.message);
    }
    default:
      return invalid(path, issue.message);
  }
}
