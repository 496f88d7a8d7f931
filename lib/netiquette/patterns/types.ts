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
