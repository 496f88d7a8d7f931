import { describe, expect, it } from 'vitest';
import german from '../../../public/_locales/de/messages.json';

const messages = Object.entries(german as Record<string, { message: string }>);

/**
 * The informal forms: du and its cases, ihr/euer as the plural "you", and imperatives in the du form.
 * "Ihr"/"Ihre" capitalised is the formal possessive and stays; lower-case "ihren"/"ihrer" ("her", "its",
 * "their") is ordinary grammar, so only the bare lower-case "ihr" counts.
 */
const INFORMAL_ANY_CASE = /(?<![\p{L}])(du|dich|dir|dein\w*|euch|euer\w*|eure\w*)(?![\p{L}])/iu;
const INFORMAL_LOWER = /(?<![\p{L}])ihr(?![\p{L}])/u;
const DU_IMPERATIVE = /(?<![\p{L}])(Trage|Wähle|Öffne|Prüfe|Gib|Lege|Klicke|Füge|Schreibe|Nutze|Markiere)(?![\p{L}])/u;

describe('German messages', () => {
  it('address the reader formally (Sie) throughout', () => {
    const informal = messages.filter(([, v]) => INFORMAL_ANY_CASE.test(v.message) || INFORMAL_LOWER.test(v.message) || DU_IMPERATIVE.test(v.message));
    expect(informal.map(([k, v]) => `${k}: ${v.message}`)).toEqual([]);
  });

  it('call dismissing a flag what the English calls it', () => {
    expect(german.flagDismiss.message).toBe('Kein Verstoß');
  });
});
