import type { TermGroup } from './types';

/**
 * Idioms the classifier must not read as abuse. Its training data are political tweets, where
 * "stupid", "sick" and "kill" keep company with abuse; on a company page they are a customer
 * excusing a question, praising the bread or craving the cake. Masking the idiom (not the word)
 * keeps "you are stupid" and "I will kill you" as evidence.
 */
export const CLASSIFIER_MASKS: readonly TermGroup[] = [
  {
    rule: 'insult',
    confidence: 0,
    source: 'idiom',
    lang: 'en',
    terms: [],
    mask: [
      '|(stupid|dumb|silly|daft|noob|newbie|naive|basic) (question|questions|q)|',
      // Praise ("your sourdough is sick") and illness ("my son is sick"); "insane" stays evidence.
      '|(is|looks|look|looking|was|sounds|so|thats|its|totally|absolutely|pretty|real|really) (sick|wicked|killer)|',
      '|(would|could|id|to|i) kill for|', '|to die for|', '|(killing|killed|kill) it|',
    ],
  },
  {
    rule: 'insult',
    confidence: 0,
    source: 'idiom',
    lang: 'de',
    terms: [],
    // German "dick" is thick or fat ("Die Pizza ist mir zu dick"); the English-trained n-grams read the insult.
    mask: ['|dick|'],
  },
];
