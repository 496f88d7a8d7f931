import type { TermGroup } from './types';

/**
 * Names and places that contain a listed word. Customers write where they live and whom they mean;
 * these are allow words for every list (a place is not German or English) and stay out of the
 * classifier's evidence. Place names that are also a verb ("Pissen", "Kotzen" are towns in Saxony
 * and Brandenburg) count only after a preposition of place.
 */
/** The words before a bare "dick" that make it the insult or the organ (terms/en.ts), here before a name. */
const LEAD = '[the|a|my|your|his|her|their|big|little] ';
const DICK_NAMES = '(van dyke|tracy|durbin|cheney|francis|smith)';
const PLACE_PREPOSITION = '(aus|in|nach|bei|von|from|to|near) ';

export const NAMES_AND_PLACES: readonly TermGroup[] = [
  {
    rule: 'insult',
    confidence: 0,
    source: 'names',
    terms: [],
    allow: [
      // English places (obscenity's own test names live in its whitelist already).
      'bitchfield', 'shitterton', 'shitlington', 'shittlehope', 'cockermouth', 'clitheroe',
      // Names and dishes with "dick" in them: after a lead word, and run together in a hashtag.
      `${LEAD}dick ${DICK_NAMES}`, `dick${DICK_NAMES.replace(/ /g, '')}`, 'dicks sporting goods', 'moby[ ]dick', 'spotted[ ]dick',
      // German-speaking names and places; "Lugner" is also "Lügner" typed without its umlaut.
      'schwarzenegger', 'richard lugner', 'lugner[ ]city', `${PLACE_PREPOSITION}pissen`, `${PLACE_PREPOSITION}kotzen`,
    ],
  },
];
