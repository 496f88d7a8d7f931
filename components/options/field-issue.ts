import { t, type MessageKey } from '../../lib/i18n';
import { PAGE_ID_PATTERN } from '../../lib/models/settings';
import { CLOCK_TIME } from '../../lib/schedule/clock';
import type { ScheduleIssueReason } from '../../lib/schedule/schedule-model';
import type { NetiquetteIssueReason } from '../../lib/netiquette/model-schemas';

/** What the form reads of a zod issue. Its `message` is zod's developer text and is never shown. */
export interface FieldIssue {
  code?: string;
  path: readonly PropertyKey[];
  origin?: string;
  expected?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  pattern?: string;
  /** A custom check's own reason (`params.reason`), where its schema gives one. */
  params?: unknown;
}

/**
 * The words for each reason the schemas' own checks give: the schedule's (lib/schedule/schedule-model.ts)
 * and the netiquette settings' (lib/netiquette/model-schemas.ts).
 */
const REASON_KEY: Record<ScheduleIssueReason | NetiquetteIssueReason, MessageKey> = {
  endNotAfterStart: 'fieldEndAfterStart',
  periodsOverlap: 'fieldPeriodsOverlap',
  timeZone: 'fieldTimeZone',
  date: 'fieldIsoDate',
  termNeedsLetter: 'termNeedsLetter',
  ruleTwice: 'netiquetteRuleTwice',
};

/** The reason a custom check gave, worded; null where the check gave none these forms know. */
export function customReason(issue: FieldIssue): string | null {
  if (issue.code !== 'custom') return null;
  const reason = (issue.params as { reason?: unknown } | undefined)?.reason;
  return typeof reason === 'string' && Object.hasOwn(REASON_KEY, reason) ? t(REASON_KEY[reason as keyof typeof REASON_KEY]) : null;
}

/** The few parts of a zod schema's definition that lead to a field and give its number range. */
interface Def {
  type: string;
  shape?: Record<string, { _zod: { def: object } }>;
  innerType?: { _zod: { def: object } };
  element?: { _zod: { def: object } };
  checks?: { _zod: { def: { check?: string; value?: unknown } } }[];
}

const WRAPPERS = new Set(['default', 'prefault', 'nullable', 'optional']);

function defAt(schema: { _zod: { def: object } }, path: readonly PropertyKey[]): Def | null {
  let def = schema._zod.def as Def;
  for (let i = 0; ; i++) {
    while (WRAPPERS.has(def.type) && def.innerType) def = def.innerType._zod.def as Def;
    if (i === path.length) return def;
    const next = def.type === 'object' ? def.shape?.[String(path[i])] : def.type === 'array' ? def.element : undefined;
    if (!next) return null;
    def = next._zod.def as Def;
  }
}

function boundOf(def: Def | null, check: 'greater_than' | 'less_than'): number | undefined {
  const value = def?.checks?.find((c) => c._zod.def.check === check)?._zod.def.value;
  return typeof value === 'number' ? value : undefined;
}

/**
 * Why `schema` refused a field, in the interface language. A number is told with its whole range,
 * of which an issue carries one end at most (too_small its minimum, too_big its maximum, an empty
 * field neither); the other ends are read from the schema. Every number the settings hold is whole.
 */
export function issueReason(issue: FieldIssue, schema: { _zod: { def: object } }): string {
  const custom = customReason(issue);
  if (custom !== null) return custom;
  const number = issue.origin === 'number' || issue.expected === 'number' || issue.expected === 'int';
  if (number) {
    const def = defAt(schema, issue.path);
    const min = issue.minimum ?? boundOf(def, 'greater_than');
    const max = issue.maximum ?? boundOf(def, 'less_than');
    return min !== undefined && max !== undefined ? t('fieldWholeNumber', [String(min), String(max)]) : t('fieldInvalid');
  }
  if (issue.code === 'too_small' && issue.origin === 'string' && Number(issue.minimum) <= 1) return t('fieldRequired');
  if (issue.code === 'too_big' && issue.origin === 'string') return t('fieldTooLong', String(issue.maximum));
  if (issue.code === 'too_big' && issue.origin === 'array') return t('fieldTooMany', String(issue.maximum));
  if (issue.code === 'invalid_format' && issue.pattern === String(PAGE_ID_PATTERN)) return t('fieldDigitsOnly');
  if (issue.code === 'invalid_format' && issue.pattern === String(CLOCK_TIME)) return t('fieldClockTime');
  return t('fieldInvalid');
}
