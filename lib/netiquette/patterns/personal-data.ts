import { MAX_PATTERN_HITS, type PatternHit } from './types';

/**
 * Personal data made public: e-mail addresses, IBANs, phone numbers, street addresses.
 * Every regex here is compiled once, bounded (no unbounded repetition that could backtrack
 * quadratically on a hostile 100 KB comment) and only run when a cheap pre-check says it can match.
 * Candidates are validated beyond the regex (IBAN checksum, digit counts, dates) because a false
 * "phone number" on an order number is worse than a missed one.
 */

function isLocalChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45
  );
}

function isDomainChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 45;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** E-mail addresses, found by walking out from each "@" instead of a regex that could backtrack. */
export function findEmails(text: string, out: PatternHit[]): void {
  let at = text.indexOf('@');
  let guard = 0;
  const limit = out.length + MAX_PATTERN_HITS;
  while (at >= 0 && guard++ < 1000 && out.length < limit) {
    let a = at;
    while (a > 0 && at - a < 64 && isLocalChar(text.charCodeAt(a - 1))) a--;
    while (a < at && text.charCodeAt(a) === 46) a++;
    if (a === at) {
      // No local part: an @mention, the commonest "@" by far.
      at = text.indexOf('@', at + 1);
      continue;
    }
    let b = at + 1;
    while (b < text.length && b - at <= 253 && isDomainChar(text.charCodeAt(b))) b++;
    while (b > at + 1 && (text.charCodeAt(b - 1) === 46 || text.charCodeAt(b - 1) === 45)) b--;
    // The domain's last dot; searched only inside the domain, so "@USER" mentions cost nothing.
    let lastDot = -1;
    for (let k = b - 1; k > at + 1; k--) {
      if (text.charCodeAt(k) === 46) {
        lastDot = k;
        break;
      }
    }
    if (a < at && lastDot > at + 1 && b - lastDot - 1 >= 2) {
      let tldLetters = true;
      for (let k = lastDot + 1; k < b; k++) if (!isAsciiLetter(text.charCodeAt(k))) tldLetters = false;
      if (tldLetters) {
        out.push({ rule: 'personal-data', start: a, end: b, confidence: 0.95, code: 'email', params: { kind: 'email' } });
        at = text.indexOf('@', b);
        continue;
      }
    }
    at = text.indexOf('@', at + 1);
  }
}

const OBFUSCATED_AT = /[([{<]\s{0,2}(?:at|ät|@)\s{0,2}[)\]}>]/i;
const OBFUSCATED_EMAIL =
  /(?<![\w.+-])[\w.+-]{1,64}\s{0,2}[([{<]\s{0,2}(?:at|ät|@)\s{0,2}[)\]}>]\s{0,2}[\w-]{1,63}(?:\s{0,2}(?:[([{<]\s{0,2}(?:dot|punkt|\.)\s{0,2}[)\]}>]|\.)\s{0,2}[\w-]{1,63}){1,4}/giu;

/** "max (at) firma (punkt) de": written to dodge harvesters, still an address made public. */
export function findObfuscatedEmails(text: string, out: PatternHit[]): void {
  if (!OBFUSCATED_AT.test(text)) return;
  OBFUSCATED_EMAIL.lastIndex = 0;
  const limitObfuscated = out.length + MAX_PATTERN_HITS;
  for (let m = OBFUSCATED_EMAIL.exec(text); m && out.length < limitObfuscated; m = OBFUSCATED_EMAIL.exec(text)) {
    out.push({
      rule: 'personal-data',
      start: m.index,
      end: m.index + m[0].length,
      confidence: 0.85,
      code: 'email',
      params: { kind: 'email', obfuscated: true },
    });
  }
}

const IBAN_LENGTHS: Record<string, number> = {
  DE: 22, AT: 20, CH: 21, LI: 21, LU: 20, NL: 18, BE: 16, FR: 27, IT: 27, ES: 24, PL: 28, GB: 22, DK: 18, SE: 24,
  NO: 15, FI: 18, IE: 22, PT: 25, CZ: 24, SK: 24, HU: 28, SI: 19, HR: 21, GR: 27, RO: 24, BG: 22, MT: 31, CY: 28,
  EE: 20, LV: 21, LT: 20, IS: 26, MC: 27, SM: 27, TR: 26,
};

const IBAN = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}/gi;

function ibanChecksumOk(compact: string): boolean {
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let rem = 0;
  for (let i = 0; i < rearranged.length; i++) {
    const c = rearranged.charCodeAt(i);
    if (c >= 48 && c <= 57) rem = (rem * 10 + (c - 48)) % 97;
    else if (c >= 65 && c <= 90) rem = (rem * 100 + (c - 55)) % 97;
    else return false;
  }
  return rem === 1;
}

/** IBANs with or without spaces, accepted only when the mod-97 checksum holds. */
export interface Span {
  start: number;
  end: number;
}

/** Maps a count of non-space characters from the start of `raw` to a length in `raw`. */
function rawLength(raw: string, compact: number): number {
  let k = 0;
  let seen = 0;
  while (k < raw.length && seen < compact) {
    if (raw.charCodeAt(k) !== 32) seen++;
    k++;
  }
  return k;
}

/**
 * IBANs with or without spaces, accepted only when the mod-97 checksum holds. IBAN-shaped
 * candidates that fail it go to `claimed`, so their digit groups are not then taken for a phone
 * number ("DE89 3704 0044 …" contains "0044 …").
 */
export function findIbans(text: string, out: PatternHit[], claimed?: Span[]): void {
  IBAN.lastIndex = 0;
  const limitIban = out.length + MAX_PATTERN_HITS;
  for (let m = IBAN.exec(text); m && out.length < limitIban; m = IBAN.exec(text)) {
    const raw = m[0];
    const compactAll = raw.replace(/ /g, '').toUpperCase();
    const known = IBAN_LENGTHS[compactAll.slice(0, 2)];
    const lengths = known !== undefined ? [known] : [];
    if (known === undefined) for (let l = Math.min(34, compactAll.length); l >= 15; l--) lengths.push(l);
    let matched = 0;
    for (const l of lengths) {
      if (l > compactAll.length) continue;
      if (ibanChecksumOk(compactAll.slice(0, l))) {
        matched = l;
        break;
      }
    }
    if (matched === 0) {
      claimed?.push({ start: m.index, end: m.index + rawLength(raw, known ?? 22) });
      IBAN.lastIndex = m.index + 2;
      continue;
    }
    const k = rawLength(raw, matched);
    const end = m.index + k;
    const next = text.charCodeAt(end);
    if (!Number.isNaN(next) && /[A-Za-z0-9]/.test(String.fromCharCode(next)) && raw.charCodeAt(k) !== 32) {
      // Glued to more letters or digits: part of something longer, not an IBAN on its own.
      IBAN.lastIndex = m.index + 2;
      continue;
    }
    out.push({ rule: 'personal-data', start: m.index, end, confidence: 0.97, code: 'iban', params: { kind: 'iban' } });
    IBAN.lastIndex = end;
  }
}

const PHONE =
  /(?<![\w+@/.,-])(?:(?:\+|00)[1-9]\d{0,2}(?:[\s./-]{0,2}\(0\))?[\s./-]{0,2}\(?\d{1,12}\)?|\(?0[1-9]\d{0,12}\)?)(?:[\s./-]{1,2}\d{1,8}){0,5}(?![\w@])/g;
const DATE_START = /^\(?\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})(?!\d)/;
const PHONE_CONTEXT = /(?:tel|telefon|fon|handy|mobil|phone|call|ruf|anruf|nummer|number|whatsapp|erreichbar|fax|kontakt|contact)\W{0,5}$/i;
/** "Kundennummer ist", "Bestell-Nr.:", "order no." right before the digits: an identifier, not a phone. */
const NOT_PHONE_CONTEXT =
  /(?:bestell|auftrag|kunden|rechnung|order|invoice|vertrag|ticket|sendung|tracking|referenz|aktenzeichen|plz|konto|blz|iban|artikel|serien|nr\.?|no\.)[\p{L}.-]{0,14}(?:\s+(?:ist|lautet|is|was|war|lautete))?\W{0,5}$/iu;

/** German and international phone numbers. `taken` holds spans already claimed (IBANs, e-mails). */
export function findPhones(text: string, taken: readonly Span[], out: PatternHit[]): void {
  PHONE.lastIndex = 0;
  const limitPhone = out.length + MAX_PATTERN_HITS;
  for (let m = PHONE.exec(text); m && out.length < limitPhone; m = PHONE.exec(text)) {
    const raw = m[0];
    const start = m.index;
    const end = start + raw.length;
    if (taken.some((t) => t.start < end && start < t.end)) continue;
    let digits = 0;
    for (let i = 0; i < raw.length; i++) {
      const c = raw.charCodeAt(i);
      if (c >= 48 && c <= 57) digits++;
    }
    const international = raw.startsWith('+') || raw.startsWith('00');
    if (international ? digits - (raw.startsWith('00') ? 2 : 0) < 8 || digits > 17 : digits < 9 || digits > 13) continue;
    if (DATE_START.test(raw)) continue;
    const before = text.slice(Math.max(0, start - 30), start);
    const context = PHONE_CONTEXT.test(before);
    if (!context && NOT_PHONE_CONTEXT.test(before)) continue;
    const mobile = /^\(?01[5-7]/.test(raw) || /^(?:\+|00)49[\s./-]{0,2}(?:\(0\))?[\s./-]{0,2}1[5-7]/.test(raw);
    const confidence = context ? 0.95 : international || mobile ? 0.88 : 0.7;
    out.push({ rule: 'personal-data', start, end, confidence, code: 'phone', params: { kind: 'phone' } });
  }
}

const SUFFIXES = 'straße|strasse|str\\.|weg|gasse|platz|allee|ring|damm|ufer|chaussee|steig|pfad|stieg|promenade|kai';
/** Suffix and house number, matched where SUFFIX_BEFORE says a suffix starts (sticky). */
const STREET_AT = new RegExp(
  `(?:${SUFFIXES})\\s{0,2}(\\d{1,4}(?:\\s?[a-zA-Z](?![\\p{L}]))?(?:\\s?[-–/]\\s?\\d{1,4})?)(?![\\d\\p{L}])`,
  'iuy',
);
/** A street suffix right before a number (the longest, "promenade", plus two spaces fits 11 characters). */
const SUFFIX_BEFORE = new RegExp(`(?:${SUFFIXES})\\s{0,2}$`, 'iu');
const SUFFIX_REACH = 11;
const DIGIT_RUN = /\d+/g;
const POSTCODE_CITY = /,?\s{1,3}(?:D-)?\d{5}\s{1,3}\p{Lu}[\p{L}-]{1,40}/uy;
const DETERMINERS = new Set([
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'mein', 'meine', 'dein', 'deine', 'sein',
  'ihr', 'ihre', 'unser', 'euer', 'kein', 'keine', 'jeder', 'dieser', 'diese', 'welcher', 'auf', 'im', 'the', 'this',
]);
const EN_ADDRESS =
  /\b\d{1,5}[A-Za-z]?\s(?:[A-Z][a-z]{1,20}\s){1,3}(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Lane|Drive|Boulevard|Blvd\.|Court|Place|Square|Terrace)(?![A-Za-z])/g;

function isLetterAt(text: string, i: number): boolean {
  const ch = text[i];
  return ch !== undefined && ch.toLowerCase() !== ch.toUpperCase();
}

function isUpperAt(text: string, i: number): boolean {
  const ch = text[i];
  return ch !== undefined && ch !== ch.toLowerCase();
}

/**
 * Street addresses like "Musterstraße 12, 12345 Berlin" or "221 Baker Street". The suffix and
 * house number are found first; the street name is then walked backwards, which keeps the search
 * linear where a forward regex with a lazy name would not be.
 */
export function findAddresses(text: string, out: PatternHit[]): void {
  // Numbers are rarer than letters: find each one, then look for a street suffix just before it.
  // (A case-insensitive Unicode alternation tried at every position cost more than all the rest.)
  DIGIT_RUN.lastIndex = 0;
  const limitStreet = out.length + MAX_PATTERN_HITS;
  for (let d = DIGIT_RUN.exec(text); d && out.length < limitStreet; d = DIGIT_RUN.exec(text)) {
    const head = text.slice(Math.max(0, d.index - SUFFIX_REACH), d.index);
    const suffix = SUFFIX_BEFORE.exec(head);
    if (!suffix) continue;
    const suffixStart = d.index - head.length + suffix.index;
    STREET_AT.lastIndex = suffixStart;
    const m = STREET_AT.exec(text);
    if (!m) continue;
    DIGIT_RUN.lastIndex = Math.max(DIGIT_RUN.lastIndex, suffixStart + m[0].length);
    let a = suffixStart;
    while (a > 0 && suffixStart - a < 40 && (isLetterAt(text, a - 1) || text[a - 1] === '-')) a--;
    let start = a;
    if (a === suffixStart) {
      // "Lange Straße 5", "Frankfurter Allee 12": the suffix is a word of its own.
      if (!isUpperAt(text, suffixStart)) continue;
      let b = suffixStart - 1;
      while (b >= 0 && text[b] === ' ') b--;
      let w = b + 1;
      while (w > 0 && b - w < 30 && isLetterAt(text, w - 1)) w--;
      if (w > b || !isUpperAt(text, w) || DETERMINERS.has(text.slice(w, b + 1).toLowerCase())) continue;
      start = w;
    } else if (!isUpperAt(text, a)) continue;
    let end = suffixStart + m[0].length;
    POSTCODE_CITY.lastIndex = end;
    const pc = POSTCODE_CITY.exec(text);
    if (pc) end += pc[0].length;
    out.push({
      rule: 'personal-data',
      start,
      end,
      confidence: pc ? 0.95 : 0.75,
      code: 'address',
      params: { kind: 'address', postcode: pc !== null },
    });
  }
  EN_ADDRESS.lastIndex = 0;
  const limitEnAddress = out.length + MAX_PATTERN_HITS;
  for (let m = EN_ADDRESS.exec(text); m && out.length < limitEnAddress; m = EN_ADDRESS.exec(text)) {
    out.push({ rule: 'personal-data', start: m.index, end: m.index + m[0].length, confidence: 0.8, code: 'address', params: { kind: 'address', postcode: false } });
  }
}

export interface PersonalDataHints {
  digits: number;
  ats: number;
  /** "@" after a possible local-part character, or inside a link (see Skeleton.emailAts). */
  emailAts: number;
  /** "(", "[", "{" and "<" in the text. */
  brackets: number;
}

/** All personal-data findings, skipping each detector whose precondition the text cannot meet. */
export function findPersonalData(text: string, hints: PersonalDataHints, out: PatternHit[]): void {
  const before = out.length;
  // The normaliser's pass already counted what these need: most comments skip both without a
  // scan of their own (an @mention is not an address; "(at)" needs a bracket).
  if (hints.ats > 0 && hints.emailAts > 0) findEmails(text, out);
  if (text.length > 12 && hints.brackets > 0) {
    findObfuscatedEmails(text, out);
  }
  const claimed: Span[] = [];
  if (hints.digits >= 10) findIbans(text, out, claimed);
  if (hints.digits >= 8) findPhones(text, [...out.slice(before), ...claimed], out);
  if (hints.digits >= 1) findAddresses(text, out);
}
