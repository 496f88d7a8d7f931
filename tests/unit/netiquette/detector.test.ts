import { describe, expect, it } from 'vitest';
import { createDetector, createListDetector, bundledModel } from '../../../lib/netiquette/detect';
import { applyDismissals, dismissalFor, dismissedTermsOf } from '../../../lib/netiquette/dismissals';
import { flagViews, MAX_WORDS_SHOWN, reasonText } from '../../../lib/netiquette/reasons';
import { defaultRules, type Flag, type ReasonCode, type Rule, type RuleId } from '../../../lib/netiquette/rules';

const full = createDetector();

function rulesWith(changes: Partial<Record<RuleId, Partial<Rule>>>): Rule[] {
  return defaultRules().map((r) => ({ ...r, ...changes[r.id] }));
}

describe('a flag names rule, span, confidence and reason', () => {
  it('points at the words the reader sees', () => {
    const text = 'Hallo, ihr seid ein Drecksladen und du ein V0ll1d10t!';
    const r = full.detect(text);
    expect(r.offensive).toBe(true);
    expect(r.flags.map((f) => [f.rule, text.slice(f.start, f.end)])).toEqual([
      ['insult', 'Drecksladen'],
      ['insult', 'V0ll1d10t'],
    ]);
    for (const f of r.flags) {
      expect(f.confidence).toBeGreaterThan(0);
      expect(f.confidence).toBeLessThanOrEqual(1);
      expect(f.severity).toBe('medium');
    }
  });

  it('scores between 0 and 1, high for listed insults and low for friendly text', () => {
    expect(full.detect('Du Arschloch').score).toBeGreaterThanOrEqual(0.9);
    const friendly = full.detect('Vielen Dank für die schnelle Lieferung, alles bestens!');
    expect(friendly.score).toBeGreaterThanOrEqual(0);
    expect(friendly.score).toBeLessThan(full.classifierThreshold);
    expect(friendly.flags).toEqual([]);
  });

  it('catches abuse the lists do not know through the classifier, with its own reason', () => {
    const text = 'Was für ein unfähiger Haufen seid ihr eigentlich, echt zum Kotzen';
    expect(createListDetector().detect(text).offensive).toBe(false);
    const r = full.detect(text);
    expect(r.offensive).toBe(true);
    const f = r.flags.find((x) => x.reason.code === 'classifier');
    expect(f?.rule).toBe('insult');
    expect(f && text.slice(f.start, f.end)).toMatch(/^\p{L}+$/u);
    expect(reasonText(f as Flag, 'de')).toMatch(/^Klingt beleidigend.*Modell: \d+ %\)$/);
    expect(reasonText(f as Flag, 'en')).toMatch(/^Reads as abusive.*model: \d+%\)$/);
  });

  it('lets the classifier flag only comments of three words or more', () => {
    expect(full.detect('Volksverräter').flags).toEqual([]);
  });

  it('can start without the model and add it later', () => {
    const d = createListDetector();
    const text = 'Was für ein unfähiger Haufen seid ihr eigentlich, echt zum Kotzen';
    expect(d.detect(text).offensive).toBe(false);
    d.setClassifier(bundledModel);
    expect(d.detect(text).offensive).toBe(true);
  });
});

describe('rules can be switched off and re-weighted', () => {
  it('drops flags of a disabled rule and keeps the others', () => {
    const text = 'Du Arschloch, ruf mich an: 0171 1234567';
    const d = createDetector({ ruleSet: { rules: rulesWith({ insult: { enabled: false } }) } });
    const r = d.detect(text);
    expect(r.flags.map((f) => f.rule)).toEqual(['personal-data']);
    expect(r.offensive).toBe(false);
  });

  it('uses the company’s severity', () => {
    const d = createListDetector({ ruleSet: { rules: rulesWith({ profanity: { severity: 'high' } }) } });
    expect(d.detect('So ein Scheiß').flags[0]?.severity).toBe('high');
  });

  it('keeps defaults for rules a stored set does not mention', () => {
    const d = createListDetector({ ruleSet: { rules: [] } });
    expect(d.detect('Du Arschloch').offensive).toBe(true);
  });
});

describe('the company’s own blocked and allowed terms', () => {
  it('flags blocked terms as whole words, obfuscated too, with a company reason', () => {
    const d = createListDetector({ ruleSet: { blockedTerms: ['Konkurrenz AG', 'Abzocke'] } });
    const text = 'Geht lieber zur Konkurrenz AG, das hier ist A.b.z.o.c.k.e';
    const r = d.detect(text);
    expect(r.flags.map((f) => [f.rule, text.slice(f.start, f.end)])).toEqual([
      ['blocked-term', 'Konkurrenz AG'],
      ['blocked-term', 'A.b.z.o.c.k.e'],
    ]);
    expect(reasonText(r.flags[0] as Flag, 'de')).toBe('Von Ihnen gesperrter Begriff „Konkurrenz AG“');
    expect(reasonText(r.flags[0] as Flag, 'en')).toBe('Term you blocked “Konkurrenz AG”');
    expect(d.detect('Abzockerei').flags).toEqual([]);
  });

  it('lets a trailing * reach into compounds', () => {
    const d = createListDetector({ ruleSet: { blockedTerms: ['abzock*'] } });
    expect(d.detect('Abzockerverein!').flags.map((f) => f.rule)).toEqual(['blocked-term']);
  });

  it('blocks nothing when the blocked-term rule is off', () => {
    const d = createListDetector({
      ruleSet: { blockedTerms: ['Abzocke'], rules: rulesWith({ 'blocked-term': { enabled: false } }) },
    });
    expect(d.detect('Abzocke').flags).toEqual([]);
  });

  it('never flags an allowed term, e.g. a product name', () => {
    const text = 'Der neue Bastard Burger ist der Hammer';
    expect(createListDetector().detect(text).offensive).toBe(true);
    const d = createDetector({ ruleSet: { allowedTerms: ['Bastard Burger'] } });
    expect(d.detect(text).offensive).toBe(false);
    expect(d.detect('Du Bastard').offensive).toBe(true);
  });
});

describe('dismissed flags', () => {
  const text = 'Die Schwanzlutscher-Kekse sind ausverkauft?';
  const ctx = { commentKey: 'facebook:1', site: 'facebook' as const, page: 'Bäckerei', at: 1_700_000_000_000 };

  it('are remembered for the comment: the same flag stays hidden there only', () => {
    const flags = full.detect(text).flags;
    expect(flags.length).toBe(1);
    const dismissal = dismissalFor(text, flags[0] as Flag, ctx, false);
    expect(dismissal.term).toBeUndefined();
    expect(applyDismissals(text, 'facebook:1', flags, [dismissal])).toEqual([]);
    expect(applyDismissals(text, 'facebook:2', flags, [dismissal])).toEqual(flags);
  });

  it('when chosen, are remembered for the term on all the company’s pages', () => {
    const flags = full.detect(text).flags;
    const dismissal = dismissalFor(text, flags[0] as Flag, ctx, true);
    expect(dismissal.term).toBe('Schwanzlutscher-Kekse');
    const d = createDetector({ dismissedTerms: dismissedTermsOf([dismissal]) });
    expect(d.detect('Gibt es morgen wieder Schwanzlutscher-Kekse?').flags).toEqual([]);
    expect(d.detect('Du Schwanzlutscher').offensive).toBe(true);
  });

  it('when remembered for all pages, also cover the word’s German endings, and nothing longer', () => {
    const text = 'Die Drecksarbeit macht bei uns keiner gern';
    const flag = full.detect(text).flags[0] as Flag;
    expect(flag.rule).toBe('insult');
    const dismissal = dismissalFor(text, flag, ctx, true);
    expect(dismissal.term).toBe('Drecksarbeit');
    const d = createDetector({ dismissedTerms: dismissedTermsOf([dismissal]) });
    expect(d.detect(text).flags).toEqual([]);
    expect(d.detect('Wer erledigt die Drecksarbeiten?').flags).toEqual([]);
    expect(d.detect('Das ist die Drecksarbeitsteilung').flags).toEqual([]);
    expect(d.detect('Du Drecksack').offensive).toBe(true);
  });

  it('also silence the classifier for the dismissed word', () => {
    const text = 'Die da oben gehören alle weggesperrt, Volksverräter';
    const flags = full.detect(text).flags;
    expect(flags.map((f) => f.reason.code)).toEqual(['classifier']);
    const dismissal = dismissalFor(text, flags[0] as Flag, ctx, true);
    expect(dismissal.term).toBe('Volksverräter');
    expect(createDetector({ dismissedTerms: [dismissal.term ?? ''] }).detect(text).flags).toEqual([]);
  });

  it('also cover pattern flags, such as the company’s own hotline number', () => {
    const hotline = 'Ruft unsere Hotline an: 0800 1234567';
    expect(full.detect(hotline).flags.map((f) => f.rule)).toEqual(['personal-data']);
    const d = createDetector({ dismissedTerms: ['0800 1234567'] });
    expect(d.detect(hotline).flags).toEqual([]);
  });
});

describe('reason texts in German and English', () => {
  const cases: Array<[string, ReasonCode, RegExp, RegExp]> = [
    ['Du Arschloch', 'term', /^Beleidigung: „Arschloch“$/, /^Insult: “Arschloch”$/],
    ['Du Ar$chl0ch', 'term', /^Beleidigung: „Ar\$chl0ch“ \(verschleiert geschrieben\)$/, /^Insult: “Ar\$chl0ch” \(disguised spelling\)$/],
    ['Ruf an: 0171 1234567', 'phone', /^Telefonnummer öffentlich gepostet$/, /^Phone number posted publicly$/],
    ['mail: a.b@example.com', 'email', /^E-Mail-Adresse/, /^E-mail address/],
    ['DE89 3704 0044 0532 0130 00', 'iban', /^IBAN \(Bankverbindung\)/, /^IBAN \(bank account\)/],
    ['Musterstraße 12, 12345 Berlin', 'address', /^Anschrift/, /^Street address/],
    ['DAS IST JA WOHL DAS LETZTE HIER', 'caps', /^Überwiegend Großbuchstaben \(100 %\)$/, /^Mostly capital letters \(100%\)$/],
    ['Hallo!!!!', 'exclamations', /^Reihe von 4 Ausrufezeichen$/, /^Row of 4 exclamation marks$/],
    ['Verdiene 5000€ pro Monat von zu Hause', 'money-promise', /^Verspricht schnelles Geld$/, /^Promises easy money$/],
    ['Verdiene 5000€ pro Monat von zu Hause', 'spam-phrase', /^Typische Werbephrase „von zu Hause“$/, /^Typical advertising phrase “von zu Hause”$/],
  ];
  it.each(cases)('%s → %s', (text, code, de, en) => {
    const f = full.detect(text).flags.find((x) => x.reason.code === code);
    expect(f).toBeDefined();
    expect(reasonText(f as Flag, 'de')).toMatch(de);
    expect(reasonText(f as Flag, 'en')).toMatch(en);
  });

  it.each(["You're a loser", "I'll kill you", 'Ihr Service-Idioten', "Halt's Maul", 'Hurensöhne'])(
    'calls apostrophes, hyphens and umlauts plain spelling: "%s"',
    (text) => {
      const flags = full.detect(text).flags;
      expect(flags.length).toBeGreaterThan(0);
      for (const f of flags) expect(reasonText(f, 'en')).not.toContain('disguised');
    },
  );

  it.each(['Du A r s c h l o c h', 'Du A-r-s-c-h-l-o-c-h', 'Du A.r.s.c.h.l.o.c.h', 'Du Arsch\u200bloch', 'Du Аrschloch', 'F**k you'])(
    'calls spaced letters, inserted marks, look-alikes and masks disguised: "%s"',
    (text) => {
      expect(full.detect(text).flags.map((f) => reasonText(f, 'en')).join(' ')).toContain('(disguised spelling)');
    },
  );

  it('gives the overlay names, words and reasons in the interface language, with the company’s rule names', () => {
    const text = 'Du Arschloch';
    const rules = rulesWith({ insult: { name: { de: 'Beschimpfung', en: 'Name-calling' } } });
    const [de] = flagViews(text, full.detect(text).flags, 'de', rules);
    const [en] = flagViews(text, full.detect(text).flags, 'en');
    expect(de).toMatchObject({ rule: 'insult', ruleName: 'Beschimpfung', words: 'Arschloch', start: 3, end: 12 });
    expect(en).toMatchObject({ ruleName: 'Insult', reason: 'Insult: “Arschloch”' });
  });
});

describe('flag views of long text', () => {
  it('repeat at most MAX_WORDS_SHOWN characters of the flagged words, emoji kept whole; offsets still cover all of it', () => {
    const text = `${'A'.repeat(5000)}😡`;
    const [shout] = flagViews(text, full.detect(text).flags, 'en');
    expect(shout).toMatchObject({ rule: 'shouting', start: 0 });
    expect(shout!.end).toBeGreaterThanOrEqual(5000);
    expect(Array.from(shout!.words)).toHaveLength(MAX_WORDS_SHOWN);
    expect(shout!.words).toBe(`${'A'.repeat(MAX_WORDS_SHOWN - 1)}…`);
    const emoji = '😡'.repeat(100);
    const [cut] = flagViews(emoji, [{ ...full.detect(text).flags[0]!, start: 0, end: emoji.length }], 'en');
    expect(cut!.words).toBe(`${'😡'.repeat(MAX_WORDS_SHOWN - 1)}…`);
  });
});

describe('hostile input', () => {
  it('reads markup as text and never returns spans outside the comment', () => {
    const text = '<script>alert("Arschloch")</script><img src=x onerror="idiot()"> &lt;b&gt;Fotze&lt;/b&gt;';
    const r = full.detect(text);
    expect(r.offensive).toBe(true);
    for (const f of r.flags) {
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeLessThanOrEqual(text.length);
      expect(f.end).toBeGreaterThan(f.start);
    }
  });

  it('ignores control characters inside words and never throws on any string', () => {
    expect(full.detect('Ar\u0000sch\u0007loch').offensive).toBe(false); // control characters split words
    expect(full.detect('Arsch\u200dloch').offensive).toBe(true); // a zero-width joiner does not
    for (const s of ['', '\u0000', '\ud800', '\udfff\ud800', '\uffff'.repeat(50), '🙂'.repeat(1000), '\r\n\t']) {
      expect(() => full.detect(s)).not.toThrow();
    }
    expect(full.detect(undefined as unknown as string).flags).toEqual([]);
  });

  it('handles 100 KB comments of every shape in linear time', () => {
    const kb100 = (unit: string): string => unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000);
    const shapes = [
      kb100('Das ist ein ganz normaler Satz ohne Beleidigung. '),
      kb100('a*'),
      kb100('@'),
      kb100('0171 '),
      kb100('DE89 '),
      kb100('!'),
      kb100('f u c k '),
      kb100('Straße 1 '),
      kb100('(at) '),
      kb100('x.'),
      kb100('http://a.b '),
      kb100('du '),
      kb100('ÄÖÜ'),
      kb100('\u200b'),
    ];
    for (const s of shapes) {
      const t0 = performance.now();
      const r = full.detect(s);
      const ms = performance.now() - t0;
      expect(ms, `${s.slice(0, 12)}… took ${ms.toFixed(0)} ms`).toBeLessThan(1500);
      expect(r.flags.length).toBeLessThanOrEqual(200);
    }
  });

  it('still finds an insult at the end of a 100 KB comment', () => {
    const text = `${'Sehr geehrte Damen und Herren, '.repeat(3300)}Sie Vollidiot`;
    const r = full.detect(text);
    expect(r.offensive).toBe(true);
    expect(text.slice(r.flags.at(-1)?.start, r.flags.at(-1)?.end)).toBe('Vollidiot');
  });
});
