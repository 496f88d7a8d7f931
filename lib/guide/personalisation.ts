import { PLACEHOLDER_PATTERN, findPlaceholders } from './template-syntax';

/**
 * Has the agent made an inserted template their own?
 *
 * - `canned`: the reply box still says what the template said. Compared word by word, ignoring case,
 *   punctuation, whitespace and every [[placeholder]] (whether still there or deleted), because
 *   deleting a gap or adding a comma adds nothing personal. Checked first: a canned reply with open
 *   gaps is still canned.
 * - `placeholders`: the agent has added or changed words, but [[…]] gaps are left to fill.
 * - `personal`: changed and no gaps left. An emptied box is `personal` too: no canned text remains
 *   to warn about (a box holding nothing but a gap is `placeholders`).
 *
 * Filling a gap ("[[Bestellnummer]]" → "4711") counts as personal: it is exactly the specific the
 * customer asked for.
 */
export type PersonalisationState = 'canned' | 'placeholders' | 'personal';

/** Word sequence with gaps removed, for comparing texts modulo whitespace and punctuation. */
function wordsWithoutGaps(text: string): string {
  return (text.normalize('NFC').replace(PLACEHOLDER_PATTERN, ' ').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

export function personalisationState(insertedTemplateFilled: string, currentText: string): PersonalisationState {
  const current = wordsWithoutGaps(currentText);
  const hasGaps = findPlaceholders(currentText).length > 0;
  if (current === '') return hasGaps ? 'placeholders' : 'personal';
  if (current === wordsWithoutGaps(insertedTemplateFilled)) return 'canned';
  return hasGaps ? 'placeholders' : 'personal';
}

/** The warning the annotation shows while the reply is canned. */
export const CANNED_WARNING = {
  de: 'Standardantwort – bitte persönlich ergänzen',
  en: 'Canned reply – make it personal',
} as const;
