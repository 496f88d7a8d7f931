import type { DetectionResult } from './detector';
import type { LocalizedText } from './rules';

/**
 * Disputes: two people trading heated replies in one thread. Definitions, so the UI can explain
 * itself:
 * - heated: the detector found an insult, profanity, threat or hate, or shouting in capitals, or the text
 *   attacks the other person directly (a second-person word near a dismissive marker: "du hast
 *   keine Ahnung", "you're delusional", "lern lesen");
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

const SECOND_PERSON = new Set([
  'du', 'dich', 'dir', 'dein', 'deine', 'deinen', 'deinem', 'deiner', 'ihr', 'euch', 'euer', 'eure', 'bist', 'hast',
  'you', 'your', 'youre', 'yours', 'u', 'ur', 'yourself',
]);

/** Dismissive or accusing words and short phrases (matched as whole words, lower-case). */
const ATTACK_MARKERS = [
  'keine ahnung', 'null ahnung', 'lächerlich', 'peinlich', 'erbärmlich', 'armselig', 'lügst', 'lügner', 'lügnerin',
  'gelogen', 'quatsch', 'unsinn', 'schwachsinn', 'blödsinn', 'bullshit', 'laber', 'labern', 'gelaber', 'troll',
  'heul', 'heulsuse', 'jammerlappen', 'kapierst', 'kapiert', 'checkst', 'lern lesen', 'lies mal', 'schäm dich',
  'hau ab', 'verschwinde', 'nervst', 'wer hat dich gefragt', 'halt dich raus', 'mach dich nicht lächerlich',
  'no idea', 'no clue', 'clueless', 'ridiculous', 'pathetic', 'embarrassing', 'liar', 'lying', 'lies', 'nonsense',
  'delusional', 'brainwashed', 'get a life', 'grow up', 'learn to read', 'nobody asked', 'cry more', 'whining',
  'go away', 'shut up', 'moron', 'idiot', 'stupid', 'dumb',
];

const MARKERS: ReadonlyArray<readonly string[]> = ATTACK_MARKERS.map((m) => m.split(' '));
/** How many words apart the second-person word and the marker may be. */
const NEAR = 6;

function words(text: string): string[] {
  return text
    .slice(0, 5000)
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/** A direct attack on the reader: a second-person word within NEAR words of an attack marker. */
export function attacksReader(text: string): boolean {
  const w = words(text);
  const you: number[] = [];
  for (let i = 0; i < w.length; i++) if (SECOND_PERSON.has(w[i] ?? '')) you.push(i);
  if (you.length === 0) return false;
  for (let i = 0; i < w.length; i++) {
    for (const m of MARKERS) {
      let ok = true;
      for (let k = 0; k < m.length && ok; k++) if (w[i + k] !== m[k]) ok = false;
      if (ok && you.some((y) => Math.abs(y - i) <= NEAR)) return true;
    }
  }
  return false;
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
