import type { DetectionResult } from './detector';
import type { LocalizedText } from './rules';

/**
 * Disputes: two people trading heated replies in one thread. Definitions, so the UI can explain
 * itself:
 * - heated: the detector found an insult, profanity, threat or hate, or shouting in capitals, or the text
 *   attacks the other person directly (a dismissive marker aimed at the reader: "du hast keine
 *   Ahnung", "you're delusional", "du laberst", "you lie", "dich hat keiner gefragt"; the milder
 *   markers not when the reply laughs, smiles, thanks or agrees: see attacksReader);
 * - a dispute: among the heated replies of two authors who are not the page itself, at least
 *   MIN_TURNS turns alternate between them (A, B, A). Replies by others in between do not break
 *   the exchange; several replies in a row by one of them are one turn.
 */
export const MIN_TURNS = 3;

export interface ThreadItem {
  /** The comment key. */
  id: string;
  authorKey: string;
  authorName: string;
  /** Written by the page itself: never one side of a dispute. */
  byOwner: boolean;
  /** Posting time; items without one keep their given order. */
  at: number | null;
  text: string;
  /** The detector's result for this item, where the caller has it. */
  detection?: Pick<DetectionResult, 'offensive' | 'flags'>;
}

export interface Dispute {
  authors: [{ key: string; name: string }, { key: string; name: string }];
  /** The heated replies of the exchange, in order. */
  itemIds: string[];
  turns: number;
  /** A de-escalating reply in the company's voice, names filled in; plain text. */
  suggestion: LocalizedText;
}

const SECOND_PERSON: ReadonlySet<string> = new Set([
  'du', 'dich', 'dir', 'dein', 'deine', 'deinen', 'deinem', 'deiner', 'deines', 'ihr', 'euch', 'euer', 'eure', 'euren',
  'eurem', 'eurer', 'bist', 'hast', 'seid', 'habt', 'kannst',
  'you', 'your', 'youre', 'yours', 'u', 'ur', 'yourself', 'yourselves', 'youve', 'youd', 'youll', 'yall',
]);

/**
 * Other people's pronouns: the nearest pronoun tells whom a marker is about. "Ich hatte auch keine
 * Ahnung, bis du es erwähnt hast" is the writer about themselves, though a "du" is near.
 */
const OTHER_PERSON: ReadonlySet<string> = new Set([
  'ich', 'mich', 'mir', 'mein', 'meine', 'meinen', 'meinem', 'meiner', 'wir', 'uns', 'unser', 'unsere', 'hab', 'habe', 'bin',
  'er', 'sie', 'ihn', 'ihm', 'sein', 'seine',
  'i', 'me', 'my', 'mine', 'myself', 'im', 'ive', 'we', 'us', 'our', 'he', 'she', 'they', 'them', 'his', 'their',
]);

/**
 * How a marker must stand to the reader to attack them:
 * - near: the pronoun it is said of is second person: the nearest one before it in its sentence
 *   ("du bist lächerlich", not "ich bin so peinlich, hab dich nicht gesehen"), else after it there
 *   ("lächerlich von dir"), else, alone in its sentence, around it ("Lächerlich. Du …"); NEAR words at most.
 * - owned: something the reader lacks; the nearest pronoun before it in the sentence is second
 *   person ("du hast keine Ahnung", not "ich hatte keine Ahnung"), or right after it ("keine Ahnung hast du").
 * - subject: English verbs that are innocent with any other subject ("the answer lies in the FAQ"):
 *   a second-person word among the three words before, in the same sentence ("you lie", "you're lying").
 * - command: said to the reader ("grow up", "hau ab"), unless a pronoun is its subject ("did you
 *   grow up near…", "when we grow up"); a second-person word must be within NEAR words.
 * Strong markers attack whatever else the reply says; weak ones also come up in friendly banter
 * and count only without a calming signal (see calms).
 */
type Kind = 'near' | 'owned' | 'subject' | 'command';

interface Marker {
  /** Lower-case words; a trailing `*` matches any word starting so ("laber*": laberst, labert). */
  words: readonly string[];
  kind: Kind;
  strong: boolean;
}

const list = (kind: Kind, strong: boolean, phrases: readonly string[]): Marker[] =>
  phrases.map((p) => ({ words: p.split(' '), kind, strong }));

const ATTACK_MARKERS: readonly Marker[] = [
  ...list('owned', false, [
    'keine ahnung', 'null ahnung', 'keinen plan', 'kein plan', 'null plan', 'keinen schimmer', 'no idea', 'no clue', 'clueless',
  ]),
  ...list('near', false, [
    'quatsch', 'unsinn', 'schwachsinn', 'blödsinn', 'bullshit', 'lächerlich', 'peinlich', 'heul', 'heulst', 'heulsuse',
    'jammerlappen', 'troll', 'kapierst', 'kapiert', 'checkst', 'lies mal', 'nervst', 'ridiculous', 'embarrassing', 'nonsense',
    'delusional', 'brainwashed', 'whining', 'stupid', 'dumb',
  ]),
  ...list('command', false, ['grow up', 'get a life', 'cry more']),
  ...list('near', true, [
    'lüg*', 'gelogen', 'verlogen', 'laber*', 'gelaber*', 'erbärmlich', 'armselig', 'schäm dich', 'halt dich raus',
    'mach dich nicht lächerlich', 'kannst nicht lesen', 'kannst wohl nicht lesen', 'eigenen kram', 'eigenen mist', 'eigenen dreck',
    'nobody asked', 'no one asked', 'liar', 'liars', 'pathetic', 'cant read', 'cannot read', 'educate yourself', 'own business',
    'moron', 'idiot',
  ]),
  ...list('subject', true, ['lie', 'lies', 'lied', 'lying']),
  ...list('command', true, ['hau ab', 'verschwinde', 'verschwindet', 'lern lesen', 'go away', 'get lost', 'shut up', 'learn to read']),
];

/** "Nobody asked you" and its family: someone rhetorical, the asking, and the reader as the one asked. */
const NOBODY = new Set(['keiner', 'niemand', 'wer', 'nobody', 'who']);
const ASKED = new Set(['gefragt', 'asked', 'ask']);
const ASKED_WHOM = new Set(['dich', 'euch', 'deine', 'deiner', 'deinen', 'eure', 'eurer', 'euren', 'you', 'your', 'yall']);
/** Pronouns that can be the subject of a verb: "we grow up" is no command, "talk to me, shut up" is. */
const SUBJECTS = new Set(['i', 'we', 'they', 'he', 'she', 'you', 'u', 'ich', 'wir', 'du', 'ihr', 'er', 'sie']);
const PASSIVE = new Set(['been', 'being', 'was', 'were', 'get', 'got', 'gets', 'getting']);
/** Questions about the reader, where the pronoun is not the subject of a command: "did you grow up…". */
const QUESTION_WORDS = new Set(['did', 'do', 'does', 'have', 'had', 'can', 'could', 'will', 'would', 'where', 'when', 'how', 'hast', 'bist', 'wann', 'wo', 'wie']);

/**
 * Signs that a reply is friendly, which outweigh the weak markers: a laughing or smiling face,
 * laughter, thanks, an apology, or telling the other they are right ("Ach Quatsch, du hast natürlich
 * recht 😊"). Not the tears of laughter (U+1F602, U+1F923), the grinning devil or the smirk: under a
 * reply aimed at someone they mock ("😂😂😂 You are delusional" is how most of them read in OLID).
 */
const CALM_EMOJI = /[\u{1F600}\u{1F601}\u{1F603}-\u{1F607}\u{1F609}-\u{1F60D}\u{1F618}\u{1F642}\u{1F917}\u{1F970}\u{263A}\u{2764}\u{1F495}\u{1F44D}\u{1F64F}]/u;
const CALM_EMOTICON = /(?:^|\s)(?:[:;]-?[)D]|\^\^|xd)(?=$|[\s!.,?])/i;
const CALM_WORDS = new Set(['danke', 'dankeschön', 'dank', 'thanks', 'thank', 'thx', 'merci', 'sorry', 'entschuldigung']);
const LAUGH = /^(?:ha){2,}h?$|^(?:hi){2,}$|^(?:he){2,}$/;
const HAVE = new Set(['hast', 'habt', 'haben', 'hat', 'hab', 'habe']);

const MARKERS_BY_WORD = new Map<string, Marker[]>();
const STEM_MARKERS: Marker[] = [];
for (const m of ATTACK_MARKERS) {
  const first = m.words[0] ?? '';
  if (first.endsWith('*')) STEM_MARKERS.push(m);
  else MARKERS_BY_WORD.set(first, [...(MARKERS_BY_WORD.get(first) ?? []), m]);
}

/** How many words apart the second-person word and the marker may be. */
const NEAR = 6;

interface Words {
  w: string[];
  /** Sentence number of each word. */
  sentence: number[];
}

function words(text: string): Words {
  const w: string[] = [];
  const sentence: number[] = [];
  text
    .slice(0, 5000)
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[.!?;:\n]+/)
    .forEach((part, n) => {
      for (const word of part.split(/[^\p{L}\p{N}]+/u)) {
        if (word.length === 0) continue;
        w.push(word);
        sentence.push(n);
      }
    });
  return { w, sentence };
}

const wordMatches = (pattern: string, word: string | undefined): boolean =>
  word !== undefined && (pattern.endsWith('*') ? word.startsWith(pattern.slice(0, -1)) : word === pattern);

const personOf = (word: string | undefined): 2 | 1 | 0 => (word === undefined ? 0 : SECOND_PERSON.has(word) ? 2 : OTHER_PERSON.has(word) ? 1 : 0);

/**
 * The person of the first pronoun met walking from `from` in direction `step`, within `reach` words
 * and, unless `sentence` is null, inside that sentence; 0 when there is none.
 */
function firstPerson(x: Words, from: number, step: -1 | 1, reach: number, sentence: number | null): 2 | 1 | 0 {
  for (let k = from, n = 0; k >= 0 && k < x.w.length && n < reach; k += step, n++) {
    if (sentence !== null && x.sentence[k] !== sentence) break;
    const p = personOf(x.w[k]);
    if (p !== 0) return p;
  }
  return 0;
}

function readerWithin(x: Words, a: number, b: number): boolean {
  for (let i = Math.max(0, a - NEAR); i < Math.min(x.w.length, b + NEAR); i++) if (personOf(x.w[i]) === 2) return true;
  return false;
}

function attacksAt(x: Words, m: Marker, i: number): boolean {
  const end = i + m.words.length;
  const sentence = x.sentence[i] ?? 0;
  for (let k = i; k < end; k++) if (personOf(x.w[k]) === 2) return true; // "halt dich raus", "educate yourself"
  switch (m.kind) {
    case 'near': {
      // Whom the sentence is about: its subject usually comes first ("You are even more pathetic than
      // he is"), and a pronoun in the next sentence is about something else ("…idiot! He is…").
      const before = firstPerson(x, i - 1, -1, NEAR, sentence);
      if (before !== 0) return before === 2;
      const after = firstPerson(x, end, 1, NEAR, x.sentence[end - 1] ?? sentence);
      if (after !== 0) return after === 2;
      // A marker on its own ("Lächerlich. Du hast …"): said to whoever the neighbours address.
      return firstPerson(x, i - 1, -1, NEAR, null) === 2 || firstPerson(x, end, 1, NEAR, null) === 2;
    }
    case 'owned': {
      const before = firstPerson(x, i - 1, -1, NEAR, sentence);
      if (before !== 0) return before === 2;
      return firstPerson(x, end, 1, 3, sentence) === 2;
    }
    case 'subject': {
      if (x.w[end] === 'down' || PASSIVE.has(x.w[i - 1] ?? '')) return false; // "lie down", "you've been lied to"
      for (let k = i - 1; k >= Math.max(0, i - 3) && x.sentence[k] === sentence; k--) if (personOf(x.w[k]) === 2) return true;
      return false;
    }
    case 'command': {
      const before = x.sentence[i - 1] === sentence ? (x.w[i - 1] ?? '') : '';
      if (SUBJECTS.has(before)) {
        if (personOf(before) !== 2) return false; // "when we grow up"
        if (x.sentence[i - 2] === sentence && QUESTION_WORDS.has(x.w[i - 2] ?? '')) return false; // "did you grow up…?"
      }
      return readerWithin(x, i, end);
    }
  }
}

/** "Nobody asked you", "Dich hat keiner gefragt", "Keiner hat nach deiner Meinung gefragt": close together in one sentence. */
function nobodyAsked(x: Words): boolean {
  for (let i = 0; i < x.w.length; i++) {
    if (!ASKED.has(x.w[i] ?? '')) continue;
    let who = false;
    let whom = false;
    for (let k = Math.max(0, i - 5); k <= Math.min(x.w.length - 1, i + 2); k++) {
      if (x.sentence[k] !== x.sentence[i]) continue;
      const w = x.w[k] ?? '';
      if (NOBODY.has(w) || (w === 'one' && x.w[k - 1] === 'no')) who ||= k < i;
      if (ASKED_WHOM.has(w)) whom = true;
    }
    if (who && whom) return true;
  }
  return false;
}

/** A friendly sign in the reply (see CALM_EMOJI and the words): "danke für nichts" is none. */
function calms(text: string, x: Words): boolean {
  if (CALM_EMOJI.test(text) || CALM_EMOTICON.test(text)) return true;
  for (let i = 0; i < x.w.length; i++) {
    const w = x.w[i] ?? '';
    const next = x.w[i + 1];
    if (CALM_WORDS.has(w) || LAUGH.test(w)) {
      const sarcastic = (next === 'für' || next === 'for') && x.w[i + 2] === (next === 'für' ? 'nichts' : 'nothing');
      const refusal = x.w[i - 1] === 'nein' || x.w[i - 1] === 'no';
      if (!sarcastic && !refusal) return true;
    }
    // "du hast (natürlich) recht", "recht habt ihr", "you're (absolutely) right", "that's right"; not "recht teuer".
    if (w === 'recht' && [x.w[i - 1], x.w[i - 2], next].some((v) => v !== undefined && HAVE.has(v))) return true;
    if (w === 'right') {
      const [p1, p2, p3] = [x.w[i - 1], x.w[i - 2], x.w[i - 3]];
      if ([p1, p2].some((v) => v === 'youre' || v === 'thats') || (p1 === 'are' && p2 === 'you') || (p2 === 'are' && p3 === 'you')) return true;
    }
  }
  return false;
}

/** A direct attack on the reader, by the marker rules above, or the "nobody asked you" family. */
export function attacksReader(text: string): boolean {
  const x = words(text);
  let weak = false;
  for (let i = 0; i < x.w.length; i++) {
    const w = x.w[i] ?? '';
    const candidates = MARKERS_BY_WORD.get(w);
    for (const m of candidates ? [...candidates, ...STEM_MARKERS] : STEM_MARKERS) {
      let ok = true;
      for (let k = 0; k < m.words.length && ok; k++) ok = wordMatches(m.words[k] ?? '', x.w[i + k]);
      if (!ok || !attacksAt(x, m, i)) continue;
      if (m.strong) return true;
      weak = true;
    }
  }
  if (nobodyAsked(x)) return true;
  return weak && !calms(text, x);
}

/** Heated, by the definition above. */
export function isHeated(item: Pick<ThreadItem, 'text' | 'detection'>): boolean {
  const d = item.detection;
  // Capitals count as raised voice; a row of "!!!" alone is as often delight as anger.
  if (d && (d.offensive || d.flags.some((f) => f.rule === 'shouting' && f.reason.code === 'caps'))) return true;
  return attacksReader(item.text);
}

function suggestion(a: string, b: string, netiquetteUrl: string | undefined): LocalizedText {
  const url = netiquetteUrl?.trim();
  return {
    de: `Hallo ${a} und ${b}, wir sehen, dass Ihnen beiden das Thema am Herzen liegt. Bitte bleiben Sie sachlich und freundlich zueinander: Unterschiedliche Meinungen sind hier willkommen, persönliche Angriffe nicht${
      url ? ` (siehe unsere Netiquette: ${url})` : ''
    }. Wenn es um ein konkretes Anliegen mit uns geht, schreiben Sie uns gern eine private Nachricht – dann kümmern wir uns direkt darum.`,
    en: `Hi ${a} and ${b}, we can see this topic matters to both of you. Please keep it factual and friendly with each other: different opinions are welcome here, personal attacks are not${
      url ? ` (see our netiquette: ${url})` : ''
    }. If there's a specific issue with us, just send us a private message and we'll look into it directly.`,
  };
}

export interface DisputeOptions {
  minTurns?: number;
  netiquetteUrl?: string;
}

/**
 * The most heated two-person exchange in a thread, or null when there is none. `items` is one
 * thread (a post's comments and their replies). Pure: pass detections the overlay already has.
 */
export function detectDispute(items: readonly ThreadItem[], options: DisputeOptions = {}): Dispute | null {
  const minTurns = Math.max(2, options.minTurns ?? MIN_TURNS);
  const ordered = items
    .map((item, index) => ({ item, index }))
    .sort((x, y) => (x.item.at !== null && y.item.at !== null ? x.item.at - y.item.at : 0) || x.index - y.index)
    .map((x) => x.item);
  const heated = ordered.filter((i) => !i.byOwner && i.authorKey && isHeated(i));
  const names = new Map<string, string>();
  for (const i of heated) names.set(i.authorKey, i.authorName);
  const authors = [...names.keys()];
  if (authors.length < 2) return null;

  let best: Dispute | null = null;
  for (let x = 0; x < authors.length; x++) {
    for (let y = x + 1; y < authors.length; y++) {
      const a = authors[x] ?? '';
      const b = authors[y] ?? '';
      const exchange = heated.filter((i) => i.authorKey === a || i.authorKey === b);
      let turns = 0;
      let last = '';
      for (const i of exchange) {
        if (i.authorKey !== last) turns++;
        last = i.authorKey;
      }
      if (turns < minTurns || (best && best.turns >= turns)) continue;
      const nameA = names.get(a) ?? '';
      const nameB = names.get(b) ?? '';
      const first = exchange[0]?.authorKey === a ? [a, nameA, b, nameB] : [b, nameB, a, nameA];
      best = {
        authors: [
          { key: first[0] ?? '', name: first[1] ?? '' },
          { key: first[2] ?? '', name: first[3] ?? '' },
        ],
        itemIds: exchange.map((i) => i.id),
        turns,
        suggestion: suggestion(first[1] ?? '', first[3] ?? '', options.netiquetteUrl),
      };
    }
  }
  return best;
}
