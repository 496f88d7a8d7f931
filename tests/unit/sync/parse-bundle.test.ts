import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { MAX_REPORTED_ERRORS, parseTeamBundle, parseTeamBundleText } from '../../../lib/sync/parse-bundle';
import type { BundleError } from '../../../lib/sync/bundle-errors';

const bundle = (sections: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) => ({
  format: 'moderato-team-bundle',
  version: 1,
  exportedAt: 1_770_000_000_000,
  sections,
  ...extra,
});

function errorsOf(input: unknown, opts?: Parameters<typeof parseTeamBundle>[1]): BundleError[] {
  const r = parseTeamBundle(input, opts);
  if (r.ok) throw new Error('expected the bundle to be refused');
  return r.errors;
}

describe('parseTeamBundle: valid bundles', () => {
  it('fills missing sections and carries content fields, tombstones and history through', () => {
    const r = parseTeamBundle(bundle({
      notes: [{ id: 'n1', updatedAt: 5, text: 'Hallo', tags: ['a'], history: [{ id: 'n1', updatedAt: 1, text: 'Hi' }] }],
      strikes: [{ id: 's1', updatedAt: 9, deletedAt: 9 }],
    }, { exportedBy: 'Anna' }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.bundle.sections.guideTopics).toEqual([]);
    expect(r.bundle.sections.notes[0]).toEqual({
      id: 'n1', updatedAt: 5, text: 'Hallo', tags: ['a'], history: [{ id: 'n1', updatedAt: 1, text: 'Hi' }],
    });
    expect(r.bundle.sections.strikes[0]!.deletedAt).toBe(9);
    expect(r.bundle.exportedBy).toBe('Anna');
  });

  it('reads the file text, including a byte-order mark', () => {
    const r = parseTeamBundleText(`\uFEFF${JSON.stringify(bundle({ notes: [{ id: 'a', updatedAt: 1 }] }))}`);
    expect(r.ok).toBe(true);
  });
});

describe('parseTeamBundle: errors name the path and the reason in German and English', () => {
  it('refuses text that is not JSON', () => {
    const r = parseTeamBundleText('{"format": "moderato-team-bundle",');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ code: 'invalid_json', path: '' });
    expect(r.errors[0]!.message.de).toMatch(/^Die Datei ist kein gültiges JSON/);
    expect(r.errors[0]!.message.en).toMatch(/^The file is not valid JSON/);
  });

  it.each([
    ['a list', []],
    ['null', null],
    ['text', 'moderato'],
    ['another format', { ...bundle(), format: 'other-app-export' }],
    ['a missing format', { version: 1, sections: {} }],
  ])('says once that %s is not a team bundle', (_label, input) => {
    const errors = errorsOf(input);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.code).toBe('not_a_bundle');
    expect(errors[0]!.reason.de).toContain('keine Moderato-Teamdatei');
    expect(errors[0]!.reason.en).toContain('not a Moderato team bundle');
  });

  it('asks for an update when the bundle comes from a newer version', () => {
    const [e] = errorsOf({ ...bundle(), version: 2 });
    expect(e).toMatchObject({ code: 'newer_version', path: 'version' });
    expect(e!.reason.en).toContain('version 2');
    expect(e!.reason.de).toContain('Version 2');
    expect(errorsOf({ ...bundle(), version: '1' })[0]!.code).toBe('unsupported_version');
  });

  it('names the exact path of a missing or mistyped field', () => {
    const errors = errorsOf(bundle({
      notes: [{ id: 'a', updatedAt: 1 }, { id: 'b' }, { id: 'c', updatedAt: 'yesterday' }, { id: '', updatedAt: -1 }],
    }));
    const byPath = Object.fromEntries(errors.map((e) => [e.path, e]));
    expect(byPath['sections.notes[1].updatedAt']).toMatchObject({
      code: 'missing',
      message: { de: 'sections.notes[1].updatedAt: fehlt', en: 'sections.notes[1].updatedAt: is missing' },
    });
    expect(byPath['sections.notes[2].updatedAt']).toMatchObject({
      code: 'wrong_type',
      reason: { de: 'erwartet eine Zahl, gefunden Text', en: 'expected a number, found text' },
    });
    expect(byPath['sections.notes[3].id']).toMatchObject({ code: 'too_small', reason: { en: 'must not be empty' } });
    expect(byPath['sections.notes[3].updatedAt']).toMatchObject({ code: 'too_small', reason: { de: 'muss mindestens 0 sein' } });
    expect(errors).toHaveLength(4);
  });

  it('rejects envelope fields of the wrong type', () => {
    const errors = errorsOf({ ...bundle(), exportedAt: 1.5, sections: [] });
    expect(errors.map((e) => [e.path, e.code])).toEqual([
      ['exportedAt', 'wrong_type'],
      ['sections', 'wrong_type'],
    ]);
    expect(errors[0]!.reason.en).toBe('expected a whole number, found a number');
    expect(errors[1]!.reason.de).toBe('erwartet ein Objekt, gefunden eine Liste');
  });

  it('refuses duplicate ids within a section and points at the first one', () => {
    const [e] = errorsOf(bundle({ netiquetteRules: [{ id: 'r1', updatedAt: 1 }, { id: 'r2', updatedAt: 1 }, { id: 'r1', updatedAt: 2 }] }));
    expect(e).toMatchObject({ code: 'duplicate_id', path: 'sections.netiquetteRules[2].id' });
    expect(e!.reason.en).toBe('id "r1" appears twice (first at sections.netiquetteRules[0])');
    expect(e!.reason.de).toBe('die id "r1" kommt doppelt vor (zuerst bei sections.netiquetteRules[0])');
  });

  it('refuses sections it does not know rather than dropping their records', () => {
    const [e] = errorsOf(bundle({ notes: [], templates: [{ id: 't', updatedAt: 1 }] }));
    expect(e).toMatchObject({ code: 'unknown_section', path: 'sections' });
    expect(e!.reason.en).toContain('"templates"');
    expect(e!.reason.de).toContain('unbekannte Abschnitte "templates"');
  });

  it('refuses history entries that belong to another record', () => {
    const [e] = errorsOf(bundle({ notes: [{ id: 'a', updatedAt: 2, history: [{ id: 'b', updatedAt: 1 }] }] }));
    expect(e).toMatchObject({ code: 'history_id_mismatch', path: 'sections.notes[0].history[0].id' });
  });

  it('reports a bounded number of errors', () => {
    const notes = Array.from({ length: 80 }, (_, i) => ({ id: `n${i}` }));
    const r = parseTeamBundle(bundle({ notes }));
    if (r.ok) throw new Error('should be refused');
    expect(r.errors).toHaveLength(MAX_REPORTED_ERRORS);
    expect(r.moreErrors).toBe(30);
  });

  it('applies a section schema supplied by the feature that owns those records', () => {
    const NoteContent = z.looseObject({ text: z.string().max(10) });
    const input = bundle({ notes: [{ id: 'a', updatedAt: 1, text: 'far too long for this' }] });
    expect(parseTeamBundle(input).ok).toBe(true);
    const [e] = errorsOf(input, { recordSchemas: { notes: NoteContent } });
    expect(e).toMatchObject({ code: 'too_big', path: 'sections.notes[0].text', reason: { en: 'may have at most 10 characters' } });
  });
});
