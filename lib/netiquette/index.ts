/**
 * Netiquette, DOM-free: runs in Node and in content scripts alike.
 *
 * This barrel includes the zod schemas (model-schemas.ts). A content script that only detects
 * should import detect.ts, reasons.ts, dismissals.ts, ladder.ts and dispute.ts directly: they
 * carry no zod (about 105 KB minified plus the 85 KB model string, which is decoded lazily).
 *
 *   const detector = createDetector({ ruleSet: settings, dismissedTerms: dismissedTermsOf(dismissals) });
 *   const result = detector.detect(commentText);             // once per comment, ~10 µs
 *   const views = flagViews(commentText, applyDismissals(commentText, key, result.flags, dismissals), 'de', settings.rules);
 *
 * See model-schemas.ts for what is stored, ladder.ts for the response ladder, dispute.ts for
 * heated exchanges.
 */
export { createDetector, createListDetector, defaultDetector, detectNetiquette, countOffensive, bundledModel } from './detect';
export { NetiquetteDetector, MAX_FLAGS, type DetectionResult, type DetectorOptions } from './detector';
export type { ClassifierModel } from './classifier';
export { reasonText, flagViews, type FlagView, type ReasonLanguage } from './reasons';
export { applyDismissals, dismissalFor, dismissedTermsOf, flagWords, type DismissalContext } from './dismissals';
export { nextLadderStep, activeStrikes, authorKeyOf, ladderMessage, ladderStepLabel, withNetiquetteLink, DAY_MS, type LadderProposal, type ReminderContext } from './ladder';
export { detectDispute, isHeated, attacksReader, MIN_TURNS, type Dispute, type DisputeOptions, type ThreadItem } from './dispute';
export { STARTER_NETIQUETTE } from './starter-netiquette';
export * from './rules';
export * from './model-schemas';
export type { Language } from './term-matcher';
