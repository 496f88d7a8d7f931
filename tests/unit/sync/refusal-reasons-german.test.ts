import { describe, expect, it } from 'vitest';
import { parseTeamBundle, parseTeamBundleText } from '../../../lib/sync/parse-bundle';
import { LOCAL_IMPORT_OPTIONS } from '../../../lib/sync/local-sections';

const T = Date.UTC(2026, 11, 8);
const bundle = (sections: object) => ({ format: 'moderato-team-bundle', version: 1, exportedAt: T, sections });
const refused = (input: unknown) => {
  const r = parseTeamBundle(input, { ...LOCAL_IMPORT_OPTIONS, now: T + 3600_000 });
  if (r.ok) throw new Error('should be refused');
  return r.errors;
};
const ENGLISH_ZOD = /Too small|Too big|expected|Invalid|must be/;

describe('why a team file was refused reads in German as well as in English', () => {
  it('a template with an unknown variable: in the guide’s own German wording', () => {
    const [e] = refused(bundle({
      guideTopics: [{ id: 'versand', updatedAt: 5, title: { de: 'V', en: 'S' }, templates: [{ id: 'v.de', lang: 'de', title: 'T', body: 'Hallo {{vorname}}', updatedAt: 5 }] }],
    }));
    expect(e!.reason.de).toContain('unbekannte Variable');
    expect(e!.reason.en).toContain('unknown variable');
  });

  it('an empty note: says it must not be empty, with no English zod text', () => {
    const [e] = refused(bundle({
      notes: [{ id: 'n1', updatedAt: 5, site: 'facebook', commentKey: 'facebook:1', authorKey: null, authorName: 'L', pageName: 'P', text: ' ', agent: 'A', at: 5 }],
    }));
    expect(e!.path).toBe('sections.notes[0].text');
    expect(e!.reason).toEqual({ de: 'darf nicht leer sein', en: 'must not be empty' });
  });

  it('an unknown shared setting: names the known ones in German', () => {
    const [e] = refused(bundle({ sharedSettings: [{ id: 'settings-colour', updatedAt: 5, value: 1 }] }));
    expect(e!.reason.de).toMatch(/^unbekannte Einstellung; bekannt sind settings-pages/);
    expect(e!.reason.de).not.toMatch(ENGLISH_ZOD);
  });

  it('a record dated days after the export: says so, with a readable date instead of milliseconds', () => {
    const [e] = refused(bundle({ sharedSettings: [{ id: 'settings-target-minutes', updatedAt: T + 3 * 86_400_000, value: 30 }] }));
    expect(e!.code).toBe('future_date');
    expect(e!.reason.de).toContain('nach dem Export der Datei');
    expect(e!.reason.de).toContain('2026-12-11 00:00 UTC');
    expect(e!.reason.de + e!.reason.en).not.toMatch(/\d{13}/);
  });

  it('a broken file: where it breaks, without the browser’s English parser text', () => {
    const cut = parseTeamBundleText('{"format": "moderato-team-bundle",');
    const badComma = parseTeamBundleText('{\n  "format": "moderato-team-bundle"\n  "version": 1\n}');
    if (cut.ok || badComma.ok) throw new Error('should be refused');
    expect(cut.errors[0]!.reason.de).not.toMatch(/Unexpected|JSON input|Expected/);
    expect(cut.errors[0]!.reason.de).toMatch(/^Die Datei ist kein gültiges JSON/);
    expect(badComma.errors[0]!.reason).toEqual({
      de: 'Die Datei ist kein gültiges JSON (Fehler in Zeile 3, Spalte 3).',
      en: 'The file is not valid JSON (error at line 3, column 3).',
    });
  });
});
