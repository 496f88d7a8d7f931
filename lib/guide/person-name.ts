/**
 * Names for the greeting, from the display name Facebook or X shows for a comment's author. A wrong
 * first name is worse than none ("Hallo Techsupport,"), so anything doubtful yields null and the
 * template keeps a [[Vorname]] gap for the agent instead.
 */

/** Academic titles and salutations that come before a first name ("Dr. med. Anna", "Herr Max Müller"). */
const TITLES: ReadonlySet<string> = new Set([
  'dr', 'prof', 'professor', 'dipl', 'ing', 'dipl-ing', 'mag', 'med', 'dent', 'phil', 'rer', 'nat', 'jur',
  'habil', 'ba', 'bsc', 'ma', 'msc', 'mba', 'phd', 'sir', 'dame', 'rev', 'pfarrer', 'pastor',
]);
/** After one of these alone, the next word is a surname ("Frau Berger"), not a first name. */
const SALUTATIONS: ReadonlySet<string> = new Set(['herr', 'hr', 'frau', 'fr', 'mr', 'mrs', 'ms', 'miss', 'mx']);
/** Signs of a company or shared account rather than a person. */
const ORGANISATION = /(?:^|[\s_.@-])(gmbh|ag|kg|ohg|ug|e\.?\s?v|ltd|inc|llc|plc|co|corp|team|shop|store|official|offiziell|support|service|news|info|verlag|redaktion)(?=$|[\s_.@,-])/iu;

const PICTOGRAPHS = /[\p{Extended_Pictographic}\p{Regional_Indicator}\u{FE0F}\u{200D}\u{20E3}\u{1F3FB}-\u{1F3FF}]/gu;
/** Where a display name stops being a name: "Anna | Reisefan", "Max • Berlin". */
const SEGMENT_BREAK = /\s*(?:[|•·/\\~]|\s[-–—]\s)\s*/u;
const LETTERS = /\p{L}/u;

/** The display name without emoji, bracketed additions and repeated spaces; "" when nothing is left. */
export function cleanDisplayName(displayName: string): string {
  return displayName
    .normalize('NFC')
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

/** "anna_b", "anna.berger92", "@AnnaBerger": the first part, if the handle has more than one. */
function firstNameFromHandle(handle: string): string | null {
  const parts = handle
    .replace(/^@+/, '')
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .split(/[\s_.\-\d]+/u)
    .filter((p) => p.length > 0);
  const first = parts[0];
  if (parts.length < 2 || first === undefined || first.length < 2 || !/^\p{L}+$/u.test(first)) return null;
  return nameCase(first);
}

/** The author's first name for a greeting, or null when the display name does not tell it safely. */
export function firstNameFrom(displayName: string): string | null {
  const cleaned = cleanDisplayName(displayName);
  if (cleaned === '' || ORGANISATION.test(cleaned)) return null;
  const segment = cleaned.split(SEGMENT_BREAK).find((s) => LETTERS.test(s)) ?? '';

  // "Berger, Anna": the register form names the first name after the comma.
  const comma = /^([\p{L}'’-]+),\s*([\p{L}'’.\s-]+)$/u.exec(segment);
  const ordered = comma ? `${comma[2]} ${comma[1]}` : segment;

  const tokens = ordered.split(' ').filter((t) => LETTERS.test(t));
  if (tokens.length === 1) {
    const only = tokens[0] ?? '';
    if (/^@|[_\d]|\.\p{L}/u.test(only)) return firstNameFromHandle(only);
  }

  const words = tokens.map(wordCore).filter((w) => LETTERS.test(w));
  let i = 0;
  let salutation = false;
  while (i < words.length) {
    const key = (words[i] ?? '').toLowerCase().replace(/\./g, '');
    if (SALUTATIONS.has(key)) salutation = true;
    else if (!TITLES.has(key)) break;
    i++;
  }
  const rest = words.slice(i);
  const first = rest[0];
  if (first === undefined || isInitial(first)) return null;
  if (salutation && rest.length === 1) return null;
  const name = first.replace(/\.$/, '');
  if (!/^\p{L}[\p{L}\p{M}'’-]*$/u.test(name) || name.replace(/[^\p{L}]/gu, '').length < 2) return null;
  return nameCase(name);
}
