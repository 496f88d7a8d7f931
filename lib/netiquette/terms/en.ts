import type { TermGroup } from './types';

/**
 * English terms that obscenity's dataset (profanity and slurs) does not cover: insults aimed at a
 * person, threats and group hate, which are phrases rather than words. Apostrophes are dropped by
 * the normaliser, so "you're" is written "youre" and "I'll" "ill".
 */

const YOU = '(you|u|ya|youre|you are|ur)';
/**
 * "dick" on its own is a first name, a store, a pudding ("Tell Dick", "Dick's", "Spotted Dick"),
 * until the words around it make it the insult or the organ. Compounds ("dickhead") stay with
 * obscenity's list. Written as strings, not phrases: phrase slots such as "a" or "the" would report
 * on nearly every English word.
 */
const DICK = '(dick|dicks|dck)';
const DICK_INTENSIFIERS = '[total|complete|absolute|fucking|real|little|stupid|dumb|right]';

const WE_WILL = '(i will|ill|i am going to|im going to|im gonna|i gonna|i wanna|i want to|we will|well|were going to|we are going to|were gonna|gonna|i shall|i should|ima|imma)';

export const ENGLISH_TERMS: readonly TermGroup[] = [
  {
    rule: 'insult',
    confidence: 0.9,
    source: 'en',
    terms: [
      'idiot', 'moron', 'imbecile', '|cretin', 'asshole', 'arsehole', 'dumbass', 'jackass', 'dipshit', 'shithead',
      'scumbag', '|douche', 'dickhead', '|wanker', '|tosser|', 'numbnuts', '|halfwit', '|dimwit', '|nitwit',
      '|pillock', 'knobhead', '|bellend', 'son of a bitch', 'piece of shit', 'piece of crap', 'motherfucker',
      'cocksucker', 'retarded', 'subhuman',
    ],
  },
  {
    rule: 'insult',
    confidence: 0.78,
    source: 'en',
    terms: [
      [YOU, '[such a|a|an|an absolute|a complete|a total|a fucking|a bloody|so|are a|are such a|are so|are an|re a|re so|stupid|dumb|fucking]', '(stupid|dumb|pathetic|useless|worthless|idiot|fool|clown|joke|disgrace|loser|trash|garbage|failure|pig|rat|snake|coward|liar|hypocrite|scum|freak|creep|brainless|clueless|ignorant|disgusting|retard|waste of space|waste of oxygen|piece of garbage)'],
      '|shut (up|your mouth|your trap|your face)|', '|stfu|', '|shut the fuck up|', '|go to hell|', '|screw you|',
      '|suck my', '|eat shit|', '|get lost|', '|fuck off|', '|piss off|', '|bugger off|', '|sod off|',
      '|(what a|such a) (loser|moron|clown|joke|idiot|fool|creep|hypocrite)|',
    ],
  },
  {
    rule: 'insult',
    confidence: 0.8,
    source: 'en',
    lang: 'en',
    terms: [
      `|(you|u|ya|youre|ur) [fucking|stupid|dumb|little|total|absolute] ${DICK}|`,
      // "he's a dick", "don't be a dick", "what a dick", "a bit of a dick".
      `|(a|an) ${DICK_INTENSIFIERS} (dick|dck)|`,
      '|(bunch of|such|those|these|them|fucking|total|absolute|complete|are|being|bloody) dicks|',
      '|(dick|dicks) (head|heads|face|faces|wad|wads|weed|weeds|brain|brains|bag|bags|move|moves|hole|holes)|',
    ],
  },
  {
    rule: 'profanity',
    confidence: 0.7,
    source: 'en',
    lang: 'en',
    terms: [
      `|(my|his|your|ur|yer|her|their|the|big|bigger|small|smaller|tiny|lil|huge|suck|sucks|sucking|suckin|sucked|fat|hard|limp) ${DICK}|`,
      '|(dick|dicks) (pic|pics|picture|pictures)|',
    ],
  },
  {
    // The drawn-out "sheeeit"; "sheit" is no word of either language, so it needs no gate.
    rule: 'profanity',
    confidence: 0.7,
    source: 'en',
    terms: ['|sheit|', '|sheits|'],
  },
  {
    rule: 'profanity',
    confidence: 0.6,
    source: 'en',
    terms: ['|crap|', '|crappy|', '|wtf|', '|bullcrap|', '|goddamn', '|bloody hell|', '|damn you|'],
    lang: 'en',
  },
  {
    rule: 'threat',
    confidence: 0.9,
    source: 'en',
    terms: [
      [WE_WILL, '[fucking|personally|come and|come to|find and|hunt you down and]', '(kill|shoot|stab|hurt|murder|beat|strangle|hang|burn|slit|choke|rape|gut|behead)', '(you|u|ya|him|her|them|your family|your kids|your wife|your children|yourself)'],
      '|i know where (you live|u live|you work|your kids|your family)', '|watch your back|',
      ['(you are|youre|ur|u r|u are)', '[already|so|gonna be|going to be]', '(dead|dead meat|going to die|gonna die|a dead man)'],
      '|youre dead|', '|you are dead|', '|ur dead|', '|kill yourself|', '|kill urself|', '|kys|', '|go die|',
      '|(hope|wish) (you|u|they|he|she) (die|dies|get killed|gets killed|burn|burns|get raped|rot)|',
      '|die in a (fire|hole|ditch)', '|should be (shot|hanged|hung|killed|executed|lynched|gassed|beheaded|put down)|',
      '|deserves? to (die|be shot|be killed|be raped|hang)|', '|(put|put a) (a bullet|bullet) in',
      '|i will find you|', '|ill find you|', '|beat (you|u) up|', '|kick your ass|', '|string (them|him|her|you) up|',
    ],
  },
  {
    rule: 'hate',
    confidence: 0.9,
    source: 'en',
    terms: [
      '|wetback', '|spic|', '|spics|', '|raghead', 'towelhead', '|gook|', '|gooks|', '|paki|', '|pakis|', '|beaner',
      '|camel jockey', '|sand nigger', '|white power|', '|gas the', '|sieg heil|', '|heil hitler|', '|zionazi',
      '|go back to (your country|where you came from|africa|mexico|your own country|your shithole)',
      ['(muslims|immigrants|jews|blacks|gays|mexicans|refugees|arabs|migrants|foreigners|asians|women|trannies|africans|illegals|gypsies)', '(are|should|must|deserve to)', '[be|all|just|fucking]', '(animals|vermin|parasites|scum|trash|rapists|criminals|die|be killed|be deported|be shot|be gassed|burn|go back|subhuman|savages|disgusting|exterminated|wiped out)'],
    ],
  },
  {
    rule: 'hate',
    confidence: 0.75,
    source: 'en',
    terms: ['|coon|', '|coons|', '|shemale'],
    lang: 'en',
  },
];
