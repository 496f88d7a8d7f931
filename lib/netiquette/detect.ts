import type { ClassifierModel } from './classifier';
import { NetiquetteDetector, type DetectionResult, type DetectorOptions } from './detector';
import model from './model/classifier.json';

/**
 * The model trained by `npm run train:netiquette`, bundled with the extension: one base64 string
 * (about 85 KB) whose weights are decoded on the first comment scored, not at import.
 */
export const bundledModel = model as ClassifierModel;

/** A detector with the bundled model unless options say otherwise. Create once, reuse per comment. */
export function createDetector(options: DetectorOptions = {}): NetiquetteDetector {
  return new NetiquetteDetector({ ...options, classifier: options.classifier === undefined ? bundledModel : options.classifier });
}

/** Lists and patterns only; add the model later with detector.setClassifier(model). */
export function createListDetector(options: Omit<DetectorOptions, 'classifier'> = {}): NetiquetteDetector {
  return new NetiquetteDetector({ ...options, classifier: null });
}

let shared: NetiquetteDetector | undefined;

/** Default rules, no company terms: for callers without settings (CLI, benchmark, tests). */
export function defaultDetector(): NetiquetteDetector {
  shared ??= createDetector();
  return shared;
}

export function detectNetiquette(text: string, detector: NetiquetteDetector = defaultDetector()): DetectionResult {
  return detector.detect(text);
}

/**
 * Runs the detector over many comments and returns how many were offensive. The benchmark calls
 * this so it measures exactly the per-comment work and nothing of its own.
 */
export function countOffensive(texts: readonly string[], detector: NetiquetteDetector = defaultDetector()): number {
  let n = 0;
  for (const t of texts) if (detector.detect(t).offensive) n++;
  return n;
}
