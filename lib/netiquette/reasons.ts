import type { Flag, RuleId } from './rules';

/**
 * One-line reasons for flags in German and English. The UI may do its own i18n from the reason
 * code and parameters; this is the fallback and the CLI's wording.
 */
export type ReasonLanguage = 'de' | 'en';

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
  const n = typeof x === 'number' && Number.isFinite(x) ? Math.round(x * 100) : 0;
  return lang === 'de' ? `${n} %` : `${n}%`;
}

function quoted(s: unknown, lang: ReasonLanguage): string {
  const t = typeof s === 'string' ? s : String(s ?? '');
  return lang === 'de' ? `„${t}“` : `“${t}”`;
}

function count(x: unknown): number {
  return typeof x === 'number' && Number.isFinite(x) ? x : 0;
}

export function reasonText(flag: Pick<Flag, 'rule' | 'reason'>, lang: ReasonLanguage): string {
  const p = flag.reason.params;
  const de = lang === 'de';
  switch (flag.reason.code) {
    case 'term': {
      const label = TERM_LABEL[flag.rule][lang];
      const hidden = p.obfuscated === true ? (de ? ' (verschleiert geschrieben)' : ' (obfuscated)') : '';
      return `${label}: ${quoted(p.term, lang)}${hidden}`;
    }
    case 'classifier':
      return de
        ? `Der Klassifikator hält den Kommentar für beleidigend (${percent(p.score, lang)})`
        : `The classifier rates the comment as abusive (${percent(p.score, lang)})`;
    case 'phone':
      return de ? 'Telefonnummer veröffentlicht' : 'Phone number made public';
    case 'email':
      return de ? 'E-Mail-Adresse veröffentlicht' : 'E-mail address made public';
    case 'iban':
      return de ? 'IBAN (Bankverbindung) veröffentlicht' : 'IBAN (bank account) made public';
    case 'address':
      return de ? 'Anschrift veröffentlicht' : 'Street address made public';
    case 'link-farm': {
      const n = count(p.count);
      if (de) return n === 1 ? 'Link in einem werblichen Kommentar' : `${n} Links in einem Kommentar`;
      return n === 1 ? 'Link in a promotional comment' : `${n} links in one comment`;
    }
    case 'money-promise':
      return de ? 'Verspricht schnelles Geld' : 'Promises easy money';
    case 'spam-phrase':
      return de ? `Typische Werbephrase ${quoted(p.term, lang)}` : `Typical advertising phrase ${quoted(p.term, lang)}`;
    case 'caps':
      return de
        ? `Überwiegend Großbuchstaben (${percent(p.ratio, lang)})`
        : `Mostly capital letters (${percent(p.ratio, lang)})`;
    case 'exclamations':
      return de ? `Reihe von ${count(p.count)} Ausrufezeichen` : `Row of ${count(p.count)} exclamation marks`;
    case 'blocked-term':
      return de ? `Vom Unternehmen gesperrter Begriff ${quoted(p.term, lang)}` : `Term blocked by the company ${quoted(p.term, lang)}`;
  }
}
