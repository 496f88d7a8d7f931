import { describe, expect, it } from 'vitest';
import german from '../../../public/_locales/de/messages.json';
import english from '../../../public/_locales/en/messages.json';

type Messages = Record<string, { message: string }>;
const de = german as Messages;
const en = english as Messages;
const msg = (key: string) => de[key]?.message;

describe('German wording', () => {
  it('uses "markieren" only for marking as handled: showing hints is "Hinweise zeigen", flagging terms "beanstanden"', () => {
    expect(msg('pagesHint')).toBe('Nur auf diesen Seiten zeigt Moderato seine Hinweise; alle anderen bleiben unverändert.');
    expect(msg('popupNoPages')).toBe('Tragen Sie zuerst die Seiten Ihres Unternehmens ein: Nur dort zeigt Moderato seine Hinweise.');
    expect(msg('netiquetteAllowed')).toBe('Erlaubte Begriffe (nie beanstandet)');
    expect(msg('xHandleHint')).toBe('Mit oder ohne @, z. B. @sonnenschein_de. Bei Antworten auf seine Beiträge und bei Erwähnungen zeigt Moderato Hinweise.');
    for (const key of ['pagesHint', 'popupNoPages', 'netiquetteAllowed', 'xHandleHint', 'pageUrlUnknown', 'xHandleUnknown']) {
      expect(msg(key), key).not.toMatch(/markier/i);
    }
    expect(msg('pageUrlUnknown')).toContain('zeigt dort daher keine Hinweise');
    expect(msg('xHandleUnknown')).toContain('zeigt bei diesem Profil daher keine Hinweise');
  });

  it('says after an erasure what stays: the name or profile address, marked as erased (the block list of erased authors)', () => {
    expect(msg('eraseDone')).toContain('Nur der Name bzw. die Profiladresse bleibt als gelöscht vermerkt');
    expect(en.eraseDone?.message).toContain('Only the name or profile address stays, marked as erased');
  });

  it('calls first sight "Erfassung" and the backlog limit "Grenze für Altbestand", as the settings do', () => {
    expect(msg('statsLeftOutHistory')).toBe('Nicht gezählt: $1 unbeantwortete Kommentare, die bei der ersten Erfassung älter als $2 waren (Altbestand, wie in der Liste).');
    expect(msg('statsLeftOutHistoryOne')).toBe('Nicht gezählt: $1 unbeantworteter Kommentar, der bei der ersten Erfassung älter als $2 war (Altbestand, wie in der Liste).');
    expect(msg('teamHint')).toContain('(Seiten, Zielzeit, Grenze für Altbestand)');
    expect(msg('teamHint')).toContain('erfasste Kommentare und Erfassungszeitpunkte, und Ihr Name als Absender nur');
    expect(msg('teamHint')).not.toMatch(/Rückstand|ersten Sehens/);
  });

  it('says plainly what a note, a search and an erasure are about', () => {
    expect(msg('noteAboutAuthor')).toBe('Über $1 (bei allen Kommentaren dieser Person sichtbar)');
    expect(msg('suggestLoading')).toBe('Antworten werden gesucht …');
    expect(msg('guideOnePerLine')).toBe('Ein Eintrag pro Zeile.');
    expect(msg('eraseAuthor')).toBe('Alle gespeicherten Daten zu $1 löschen');
  });

  it('asks to try again in one formal sentence', () => {
    expect(msg('netiquetteFailed')).toBe('Das konnte nicht gespeichert werden. Bitte versuchen Sie es erneut.');
    for (const key of ['noteFailed', 'noteDeleteFailed', 'strikeRemoveFailed']) expect(msg(key), key).toMatch(/ Bitte versuchen Sie es erneut\.$/);
    expect(msg('guideImportStale')).toMatch(/ Bitte wählen Sie die Datei noch einmal\.$/);
    const infinitive = Object.entries(de).filter(([, v]) => /(bitte|Bitte) (noch einmal|erneut) versuchen/.test(v.message));
    expect(infinitive.map(([k]) => k)).toEqual([]);
  });

  it('speaks of people without a gendered role', () => {
    expect(msg('guideKeywords')).toBe('Stichwörter der Kundschaft');
    expect(msg('guideSampleAuthor')).toBe('Beispielname');
    expect(msg('guideTemplateSyntax')).toBe('Variablen: {{first_name}}, {{name}}, {{page}}, {{agent}}, {{date}}. Lücken, die nur Sie beim Antworten füllen können: [[Bestellnummer]].');
  });

  it('has every new key in both languages', () => {
    for (const key of ['uiLang', 'responseHeading', 'termNeedsLetter', 'netiquetteRuleTwice']) {
      expect(de[key]?.message, key).toBeTruthy();
      expect(en[key]?.message, key).toBeTruthy();
    }
    expect([de.uiLang!.message, en.uiLang!.message]).toEqual(['de', 'en']);
  });
});
