/**
 * Netiquette detection, DOM-free: runs in Node and in content scripts alike.
 *
 *   const detector = createDetector({ ruleSet, dismissedTerms });   // once per settings change
 *   const { offensive, score, flags } = detector.detect(commentText);
 *   reasonText(flags[0], 'de');
 */
export { createDetector, defaultDetector, detectNetiquette, countOffensive, bundledModel } from './detect';
export { NetiquetteDetector, type DetectionResult, type DetectorOptions } from './detector';
export { reasonText, type ReasonLanguage } from './reasons';
export * from './rules';
export type { Language } from './term-matcher';
