import type { ReasonCode, ReasonParams, RuleId } from '../rules';

/** A finding of a pattern detector, before rule settings (severity, on/off) are applied. */
export interface PatternHit {
  rule: RuleId;
  start: number;
  end: number;
  confidence: number;
  code: ReasonCode;
  params: ReasonParams;
}

/**
 * Findings one detector may add per comment. A flood of addresses or links in one comment is
 * already clear at this count, and the cap keeps hostile input from making work per finding.
 */
export const MAX_PATTERN_HITS = 50;
