import { DEFAULT_RULES, type Flag, type Lang, type LocalizedText, type Rule, type RuleId } from './rules';

/**
 * One-line reasons for flags in German and English, built from the flag's reason code and
 * parameters. Quoted words are the reader's own spelling of the flagged span (not the
 * de-obfuscated form), so the moderator recognises them in the comment.
 */
export type ReasonLanguage = Lang;

const TERM_LABEL: Record<RuleId, { de: string; en: string }> = {
  insult: { de: 'Beleidigung', en: 'Insult' },
  profanity: { de: 'Vulgärer Ausdruck', en: 'Profanity' },
  threat: { de: 'Drohung', en: 'Threat' },
  hate: { de: 'Abwertung einer Gruppe', en: 'Hostility against a group' },
  spam: { de: 'Werbephrase', en: 'Advertising phrase' },
  'personal-data': { de: 'Persönliche Daten', en: 'Personal data' },
  shouting: { de: 'Schreien', en: 'Shouting' },
  'blocked-term': { de: 'Gesperrter Begriff', en: 'Blocked term' },
};

function percent(x: unknown, lang: ReasonLanguage): string {
  const n = typeof x === 'number' && Number.isFinite(x) ? Math.round(Math.min(1, Math.max(0, x)) * 100) : 0;
  return lang === 'de' ? `${n} %` : `${n}%`;
}

function quoted(s: unknown, lang: ReasonLanguage): string {
  const t = (typeof s === 'string' ? s : String(s ?? '')).replace(/\s+/g, ' ').trim();
  return lang === 'de' ? `„${t}“` : `“${t}”`;
}

function count(x: unknown): number {
  return typeof x === 'number' && Number.isFinite(x) ? x : 0;
}

/** The reason for a flag as one line in the interface language. */
export function reasonText(flag: Pick<Flag, 'rule' | 'reason'>, lang: ReasonLanguage): string {
  const p = flag.reason.params;
  const de = lang === 'de';
  switch (flag.reason.code) {
    case 'term': {
      const label = TERM_LABEL[flag.rule][lang];
      const hidden = p.obfuscated === true ? (de ? ' (verschleiert geschrieben)' : ' (disguised spelling)') : '';
      return `${label}: ${quoted(p.term, lang)}${hidden}`;
    }
    case 'classifier':
      return de
        ? `Klingt beleidigend, auch ohne Wort von der Liste (Modell: ${percent(p.score, lang)})`
        : `Reads as abusive even without a listed word (model: ${percent(p.score, lang)})`;
    case 'phone':
      return de ? 'Telefonnummer öffentlich gepostet' : 'Phone number posted publicly';
    case 'email':
      return de ? 'E-Mail-Adresse öffentlich gepostet' : 'E-mail address posted publicly';
    case 'iban':
      return de ? 'IBAN (Bankverbindung) öffentlich gepostet' : 'IBAN (bank account) posted publicly';
    case 'address':
      return de ? 'Anschrift öffentlich gepostet' : 'Street address posted publicly';
    case 'link-farm': {
      const n = count(p.count);
      if (de) return n === 1 ? 'Link in einem werblichen Kommentar' : `${n} Links in einem werblichen Kommentar`;
      return n === 1 ? 'Link in a promotional comment' : `${n} links in a promotional comment`;
    }
    case 'money-promise':
      return de ? 'Verspricht schnelles Geld' : 'Promises easy money';
    case 'spam-phrase':
      return de ? `Typische Werbephrase ${quoted(p.term, lang)}` : `Typical advertising phrase ${quoted(p.term, lang)}`;
    case 'caps':
      if (p.run === true) return de ? 'Passage in Großbuchstaben' : 'Passage in capital letters';
      return de
        ? `Überwiegend Großbuchstaben (${percent(p.ratio, lang)})`
        : `Mostly capital letters (${percent(p.ratio, lang)})`;
    case 'exclamations':
      return de ? `Reihe von ${count(p.count)} Ausrufezeichen` : `Row of ${count(p.count)} exclamation marks`;
    case 'blocked-term':
      return de ? `Von Ihnen gesperrter Begriff ${quoted(p.term, lang)}` : `Term you blocked ${quoted(p.term, lang)}`;
  }
}

/** What the overlay shows for one flag. */
export interface FlagView {
  rule: Flag['rule'];
  /** The rule's name in the interface language (the company's own wording where it renamed it). */
  ruleName: string;
  severity: Flag['severity'];
  /** UTF-16 offsets into the comment text, end exclusive: the span to highlight. */
  start: number;
  end: number;
  /** The flagged words as written. */
  words: string;
  /** 0..1. */
  confidence: number;
  /** One line in the interface language. */
  reason: string;
}

/** Most characters of the flagged words a badge repeats: the shouting rule flags a whole comment. */
export const MAX_WORDS_SHOWN = 60;

function shownWords(words: string): string {
  if (words.length <= MAX_WORDS_SHOWN) return words;
  // By code point, so an emoji is not cut in half.
  const chars = Array.from(words);
  return chars.length <= MAX_WORDS_SHOWN ? words : `${chars.slice(0, MAX_WORDS_SHOWN - 1).join('')}…`;
}

/** Flags ready to display; `rules` are the company's rules (names), defaults where absent. */
export function flagViews(
  text: string,
  flags: readonly Flag[],
  lang: ReasonLanguage,
  rules?: readonly Pick<Rule, 'id' | 'name'>[],
): FlagView[] {
  const names = new Map<string, LocalizedText>();
  for (const r of DEFAULT_RULES) names.set(r.id, r.name);
  for (const r of rules ?? []) names.set(r.id, r.name);
  return flags.map((f) => ({
    rule: f.rule,
    ruleName: names.get(f.rule)?.[lang] ?? f.rule,
    severity: f.severity,
    start: f.start,
    end: f.end,
    words: shownWords(text.slice(f.start, f.end)),
    confidence: f.confidence,
    reason: reasonText(f, lang),
  }));
}
