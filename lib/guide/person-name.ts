import {
  FAMILY_WORDS, HANDLE_FILLERS, KIN_WORDS, NEVER_FIRST, ORGANISATION_HEADS, ORGANISATION_WORDS, PARTICLES, PLACEHOLDER_WORDS, TRADE_SUFFIX,
} from './non-person-words';

/**
 * Names for the greeting, from the display name Facebook or X shows for a comment's author. A wrong
 * first name is worse than none ("Hallo Techsupport,"), so anything doubtful yields null and the
 * template keeps a [[Vorname]] gap for the agent instead.
 */

/** Academic titles and salutations that come before a first name ("Dr. med. Anna", "Herr Max Müller"). */
const TITLES: ReadonlySet<string> = new Set([
  'dr', 'prof', 'professor', 'dipl', 'dipl-ing', 'mag', 'med', 'dent', 'rer', 'jur',
  'habil', 'ba', 'bsc', 'msc', 'mba', 'phd', 'sir', 'dame', 'rev', 'pfarrer', 'pastor',
]);
/**
 * Degree parts that are first names as well ("Phil Collins", "Nat Wolff"): a title only inside a
 * title ("Dr. phil.", "rer. nat.", "Dipl. Ing.") or written with its dot ("Ing. Max", "M.A.").
 */
const TITLES_OR_NAMES: ReadonlySet<string> = new Set(['phil', 'nat', 'ma', 'ing']);
const SALUTATIONS: ReadonlySet<string> = new Set(['herr', 'hr', 'frau', 'fr', 'mr', 'mrs', 'ms', 'miss', 'mx']);
/** "e. V." is split by its dots and spaces, so it is looked for before the name is cut into words. */
const REGISTERED_SOCIETY = /(?:^|[\s_.@-])e\.?\s?v(?=$|[\s_.@,-])/iu;
/** Two people in one name ("Anna & Max", "Müller und Söhne") share an account. */
const SHARED = /[&+]|(?:^|\s)(?:und|and)(?=\s)/iu;

const PICTOGRAPHS = /[\p{Extended_Pictographic}\p{Regional_Indicator}\u{FE0F}\u{200D}\u{20E3}\u{1F3FB}-\u{1F3FF}]/gu;
/**
 * Invisible in the name but not in the reply: an override (U+202E) or unclosed isolate in a display
 * name reverses the text the template puts after it. Zero-width spaces and soft hyphens would make a
 * first name that looks whole fail as one. ZWNJ stays: Persian and Indic names need it.
 */
const INVISIBLE_CONTROLS = /[\p{Bidi_Control}\u00AD\u200B\u2060\uFEFF]/gu;
/** Where a display name stops being a name: "Anna | Reisefan", "Max • Berlin". */
const SEGMENT_BREAK = /\s*(?:[|•·/\\~]|\s[-–—]\s)\s*/u;
const LETTERS = /\p{L}/u;

/** The text without bidi controls and other invisible format characters. */
export function withoutInvisibleControls(text: string): string {
  return text.replace(INVISIBLE_CONTROLS, '');
}

/** The display name without emoji, invisible controls, bracketed additions and repeated spaces; "" when nothing is left. */
export function cleanDisplayName(displayName: string): string {
  return withoutInvisibleControls(displayName.normalize('NFC'))
    .replace(PICTOGRAPHS, ' ')
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "anna-lena" and "ANNA" become "Anna-Lena" and "Anna"; mixed case such as "McKenzie" stays. */
function nameCase(word: string): string {
  if (word !== word.toLowerCase() && word !== word.toUpperCase()) return word;
  return word
    .toLowerCase()
    .split(/([-'’])/)
    .map((part) => (part.length > 0 ? part.charAt(0).toUpperCase() + part.slice(1) : part))
    .join('');
}

const isInitial = (word: string): boolean => /^\p{L}\.?$/u.test(word);

/** Letters, inner hyphens and apostrophes of one word; dots stay so initials can be recognised. */
const wordCore = (word: string): string => word.replace(/^[^\p{L}]+|[^\p{L}.]+$/gu, '').replace(/\.+$/, (d) => d.slice(0, 1));

/** "AnnaBerger" and "ANNABerger" are two words; so is "TechSupport". */
const splitCamelCase = (text: string): string => text.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2');

const lowerWords = (text: string): string[] => text.toLowerCase().split(/[^\p{L}]+/u).filter((p) => p.length > 0);

const isOrganisationWord = (word: string): boolean =>
  ORGANISATION_WORDS.has(word) ||
  FAMILY_WORDS.has(word) ||
  KIN_WORDS.has(word) ||
  TRADE_SUFFIX.test(word) ||
  ORGANISATION_HEADS.some((head) => word.length >= head.length + 3 && word.endsWith(head));

/** Whether the name belongs to a company, a household or a placeholder account rather than a person. */
function isNonPerson(cleaned: string): boolean {
  if (REGISTERED_SOCIETY.test(cleaned) || SHARED.test(cleaned)) return true;
  // Both readings: "TechSupport" is two words, but "GmbH" is one.
  return [lowerWords(cleaned), lowerWords(splitCamelCase(cleaned))].some(
    (words) => (words.length > 0 && words.every((w) => PLACEHOLDER_WORDS.has(w))) || words.some(isOrganisationWord),
  );
}

/**
 * The first name among a name's words, after salutations and titles. `minWords`: how many words a
 * bare name needs (a handle's single word may be a nickname or a surname). After a salutation or a
 * title one word is the surname ("Frau Berger", "Dr. Berger"), so there it takes two.
 */
function firstNameAmong(words: readonly string[], minWords: number): string | null {
  let i = 0;
  let titled = false;
  for (; i < words.length; i++) {
    const word = words[i] ?? '';
    const key = word.toLowerCase().replace(/\./g, '');
    const title =
      SALUTATIONS.has(key) || TITLES.has(key) || (TITLES_OR_NAMES.has(key) && (titled || word.includes('.')));
    if (!title) break;
    titled = true;
  }
  const rest = words.slice(i);
  const first = rest[0];
  if (first === undefined || rest.length < (titled ? Math.max(2, minWords) : minWords) || isInitial(first)) return null;
  // A short word with an abbreviating dot that is no title ("St. Pauli Fan", "Chr. Berger") is doubtful.
  if (/^\p{L}{1,3}\.$/u.test(first)) return null;
  const name = first.replace(/\.$/, '');
  // Two capitals are an abbreviation or a title ("DJ Bobo", "MC Hammer"), not a first name.
  if (/^\p{Lu}{2}$/u.test(name)) return null;
  const key = name.toLowerCase();
  // "von der Leyen", "de Vries": the name starts with the surname. A capitalised "Van" or "De" may be a first name.
  if (NEVER_FIRST.has(key) || (PARTICLES.has(key) && name === key)) return null;
  if (!/^\p{L}[\p{L}\p{M}'’-]*$/u.test(name) || name.replace(/[^\p{L}]/gu, '').length < 2) return null;
  return nameCase(name);
}

/**
 * Name prefixes that camel case cuts off their name: "McKenzie", "DeShawn", "LaToya". Joined again, so
 * "@McKenzieSmith" greets McKenzie, and "@DeVries" is one word, a surname alone, and greets nobody.
 */
const NAME_PREFIXES: ReadonlySet<string> = new Set(['mc', 'de', 'di', 'da', 'du', 'la', 'le']);

/** A handle's parts: "@McKenzieSmith" is McKenzie and Smith, "anna_berger92" Anna and Berger. */
function handleParts(handle: string): string[] {
  return handle
    .replace(/^@+/, '')
    .split(/[\s_.\-\d]+/u)
    .filter((chunk) => chunk.length > 0)
    .flatMap((chunk) => {
      const pieces = splitCamelCase(chunk).split(' ');
      if (pieces.length < 2 || !NAME_PREFIXES.has((pieces[0] ?? '').toLowerCase())) return pieces;
      return [`${pieces[0]}${pieces[1]}`, ...pieces.slice(2)];
    });
}

/** "anna_b", "anna.berger92", "@AnnaBerger", "@DrAnnaBerger": the first name, if the handle has a surname too. */
function firstNameFromHandle(handle: string): string | null {
  const parts = handleParts(handle);
  let start = 0;
  while (start < parts.length && HANDLE_FILLERS.has((parts[start] ?? '').toLowerCase())) start++;
  return firstNameAmong(parts.slice(start), 2);
}

/** "Berger, Anna" and "von Berg, Anna": the register form, surname (with its particles) first. */
function registerOrder(segment: string): string {
  const comma = /^([\p{L}'’ -]+),\s*([\p{L}'’.\s-]+)$/u.exec(segment);
  if (!comma) return segment;
  const surname = (comma[1] ?? '').trim().split(/\s+/);
  // "Anna Berger, M.A." has a first name before the comma, not a surname.
  if (!surname.slice(0, -1).every((w) => PARTICLES.has(w.toLowerCase()))) return segment;
  return `${comma[2] ?? ''} ${comma[1] ?? ''}`;
}

/** The author's first name for a greeting, or null when the display name does not tell it safely. */
export function firstNameFrom(displayName: string): string | null {
  const cleaned = cleanDisplayName(displayName);
  if (cleaned === '' || isNonPerson(cleaned)) return null;
  const segment = cleaned.split(SEGMENT_BREAK).find((s) => LETTERS.test(s)) ?? '';

  const tokens = registerOrder(segment).split(' ').filter((t) => LETTERS.test(t));
  if (tokens.length === 1) {
    const only = tokens[0] ?? '';
    if (/^@|[_\d]|\.\p{L}/u.test(only)) return firstNameFromHandle(only);
  }
  return firstNameAmong(tokens.map(wordCore).filter((w) => LETTERS.test(w)), 1);
}
