import { DataSet, englishDataset, SyntaxKind } from 'obscenity';
import type { EnglishProfaneWord, ParsedPattern, PhraseContainer } from 'obscenity';
import { expandPattern } from '../term-syntax';
import type { TermGroup, TermRule } from './types';

/**
 * obscenity's curated English dataset (patterns plus per-phrase whitelists), re-expressed in our
 * term syntax so it runs on the shared fast matcher. Each phrase keeps its own whitelist scope.
 *
 * What we change and why:
 * - every phrase gets a rule (profanity vs. insult vs. hate) and a confidence;
 * - clinical words (penis, vagina, incest …) are dropped: naming them breaks no netiquette, and a
 *   pharmacy's or health insurer's page would drown in flags; "abo" is dropped because "Abo" is the
 *   everyday German word for a subscription;
 * - "anal" keeps only its word-start pattern: the mid-word ones ("kanal", "fanal") are German words;
 * - patterns of three letters or fewer ("ass", "cum", "fk", "tit") and words with a harmless German
 *   meaning ("dick" = fat, "wank" = sway) only count in English text;
 * - "dick" counts here only inside a longer word ("dickhead", "limpdick"): alone it is as often a
 *   first name, a store or a pudding ("Tell Dick", "Dick's", "Spotted Dick"), so the English list
 *   takes it in context ("you dick", "such a dick", "my dick");
 * - German whitelist additions (Cockpit, Shitstorm, Fagott, Negroni, Analphabet, cum laude).
 */

interface Mapping {
  rule: TermRule;
  confidence: number;
  lang?: 'en';
  allow?: readonly string[];
}

const DROPPED: ReadonlySet<EnglishProfaneWord> = new Set<EnglishProfaneWord>([
  'abo', 'anus', 'bestiality', 'ejaculate', 'incest', 'masturbate', 'orgasm', 'penis', 'semen', 'vagina',
]);

const hate = (confidence = 0.95, extra: Partial<Mapping> = {}): Mapping => ({ rule: 'hate', confidence, ...extra });
const insult = (confidence = 0.9, extra: Partial<Mapping> = {}): Mapping => ({ rule: 'insult', confidence, ...extra });
const profane = (confidence = 0.8, extra: Partial<Mapping> = {}): Mapping => ({ rule: 'profanity', confidence, ...extra });

const MAPPING: Partial<Record<EnglishProfaneWord, Mapping>> = {
  abeed: hate(), africoon: hate(), arabush: hate(), boonga: hate(), chingchong: hate(), chink: hate(),
  kike: hate(), nigger: hate(), tranny: hate(0.85),
  negro: hate(0.8, { allow: ['negroni'] }),
  fag: hate(0.85, { allow: ['fagott'] }),
  dyke: hate(0.75, { lang: 'en' }),
  bastard: insult(), bitch: insult(), cunt: insult(0.95), twat: insult(), prick: insult(0.8), slut: insult(),
  whore: insult(), retard: insult(0.85), spastic: insult(0.85), cuck: insult(0.7, { lang: 'en' }),
  dick: insult(0.8, {
    lang: 'en',
    // German "dick" means thick or fat; these also keep the classifier off "Dickdarm" and co.
    allow: [
      'dicke', 'dicken', 'dicker', 'dickes', 'dickem', 'dickdarm', 'dickicht', 'dickflüssig', 'dickmilch', 'dickhäuter', 'dickkopf', 'dickschädel',
      // Names, which the compounds would otherwise find.
      'dickson', 'dickinson', 'dickey', 'dickie', 'dickies', 'dickman', 'dickel', 'riddick', 'reddick', 'braddick',
    ],
  }), ass: insult(0.7, { lang: 'en' }), arse: insult(0.7, { lang: 'en' }),
  turd: insult(0.7), wank: insult(0.75, { lang: 'en' }), hooker: insult(0.6, { lang: 'en' }),
  fuck: profane(0.85), shit: profane(0.8, { allow: ['shitstorm', 'shiitake'] }), piss: profane(0.7),
  cock: profane(0.75, { allow: ['cockpit', 'cocktail'] }), boob: profane(0.5, { lang: 'en' }),
  tit: profane(0.6), pussy: profane(0.75), jizz: profane(), dildo: profane(0.6), porn: profane(0.5),
  anal: profane(0.6, { allow: ['analphabet', 'analyt', 'analys'] }),
  cum: profane(0.6, { allow: ['cum laude', 'summa cum'] }), sex: profane(0.4), blowjob: profane(),
  buttplug: profane(), deepthroat: profane(), gangbang: profane(), handjob: profane(), hentai: profane(0.5),
  fisting: profane(0.6), felch: profane(), fellatio: profane(0.6), lubejob: profane(), 'jerk off': profane(),
  'finger bang': profane(), doggystyle: profane(0.6), 'double penetration': profane(), scat: profane(0.5, { lang: 'en' }),
  orgy: profane(0.5), bollocks: profane(0.7),
  rape: { rule: 'threat', confidence: 0.6, lang: 'en', allow: ['grape', 'rapeseed', 'drape'] },
};

const ALPHABET_OPTIONS = `(${'abcdefghijklmnopqrstuvwxyz'.split('').join('|')})`;
/** Any letter but these; a repeated letter would collapse back into the bare word ("dickk" is "dick"). */
const letterOtherThan = (skip: string): string => `(${[...'abcdefghijklmnopqrstuvwxyz'].filter((c) => !skip.includes(c)).join('|')})`;

/**
 * obscenity's "dick" pattern as compounds only: a letter before or after it. "dicks" alone is left
 * out too, since the normaliser reads "Dick's" as "dicks".
 */
const DICK_COMPOUNDS: readonly string[] = [`dick${letterOtherThan('ks')}`, `dicks${letterOtherThan('s')}`, `${letterOtherThan('d')}dick`];

function toTermPattern(p: ParsedPattern): string {
  let out = p.requireWordBoundaryAtStart ? '|' : '';
  for (const node of p.nodes) {
    if (node.kind === SyntaxKind.Literal) out += String.fromCodePoint(...node.chars);
    else if (node.kind === SyntaxKind.Wildcard) out += ALPHABET_OPTIONS;
    else if (node.kind === SyntaxKind.Optional) {
      const child = node.childNode;
      out += child.kind === SyntaxKind.Literal ? `[${String.fromCodePoint(...child.chars)}]` : `[${ALPHABET_OPTIONS.slice(1, -1)}]`;
    }
  }
  return p.requireWordBoundaryAtEnd ? `${out}|` : out;
}

/**
 * obscenity matches its patterns against input whose doubled letters were collapsed (except
 * b, e, o, l, s, g), and our compiler collapses the patterns the same way. For most patterns that
 * changes nothing that matters ("buttplug" still needs "butplug"), but these two turn into
 * everyday words: "titt" (at a word start) into "tit", which would find "Titel" and "Titisee",
 * and "tiddies" into "tidies".
 */
const COLLAPSING_PATTERNS: ReadonlySet<string> = new Set(['titt', 'tiddies']);

let cached: TermGroup[] | undefined;

export function obscenityGroups(): readonly TermGroup[] {
  if (cached) return cached;
  const phrases: PhraseContainer<{ originalWord: EnglishProfaneWord }>[] = [];
  // DataSet keeps phrases private; removePhrasesIf is its public way to visit each one.
  new DataSet<{ originalWord: EnglishProfaneWord }>().addAll(englishDataset).removePhrasesIf((phrase) => {
    phrases.push(phrase);
    return false;
  });
  const groups: TermGroup[] = [];
  for (const phrase of phrases) {
    const word = phrase.metadata?.originalWord;
    if (word === undefined || DROPPED.has(word)) continue;
    const m = MAPPING[word] ?? profane(0.6);
    let patterns = phrase.patterns;
    if (word === 'anal') patterns = patterns.filter((p) => p.requireWordBoundaryAtStart);
    const allow = [...phrase.whitelistedTerms, ...(m.allow ?? [])];
    const short: string[] = [];
    const long: string[] = [];
    for (const p of patterns) {
      const pattern = toTermPattern(p);
      if (word === 'dick' && pattern === 'dick') {
        long.push(...DICK_COMPOUNDS);
        continue;
      }
      for (const t of expandPattern(pattern)) {
        if (COLLAPSING_PATTERNS.has(t.text)) continue;
        const written = `${t.startBoundary ? '|' : ''}${t.text}${t.endBoundary ? '|' : ''}`;
        (t.text.replace(/ /g, '').length <= 3 ? short : long).push(written);
      }
    }
    const base = { rule: m.rule, confidence: m.confidence, allow, source: `obscenity:${word}` };
    if (long.length > 0) groups.push({ ...base, terms: long, ...(m.lang ? { lang: m.lang } : {}) });
    if (short.length > 0) groups.push({ ...base, terms: short, lang: 'en' });
  }
  cached = groups;
  return groups;
}
