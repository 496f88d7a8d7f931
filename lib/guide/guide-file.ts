import { z } from '../models/zod-classic';
import { fromZodIssue } from '../sync/bundle-errors';
import { TopicListSchema, type Bilingual, type Guide } from './model';
import { locateJsonError } from './json-syntax';

/**
 * The response guide as a file a team passes around: a versioned envelope with a format marker, so
 * a foreign file is recognised as such instead of failing field by field. Parsing is all or nothing:
 * any error and only the errors come back, each naming where (a path such as
 * `topics[3].templates[1].body`, plus the topic and template ids where the file has them) and why,
 * in German and English.
 */

export const GUIDE_FILE_FORMAT = 'moderato-response-guide';
export const GUIDE_FILE_VERSION = 1;
/** Far above a real guide (the limits allow about 10 MB of text); beyond it the file is not one. */
export const MAX_GUIDE_FILE_CHARS = 20_000_000;
/** Enough to fix a file by hand; a thousand errors would bury the first one. */
export const MAX_REPORTED_ERRORS = 50;

export const GuideFileSchema = z.strictObject({
  format: z.literal(GUIDE_FILE_FORMAT),
  version: z.literal(GUIDE_FILE_VERSION),
  /** ISO time of the export; informative only. */
  exportedAt: z.string().max(64).optional(),
  topics: TopicListSchema,
});

export type GuideFileErrorCode =
  | 'too_large'
  | 'empty'
  | 'invalid_json'
  | 'not_a_guide'
  | 'newer_version'
  | 'unsupported_version'
  | 'missing'
  | 'wrong_type'
  | 'wrong_value'
  | 'too_small'
  | 'too_big'
  | 'unknown_field'
  | 'wrong_format'
  | 'duplicate_id'
  | 'invalid'
  | 'too_many_errors';

export interface GuideFileError {
  /** Dotted path such as "topics[3].templates[1].body"; "" for the file as a whole. */
  path: string;
  code: GuideFileErrorCode;
  /** Where and why, ready to show. */
  message_de: string;
  message_en: string;
  /** For invalid JSON: where the first error is, 1-based. */
  line?: number;
  column?: number;
}

export type ParseGuideResult = { ok: true; guide: Guide } | { ok: false; errors: GuideFileError[] };

/** The guide as file text: stable field order, indented so a diff between two exports is readable. */
export function exportGuide(guide: Guide, exportedAt: Date = new Date()): string {
  const file = {
    format: GUIDE_FILE_FORMAT,
    version: GUIDE_FILE_VERSION,
    exportedAt: exportedAt.toISOString(),
    topics: guide.topics.map((t) => ({
      id: t.id,
      position: t.position,
      title: t.title,
      description: t.description,
      keywords: t.keywords,
      examples: t.examples,
      updatedAt: t.updatedAt,
      templates: t.templates.map((tpl) => ({
        id: tpl.id,
        lang: tpl.lang,
        title: tpl.title,
        body: tpl.body,
        position: tpl.position,
        useCount: tpl.useCount,
        updatedAt: tpl.updatedAt,
      })),
    })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

const fileError = (code: GuideFileErrorCode, reason: Bilingual, extra: Partial<GuideFileError> = {}): GuideFileError => ({
  path: '',
  code,
  message_de: `Datei: ${reason.de}`,
  message_en: `File: ${reason.en}`,
  ...extra,
});

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A few words on what the file is instead, when that can be told. */
function foreignFile(data: unknown): GuideFileError {
  const expected = { de: `erwartet „format": "${GUIDE_FILE_FORMAT}"`, en: `expected "format": "${GUIDE_FILE_FORMAT}"` };
  if (isPlainObject(data) && data.format === 'moderato-team-bundle') {
    return fileError('not_a_guide', {
      de: `Das ist eine Moderato-Teamdatei, kein Antwort-Leitfaden (${expected.de}). Teamdateien werden unter „Team“ importiert.`,
      en: `This is a Moderato team bundle, not a response guide (${expected.en}). Team bundles are imported under "Team".`,
    });
  }
  if (isPlainObject(data) && typeof data.format === 'string') {
    const found = JSON.stringify(data.format.slice(0, 80));
    return fileError('not_a_guide', {
      de: `Das ist kein Moderato-Antwort-Leitfaden: format ist ${found}, ${expected.de}.`,
      en: `This is not a Moderato response guide: format is ${found}, ${expected.en}.`,
    });
  }
  const what: Bilingual = Array.isArray(data)
    ? { de: 'eine Liste', en: 'a list' }
    : isPlainObject(data)
      ? { de: 'ein Objekt ohne Feld „format“', en: 'an object without a "format" field' }
      : { de: `ein einzelner Wert (${typeof data === 'string' ? 'Text' : String(data)})`, en: `a single value (${typeof data === 'string' ? 'text' : String(data)})` };
  return fileError('not_a_guide', {
    de: `Das ist kein Moderato-Antwort-Leitfaden: Die Datei enthält ${what.de}, ${expected.de}.`,
    en: `This is not a Moderato response guide: the file holds ${what.en}, ${expected.en}.`,
  });
}

function versionError(found: unknown): GuideFileError {
  if (typeof found === 'number' && found > GUIDE_FILE_VERSION) {
    return fileError('newer_version', {
      de: `Die Datei stammt aus einer neueren Moderato-Version (Format-Version ${found}); diese liest Version ${GUIDE_FILE_VERSION}. Bitte Moderato aktualisieren.`,
      en: `The file comes from a newer Moderato (format version ${found}); this one reads version ${GUIDE_FILE_VERSION}. Please update Moderato.`,
    }, { path: 'version' });
  }
  const shown = found === undefined ? { de: 'fehlt', en: 'is missing' } : { de: `ist ${JSON.stringify(found)}`, en: `is ${JSON.stringify(found)}` };
  return fileError('unsupported_version', {
    de: `Format-Version ${shown.de}; erwartet ${GUIDE_FILE_VERSION}.`,
    en: `Format version ${shown.en}; expected ${GUIDE_FILE_VERSION}.`,
  }, { path: 'version' });
}

/** "topic "delivery-status", template "delivery-status.de.delay"": the ids a person searches the file for. */
function context(data: Record<string, unknown>, segments: readonly PropertyKey[]): Bilingual | null {
  if (segments[0] !== 'topics' || typeof segments[1] !== 'number') return null;
  const topics = data.topics;
  const topic = Array.isArray(topics) ? (topics[segments[1]] as unknown) : undefined;
  const topicId = isPlainObject(topic) && typeof topic.id === 'string' ? topic.id.slice(0, 80) : null;
  let templateId: string | null = null;
  if (segments[2] === 'templates' && typeof segments[3] === 'number' && isPlainObject(topic) && Array.isArray(topic.templates)) {
    const tpl = topic.templates[segments[3]] as unknown;
    templateId = isPlainObject(tpl) && typeof tpl.id === 'string' ? tpl.id.slice(0, 80) : null;
  }
  const de = [topicId && `Thema „${topicId}“`, templateId && `Vorlage „${templateId}“`].filter(Boolean).join(', ');
  const en = [topicId && `topic "${topicId}"`, templateId && `template "${templateId}"`].filter(Boolean).join(', ');
  return de ? { de, en } : null;
}

const SCHEMA_CODES: Partial<Record<string, GuideFileErrorCode>> = {
  missing: 'missing',
  wrong_type: 'wrong_type',
  wrong_value: 'wrong_value',
  too_small: 'too_small',
  too_big: 'too_big',
  unknown_field: 'unknown_field',
  wrong_format: 'wrong_format',
};

function issueError(issue: z.core.$ZodIssue, data: Record<string, unknown>): GuideFileError {
  // An absent field is "missing", whatever type or value zod expected there.
  const absent = issue.code !== 'custom' && 'input' in issue && issue.input === undefined;
  const base = absent ? { ...fromZodIssue(issue), code: 'missing', reason: { de: 'fehlt', en: 'is missing' } } : fromZodIssue(issue);
  const params = (issue.code === 'custom' ? issue.params : undefined) as { bilingual?: Bilingual; kind?: string } | undefined;
  const reason = params?.bilingual ?? base.reason;
  const code: GuideFileErrorCode =
    params?.kind === 'duplicate_id' ? 'duplicate_id' : params?.bilingual ? 'invalid' : SCHEMA_CODES[base.code] ?? 'invalid';
  const where = context(data, issue.path);
  const path = base.path;
  return {
    path,
    code,
    message_de: `${path}${where ? ` (${where.de})` : ''}: ${reason.de}`,
    message_en: `${path}${where ? ` (${where.en})` : ''}: ${reason.en}`,
  };
}

function comparePaths(a: readonly PropertyKey[], b: readonly PropertyKey[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return 0; // different fields of one object: keep zod's order
  }
  return a.length - b.length;
}

/** Checks already-decoded file content. */
export function parseGuideData(data: unknown): ParseGuideResult {
  // Marker and version first and alone: a file that is something else gets one clear sentence,
  // not a list of every field it lacks.
  if (!isPlainObject(data) || data.format !== GUIDE_FILE_FORMAT) return { ok: false, errors: [foreignFile(data)] };
  if (data.version !== GUIDE_FILE_VERSION) return { ok: false, errors: [versionError(data.version)] };

  const parsed = GuideFileSchema.safeParse(data, { reportInput: true });
  if (parsed.success) return { ok: true, guide: { topics: parsed.data.topics } };

  // In file order, so the list reads from top to bottom like the file.
  const issues = [...parsed.error.issues].sort((a, b) => comparePaths(a.path, b.path));
  const errors = issues.slice(0, MAX_REPORTED_ERRORS).map((i) => issueError(i, data));
  const more = issues.length - errors.length;
  if (more > 0) {
    errors.push(fileError('too_many_errors', { de: `und ${more} weitere Fehler`, en: `and ${more} more errors` }));
  }
  return { ok: false, errors };
}

/** Checks the text of a guide file. Never throws. */
export function parseGuideFile(text: string): ParseGuideResult {
  if (text.length > MAX_GUIDE_FILE_CHARS) {
    const mb = Math.round(MAX_GUIDE_FILE_CHARS / 1_000_000);
    return {
      ok: false,
      errors: [fileError('too_large', {
        de: `Die Datei ist zu groß (mehr als ${mb} Mio. Zeichen); ein Leitfaden ist viel kleiner.`,
        en: `The file is too large (more than ${mb} million characters); a guide is far smaller.`,
      })],
    };
  }
  // A byte-order mark from Windows editors is not part of the JSON.
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') {
    return { ok: false, errors: [fileError('empty', { de: 'Die Datei ist leer.', en: 'The file is empty.' })] };
  }
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    const at = locateJsonError(body);
    const reason: Bilingual = at
      ? {
          de: `kein gültiges JSON – Zeile ${at.line}, Spalte ${at.column}: ${at.reason.de}`,
          en: `not valid JSON – line ${at.line}, column ${at.column}: ${at.reason.en}`,
        }
      : { de: 'kein gültiges JSON', en: 'not valid JSON' };
    return {
      ok: false,
      errors: [fileError('invalid_json', reason, at ? { line: at.line, column: at.column } : {})],
    };
  }
  return parseGuideData(data);
}
