import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STRIKE_EXPIRY_DAYS,
  defaultNetiquetteSettings,
  DismissalSchema,
  NetiquetteSettingsSchema,
  readNetiquetteSettings,
  settingsRules,
  StrikeSchema,
} from '../../../lib/netiquette/model-schemas';
import { RULE_IDS } from '../../../lib/netiquette/rules';
import { STARTER_NETIQUETTE } from '../../../lib/netiquette/starter-netiquette';

describe('netiquette settings', () => {
  it('start with the starter text in both languages, every rule on, 90-day strikes', () => {
    const s = defaultNetiquetteSettings();
    expect(s.text.de).toContain('Netiquette');
    expect(s.text.en).toContain('netiquette');
    expect(s.rules.map((r) => r.id)).toEqual([...RULE_IDS]);
    expect(s.rules.every((r) => r.enabled)).toBe(true);
    expect(s.blockedTerms).toEqual([]);
    expect(s.allowedTerms).toEqual([]);
    expect(s.strikeExpiryDays).toBe(DEFAULT_STRIKE_EXPIRY_DAYS);
    expect(DEFAULT_STRIKE_EXPIRY_DAYS).toBe(90);
  });

  it('have starter texts that cover every rule and the ladder, in the same order in both languages', () => {
    for (const text of [STARTER_NETIQUETTE.de, STARTER_NETIQUETTE.en]) {
      expect(text.match(/^\d\. /gm)).toEqual(['1. ', '2. ', '3. ', '4. ', '5. ']);
    }
    expect(STARTER_NETIQUETTE.de).toMatch(/Beleidigungen.*Drohungen.*Telefonnummern.*IBAN.*Werbung.*Großbuchstaben/s);
    expect(STARTER_NETIQUETTE.en).toMatch(/insults.*threats.*phone numbers.*IBAN.*advertising.*Capital letters/s);
    expect(STARTER_NETIQUETTE.de).toMatch(/private[rn]? Nachricht/);
    expect(STARTER_NETIQUETTE.en).toMatch(/private message/);
  });

  it('keep company terms trimmed and refuse terms without a letter or digit', () => {
    const ok = NetiquetteSettingsSchema.parse({ blockedTerms: ['  Abzocke '], allowedTerms: ['Titan'] });
    expect(ok.blockedTerms).toEqual(['Abzocke']);
    const bad = NetiquetteSettingsSchema.safeParse({ blockedTerms: ['***'] });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toMatch(/Buchstaben.*letter/);
    // What the options form words in the interface language (this layer has no messages).
    expect(bad.error?.issues[0]).toMatchObject({ code: 'custom', params: { reason: 'termNeedsLetter' } });
  });

  it('refuse the same rule twice', () => {
    const rule = defaultNetiquetteSettings().rules[0];
    const twice = NetiquetteSettingsSchema.safeParse({ rules: [rule, rule] });
    expect(twice.success).toBe(false);
    expect(twice.error?.issues).toContainEqual(expect.objectContaining({ path: ['rules'], params: { reason: 'ruleTwice' } }));
  });

  it('list every rule for the options page, stored edits applied, missing ones defaulted', () => {
    const stored = { rules: [{ ...defaultNetiquetteSettings().rules[6]!, enabled: false }] };
    const rules = settingsRules(stored);
    expect(rules.map((r) => r.id)).toEqual([...RULE_IDS]);
    expect(rules.find((r) => r.id === 'shouting')?.enabled).toBe(false);
    expect(rules.find((r) => r.id === 'insult')?.enabled).toBe(true);
  });

  it('read damaged stored data without losing the good parts, and say what was wrong', () => {
    const good = defaultNetiquetteSettings();
    const raw = {
      text: { de: 'Unsere Regeln', en: 'Our rules' },
      rules: [{ ...good.rules[0]!, severity: 'extreme' }, { ...good.rules[1]!, enabled: false }],
      blockedTerms: ['Abzocke', '', 42, 'Konkurrenz AG'],
      strikeExpiryDays: -3,
    };
    const { settings, problems } = readNetiquetteSettings(raw);
    expect(settings.text).toEqual({ de: 'Unsere Regeln', en: 'Our rules' });
    expect(settings.rules.map((r) => [r.id, r.enabled])).toEqual([['profanity', false]]);
    expect(settings.blockedTerms).toEqual(['Abzocke', 'Konkurrenz AG']);
    expect(settings.strikeExpiryDays).toBe(90);
    const where = [...new Set(problems.map((p) => p.slice(0, p.indexOf(':'))))];
    expect(where).toEqual(['strikeExpiryDays', 'rules.0.severity', 'blockedTerms.1', 'blockedTerms.2']);
  });

  it('read something that is not settings at all as the defaults, with a message', () => {
    const { settings, problems } = readNetiquetteSettings('garbage');
    expect(settings).toEqual(defaultNetiquetteSettings());
    expect(problems).toHaveLength(1);
  });
});

describe('dismissals and strikes', () => {
  it('accept what the overlay records', () => {
    const d = DismissalSchema.parse({
      commentKey: 'facebook:123',
      rule: 'insult',
      words: 'Schwanzlutscher-Kekse',
      term: 'Schwanzlutscher-Kekse',
      site: 'facebook',
      page: 'Bäckerei Sonnenschein',
      at: 1_700_000_000_000,
    });
    expect(d.agent).toBe('');
    const s = StrikeSchema.parse({
      authorKey: 'facebook:facebook.com/max.muster',
      site: 'facebook',
      page: 'Bäckerei Sonnenschein',
      step: 'public-reminder',
      at: 1_700_000_000_000,
      commentKey: 'facebook:123',
      agent: 'Anna',
    });
    expect(s.step).toBe('public-reminder');
  });

  it('refuse unknown ladder steps and rules', () => {
    const strike = { authorKey: 'x:a', site: 'x', page: 'P', at: 1, commentKey: 'x:1' };
    expect(StrikeSchema.safeParse({ ...strike, step: 'ban-forever' }).success).toBe(false);
    expect(
      DismissalSchema.safeParse({ commentKey: 'x:1', rule: 'rudeness', words: 'a', site: 'x', page: 'P', at: 1 }).success,
    ).toBe(false);
  });
});
