import type { CheckReply, CheckResult, FlagViewMessage, LadderView } from '../netiquette-messages';
import { LADDER_STEPS, RULE_IDS, SEVERITIES } from '../../netiquette/rules';
import { arrayOf, isObject, nullable, num, oneOf, str, whole } from './primitives';

/** The content script's check of the netiquette replies (lib/models/netiquette-messages.ts). */

function parseFlag(v: unknown): FlagViewMessage | null {
  if (!isObject(v)) return null;
  const { rule, ruleName, severity, start, end, words, confidence, reason } = v;
  return oneOf(RULE_IDS, rule) &&
    str(ruleName, 300) &&
    oneOf(SEVERITIES, severity) &&
    whole(start, 0) &&
    whole(end, 0) &&
    str(words, 20_000) &&
    num(confidence) &&
    confidence >= 0 &&
    confidence <= 1 &&
    str(reason, 1000)
    ? { rule, ruleName, severity, start, end, words, confidence, reason }
    : null;
}

function parseLadder(v: unknown): LadderView | null {
  if (!isObject(v)) return null;
  const { step, label, text, strikes, stepsDownAt, taken } = v;
  if (taken !== undefined && typeof taken !== 'boolean') return null;
  return oneOf(LADDER_STEPS, step) && str(label, 200) && str(text, 10_000) && whole(strikes, 0) && nullable(stepsDownAt, num)
    ? { step, label, text, strikes, stepsDownAt, ...(taken === undefined ? {} : { taken }) }
    : null;
}

function parseResult(v: unknown): CheckResult | null {
  if (!isObject(v)) return null;
  const { key, offensive, heated } = v;
  if (!str(key, 210, 3) || typeof offensive !== 'boolean' || typeof heated !== 'boolean') return null;
  const flags = arrayOf(v.flags, parseFlag, 200);
  // Not arrayOf's null for a failure: here null is a valid value.
  const ladder = v.ladder === null ? null : parseLadder(v.ladder);
  if (!flags || (ladder === null && v.ladder !== null)) return null;
  return { key, offensive, heated, flags, ladder };
}

const cleanKey = (v: unknown): string | null => (str(v, 210, 3) ? v : null);

/** CheckReplySchema: results for the comments with something to show, the keys of the clean rest. */
export function parseCheckReply(v: unknown): CheckReply | null {
  if (!isObject(v)) return null;
  const results = arrayOf(v.results, parseResult);
  const clean = results && arrayOf(v.clean, cleanKey);
  const netiquetteUrl = v.netiquetteUrl;
  return results && clean && str(netiquetteUrl, 500) ? { results, clean, netiquetteUrl } : null;
}

/** DismissReplySchema. */
export const parseDismissReply = (v: unknown): { ok: true } | null => (isObject(v) && v.ok === true ? { ok: true } : null);

/** StrikeReplySchema: only that the strike was stored matters to the page. */
export function parseStrikeReply(v: unknown): { strike: { step: LadderView['step']; at: number } } | null {
  if (!isObject(v) || !isObject(v.strike)) return null;
  const { step, at } = v.strike;
  return oneOf(LADDER_STEPS, step) && num(at) ? { strike: { step, at } } : null;
}
