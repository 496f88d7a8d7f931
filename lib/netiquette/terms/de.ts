import type { TermGroup } from './types';

/**
 * German terms. Written for compounds: most insults match anywhere inside a word ("Vollidiot",
 * "Drecksladen"), and `allow` lists the innocent words that happen to contain them. Short or
 * ambiguous words carry boundaries ("|arsch|") or only count inside phrases ("du Lappen").
 * Umlauts may be written either way; the normaliser spells them out before matching.
 */

/** Words that insult only when aimed at someone: "du Lappen", but not "ein feuchter Lappen". */
const SINGULAR_TARGETS =
  '(arsch|affe|schwein|ratte|sau|hund|made|lappen|clown|kasper|pfeife|lauch|loser|looser|wurst|spinner|lusche|niete|flasche|pflaume|nazi|opfer|kek|vogel|esel|kuh|ochse|null|freak|kretin|witzfigur|heuchler|schmierfink|kriecher|versager|parasit|wicht|zwerg|abschaum|pisser|schlappschwanz|waschlappen|nulpe|pfosten|honk)';
/** Plurals that cannot be read as the polite possessive ("Ihr Hund" is "your dog", "ihr Hunde" is not). */
const PLURAL_TARGETS =
  '(ärsche|affen|schweine|ratten|säue|hunde|maden|clowns|luschen|nieten|flaschen|nazis|kühe|ochsen|nullen|freaks|parasiten|wichte|zwerge|missgeburten|versager|heuchler|kriecher)';
const PLURAL_SEID_TARGETS =
  '(ärsche|affen|schweine|ratten|säue|hunde|maden|lappen|clowns|pfeifen|loser|spinner|luschen|nieten|flaschen|nazis|opfer|esel|kühe|ochsen|nullen|freaks|versager|parasiten|heuchler|kriecher|pisser|zwerge|witzfiguren|abschaum|pack|gesindel)';

/**
 * Words that are another word when typed without their umlaut, in the same phrases: "müsste"
 * (should) is "musste" (had to), and "… mussten alle erschossen werden" reports, it does not call
 * for it. Every other term word is also matched with plain vowels ("Blodmann", "damlich").
 */
export const UMLAUT_REQUIRED: readonly string[] = ['müsste', 'müssten'];

const SOON = '[gleich|noch|bald|schon|persönlich|mal|eines tages|eigenhändig|jetzt]';
const KILL_VERBS =
  '(umbringen|abstechen|abknallen|erschießen|erschlagen|töten|kaltmachen|aufschlitzen|vergasen|verprügeln|zusammenschlagen|abschlachten|aufhängen|erwürgen|kaputtmachen|fertigmachen|plattmachen|abmurksen|totschlagen|umlegen|abschießen)';

export const GERMAN_TERMS: readonly TermGroup[] = [
  {
    rule: 'insult',
    confidence: 0.92,
    source: 'de',
    terms: [
      'arschloch', 'arschgeige', 'arschgesicht', 'arschkriecher', 'arschlecker', 'arschmade', 'arschficker',
      'hurensohn', 'hurenbock', 'hure', 'wichser', 'wixer', 'fotze', 'schlampe', 'missgeburt', 'mistgeburt',
      'spast', 'spacko', 'spasti', '|mongo|', '|mongos|', 'mongoloid', 'idiot', 'depp', 'trottel', 'vollpfosten',
      'vollhonk', '|honk|', '|honks|', 'dummkopf', 'dummbeutel', 'dummschwätzer', 'dummbatz', 'dumpfbacke',
      'hohlbirne', 'hohlkopf', 'schwachkopf', 'schwachmat', 'armleuchter', 'blödmann', 'blödian', 'vollhorst',
      'knallkopf', 'pappnase', '|hirni|', 'flachpfeife', 'saftsack', 'sackgesicht', 'hackfresse', 'penner',
      'pisser', 'drecksau', 'dreckschwein', 'dreckskerl', 'drecksack', '|drecks', 'mistkerl', 'miststück',
      'scheißkerl', 'kackbratze', 'kacknoob', 'lackaffe', 'abschaum', 'gesocks', 'gesindel', 'evolutionsbremse',
      'witzfigur', 'vollassi', '|assi|', '|assis|', 'kinderficker', 'mutterficker', '|ficker', 'sozialschmarotzer',
      'schmarotzer', 'bonzenpack', 'schlappschwanz', 'vollidiot', 'volltrottel', 'vollspast', 'dreckspack',
    ],
    allow: [
      'marsch', 'barsch', 'harsch', 'dreckschleuder', 'spastik', 'schlamperei', 'schlamper', 'schlampig',
      'idiotenhügel', 'idiotensicher',
      // "Du spaßt wohl" (you must be joking) and Spaß compounds ("Spaßtag", "Spaßteam") spell out
      // like a stretched "Spast"; its own endings ("Spassti", "Spassten") stay.
      'spaßt (wohl|doch|ja|nur|gern|gerne|nicht|halt|rum|herum|bloß|mal)', '|spaßt(a|h|o|r|u|ü|ea)',
      // Its past participle ("Ihr habt wohl gespaßt").
      '|gespaßt',
    ],
  },
  {
    // Mild or context-dependent words: only as a direct address or predicate.
    rule: 'insult',
    confidence: 0.8,
    source: 'de',
    terms: [
      ['du', '[bist]', '[ein|eine|so ein|so eine|voll der|voll die|der letzte|die letzte|echt ein|echt eine|n|ne|nen|du]', SINGULAR_TARGETS],
      `|ihr ${PLURAL_TARGETS}|`,
      ['ihr seid', '[so|echt|nur|alle|doch|einfach|solche|richtige|die letzten]', PLURAL_SEID_TARGETS],
      [
        '(du bist|ihr seid)',
        '[so|echt|voll|total|einfach|doch|wirklich|ja|halt|zu|komplett|völlig]',
        '(dumm|doof|blöd|behindert|hirnlos|hohl|beschränkt|geistig behindert|gestört|krank im kopf|ein witz|asozial|lächerlich|erbärmlich|armselig|bescheuert|dämlich)',
      ],
      ['sie sind', '[so|echt|total|einfach|doch|wirklich|komplett|völlig]', '(dumm|blöd|behindert|hirnlos|geistig behindert|asozial|bescheuert|dämlich)'],
      'bist du [so|echt|eigentlich|noch|total] (dumm|doof|blöd|behindert|bescheuert|gestört|hirnlos)|',
      'seid ihr [so|echt|eigentlich|noch|total] (dumm|doof|blöd|behindert|bescheuert|gestört|hirnlos)|',
      ['(halt|halts|haltet)', '[doch|mal|einfach|endlich|jetzt]', '(die|eure|deine|dein|das|ihre|ihr)', '(fresse|maul|schnauze|klappe)'],
      '|halts maul', '|fresse halten', '|maul halten', 'in die fresse', '|fresse|',
      // "Arsch" alone is vulgar ("am Arsch der Welt"); aimed at someone, it is the insult. Strings,
      // not a phrase: slots for "ist" and "ein" would report on most German comments.
      '|(ist|bist|war|so|was für) (ein|n|so ein|echt ein|voll der|der letzte) arsch|',
      '|(blöder|dummer|fetter|arroganter|eingebildeter|mieser|verlogener|elender|hinterhältiger|alter) arsch|',
      '|bastard', '|lügner|', '|dummes stück', '|blöde kuh', '|dumme kuh', '|dumme sau', '|blöde sau',
      '|hohle nuss', '|du nuss|',
    ],
  },
  {
    rule: 'profanity',
    confidence: 0.75,
    source: 'de',
    terms: [
      'scheiß', 'scheis', '|kacke', 'kack', 'fick', '|verpiss', 'titten', 'schwanzlutscher', 'leck mich', '|arsch|', '|arsche|',
      '|wichse|', '|pimmel', '|muschi|', 'bumsen', '|arschfick',
    ],
    // English "trafficking" holds the German "fick".
    allow: ['shitstorm', 'schnickschnack', 'traffick'],
  },
  {
    rule: 'threat',
    confidence: 0.9,
    source: 'de',
    terms: [
      ['(ich|wir)', '[werde|werden|will|wollen]', '(dich|euch|ihn|sie)', SOON, KILL_VERBS],
      ['(ich|wir)', '(bring|bringe|bringen|mach|mache|machen|schlag|schlage|schlagen|stech|steche|stechen|knall|knalle|knallen|hau|haue|hauen|box|boxe|prügel|prügle)', '(dich|euch|ihn|sie)', SOON, '(um|tot|kalt|ab|zusammen|nieder|krankenhausreif|windelweich|zu brei)'],
      '|(ich|wir) (schlag|schlage|hau|haue|box|boxe) (dich|euch)|',
      '|(du bist|ihr seid) [so gut wie|bald|schon|jetzt|bald schon] tot|',
      '|du bist ein toter mann', '|ihr seid tote männer',
      '|(ich weiß|ich weis|wir wissen|ich kenne) wo (du wohnst|ihr wohnt|dein haus|deine kinder|deine familie)',
      '|warte [nur|mal] bis ich dich (erwische|kriege|finde)',
      ['(gehört|gehören|gehörst|sollte man|sollten|müsste man|muss man|sollte|müssten|müsste)', '[sie|ihn|euch|die|dich]', '[alle|sofort|einfach|endlich|öffentlich|mal]', '(erschossen|aufgehängt|vergast|erhängt|abgestochen|gelyncht|gesteinigt|totgeschlagen|hingerichtet|an die wand gestellt|abgeknallt|ausgerottet|erschießen|aufhängen|vergasen|erhängen|abstechen|lynchen|hinrichten|an die wand stellen|ausrotten|totschlagen|abknallen)'],
      '|abknallen', '|abstechen|', '|abschlachten', '|lynchen|', '|aufknüpfen', '|vergasen|', '|rübe ab|',
      '|kopf ab|', '|verreck', '|krepier', '|fackeln wir', '|zünden wir', '|brennen sollen',
      '|(geh|geht|gehen sie) [doch|mal|einfach] sterben|', '|stirb|', '|sterbt|',
    ],
    // "vergaßen" (forgot) spells out as a stretched "vergasen".
    allow: ['vergaßen'],
  },
  {
    rule: 'hate',
    confidence: 0.9,
    source: 'de',
    terms: [
      'kanake', 'kanacke', 'neger', 'kameltreiber', 'ziegenficker', 'schlitzauge', '|polacke', '|itaker',
      'spaghettifresser', 'kümmeltürke', '|musel', 'schwuchtel', '|transe|', '|transen|', '|tunte|', '|tunten|',
      'judensau', 'judenpack', 'judenpresse', '|untermensch', 'volksschädling', 'rapefugee', 'messermigrant',
      'asylbetrüger', '|bimbo', 'sieg heil', 'heil hitler', '|ins gas', '|ab ins gas', 'negerkuss',
      '|(ausländer|flüchtlinge|migranten|muslime|moslems|juden|schwule|lesben|asylanten|kanaken|türken|araber|schwarze|zigeuner|afrikaner|polen|islamisten|kopftuchträgerinnen|transen) raus|',
      ['(ausländer|flüchtlinge|migranten|muslime|moslems|juden|schwulen|schwule|lesben|asylanten|türken|araber|schwarzen|zigeuner|afrikaner|polen|ossis|frauen|kanaken|neger)', '(sind|gehören)', '[alle|doch|nur|eh|sowieso|einfach]', '(abschaum|dreck|tiere|ungeziefer|parasiten|pack|gesindel|vergewaltiger|verbrecher|kriminelle|kriminell|untermenschen|schmarotzer|abgeschoben|vergast|erschossen|ausgerottet|entsorgt|weggesperrt|minderwertig)'],
      '|deutschland den deutschen|',
    ],
    // English "mussels" and the fabric "Musselin" read as a stretched "Musel".
    allow: ['mussel', 'musselin'],
  },
  {
    rule: 'hate',
    confidence: 0.55,
    source: 'de',
    terms: ['|zigeuner', '|asylant', '|mohammedaner', '|umvolkung|'],
    allow: ['zigeunerschnitzel', 'zigeunersoße', 'zigeunersauce', 'asylantrag', 'asylanträge'],
  },
];
