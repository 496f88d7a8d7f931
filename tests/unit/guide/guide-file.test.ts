import { describe, expect, it } from 'vitest';
import { exportGuide, MAX_REPORTED_ERRORS, parseGuideFile, type GuideFileError } from '../../../lib/guide/guide-file';
import { planImport } from '../../../lib/guide/import-plan';
import { starterGuide } from '../../../lib/guide/starter-guide';

const EXPORTED_AT = new Date('2026-11-23T10:00:00Z');
const goodText = exportGuide(starterGuide(), EXPORTED_AT);
const goodData = () => JSON.parse(goodText) as { topics: Record<string, unknown>[] & { templates: Record<string, unknown>[] }[] } & Record<string, unknown>;

function errorsOf(text: string): GuideFileError[] {
  const r = parseGuideFile(text);
  if (r.ok) throw new Error('expected the file to be refused');
  return r.errors;
}

describe('exportGuide / parseGuideFile round trip', () => {
  it('reads back exactly what it wrote, with a format marker and version', () => {
    const data = goodData();
    expect(data.format).toBe('moderato-response-guide');
    expect(data.version).toBe(1);
    expect(data.exportedAt).toBe('2026-11-23T10:00:00.000Z');
    const r = parseGuideFile(goodText);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.guide).toEqual(starterGuide());
  });

  it('accepts a byte-order mark and fills defaults a hand-written file leaves out', () => {
    const minimal = {
      format: 'moderato-response-guide',
      version: 1,
      topics: [{ id: 'x', title: { de: 'X' }, templates: [{ id: 'x1', lang: 'de', title: 'T', body: 'Hallo {{first_name}}' }] }],
    };
    const r = parseGuideFile(`\uFEFF${JSON.stringify(minimal)}`);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.guide.topics[0]).toMatchObject({ title: { de: 'X', en: '' }, keywords: { de: [], en: [] }, position: 0 });
    expect(r.guide.topics[0]!.templates[0]).toMatchObject({ useCount: 0, position: 0, updatedAt: 0 });
  });
});

describe('parseGuideFile: broken or foreign files are refused with where and why', () => {
  it('locates a JSON syntax error by line and column', () => {
    const lines = goodText.split('\n');
    lines[8] = `${lines[8]},`; // a stray comma after a value on line 9
    const broken = lines.join('\n');
    expect(() => JSON.parse(broken)).toThrow();
    const [e] = errorsOf(broken);
    expect(e).toMatchObject({ code: 'invalid_json', path: '' });
    expect(e!.line).toBeGreaterThanOrEqual(9);
    expect(e!.line).toBeLessThanOrEqual(10);
    expect(e!.message_en).toMatch(/line \d+, column \d+/);
    expect(e!.message_de).toMatch(/Zeile \d+, Spalte \d+/);
  });

  it.each([
    ['{"a": [1, 2,]}', 1, 12, /trailing comma/],
    ['{\n  "a": 1\n  "b": 2\n}', 3, 3, /expected "," or "}"/],
    ["{'a': 1}", 1, 2, /double quotes/],
    ['{"a": "line\nbreak"}', 1, 12, /line break or control character/],
    ['{"a": 1', 1, 8, /ends inside an object/],
    ['{"a": 1} x', 1, 10, /more after the end/],
    ['{"a": tru}', 1, 7, /expected a value/],
  ])('%j → line %i, column %i', (text, line, column, reason) => {
    const [e] = errorsOf(text);
    expect(e).toMatchObject({ code: 'invalid_json', line, column });
    expect(e!.message_en).toMatch(reason);
  });

  it('refuses an empty file', () => {
    expect(errorsOf('  \n')[0]).toMatchObject({ code: 'empty' });
  });

  it.each([
    ['{"name": "my-package", "version": "1.0.0"}', /without a "format" field/],
    ['[1, 2, 3]', /holds a list/],
    ['"hello"', /single value/],
    ['{"format": "something-else", "version": 1}', /format is "something-else"/],
    ['{"format": "moderato-team-bundle", "version": 1, "sections": {}}', /team bundle/],
  ])('says that %s is no guide file, in one sentence', (text, reason) => {
    const errors = errorsOf(text);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.code).toBe('not_a_guide');
    expect(errors[0]!.message_en).toMatch(reason);
    expect(errors[0]!.message_de).toMatch(/Leitfaden|Teamdatei/);
  });

  it('tells a file from a newer Moderato from an unsupported version', () => {
    const newer = errorsOf(JSON.stringify({ format: 'moderato-response-guide', version: 2, topics: [] }));
    expect(newer[0]).toMatchObject({ code: 'newer_version', path: 'version' });
    expect(newer[0]!.message_en).toMatch(/update Moderato/);
    const odd = errorsOf(JSON.stringify({ format: 'moderato-response-guide', version: '1', topics: [] }));
    expect(odd[0]).toMatchObject({ code: 'unsupported_version' });
    const missing = errorsOf(JSON.stringify({ format: 'moderato-response-guide', topics: [] }));
    expect(missing[0]!.message_en).toMatch(/is missing/);
  });

  it('names path, ids and reason for wrong types, missing fields and bad values', () => {
    const data = goodData() as any;
    data.topics[1].templates[0].body = 42;
    delete data.topics[5].templates[0].lang;
    data.topics[6].templates[0].body = 'Hallo {{vorname}}';
    data.topics[7].keywords.de = 'Konto';
    data.topics[8].colour = 'red';
    const errors = errorsOf(JSON.stringify(data));
    const by = (path: string) => errors.find((e) => e.path === path);
    expect(by('topics[1].templates[0].body')).toMatchObject({ code: 'wrong_type' });
    expect(by('topics[1].templates[0].body')!.message_en).toBe(
      'topics[1].templates[0].body (topic "returns-refund", template "returns-refund.de.how-to-return"): expected text, found a number',
    );
    expect(by('topics[1].templates[0].body')!.message_de).toContain('erwartet Text, gefunden eine Zahl');
    expect(by('topics[5].templates[0].lang')).toMatchObject({ code: 'missing' });
    expect(by('topics[6].templates[0].body')!.message_en).toContain('unknown variable "{{vorname}}"');
    expect(by('topics[7].keywords.de')).toMatchObject({ code: 'wrong_type' });
    expect(by('topics[8]')).toMatchObject({ code: 'unknown_field' });
    expect(by('topics[8]')!.message_en).toContain('"colour"');
    // In file order, so the list reads like the file.
    expect(errors.map((e) => e.path)).toEqual([...errors.map((e) => e.path)].sort((a, b) => Number(/\d+/.exec(a)?.[0]) - Number(/\d+/.exec(b)?.[0])));
  });

  it('reports duplicate topic and template ids next to other errors, naming the first use', () => {
    const data = goodData() as any;
    data.topics[4].id = data.topics[0].id;
    data.topics[3].templates[1].id = data.topics[0].templates[0].id;
    data.topics[2].templates[0].body = ''; // another, unrelated error
    const errors = errorsOf(JSON.stringify(data));
    const dupTopic = errors.find((e) => e.path === 'topics[4].id');
    const dupTemplate = errors.find((e) => e.path === 'topics[3].templates[1].id');
    expect(dupTopic).toMatchObject({ code: 'duplicate_id' });
    expect(dupTopic!.message_en).toContain('duplicate topic id "delivery-status" (already used at topics[0])');
    expect(dupTemplate).toMatchObject({ code: 'duplicate_id' });
    expect(dupTemplate!.message_en).toContain('already used at topics[0].templates[0]');
    expect(errors.some((e) => e.path === 'topics[2].templates[0].body' && e.code === 'too_small')).toBe(true);
  });

  it('rejects ids that are not lowercase slugs', () => {
    const data = goodData() as any;
    data.topics[0].id = 'Delivery Status';
    const [e] = errorsOf(JSON.stringify(data));
    expect(e).toMatchObject({ path: 'topics[0].id', code: 'invalid' });
    expect(e!.message_de).toContain('ungültige ID');
  });

  it('caps the list so the first errors stay visible', () => {
    const data = goodData() as any;
    for (const t of data.topics) for (const tpl of t.templates) tpl.useCount = -1;
    const errors = errorsOf(JSON.stringify(data));
    expect(errors).toHaveLength(MAX_REPORTED_ERRORS + 1);
    expect(errors.at(-1)).toMatchObject({ code: 'too_many_errors' });
  });

  it('a refused file changes nothing: no guide comes back, the existing guide is untouched', () => {
    const existing = starterGuide();
    const snapshot = JSON.stringify(existing);
    const r = parseGuideFile('{"format": "moderato-response-guide", "version": 1, "topics": [{"id": "x"}]}');
    expect(r.ok).toBe(false);
    expect('guide' in r).toBe(false);
    expect(JSON.stringify(existing)).toBe(snapshot);
    // And a good file only turns into a plan; applying is the caller's explicit step.
    const ok = parseGuideFile(goodText);
    if (ok.ok) planImport(existing, ok.guide, 'replace');
    expect(JSON.stringify(existing)).toBe(snapshot);
  });

  it('never throws, whatever it is given', () => {
    for (const text of ['', 'null', '{', '[[[[', '\u0000', '{"format":"moderato-response-guide","version":1,"topics":null}', '['.repeat(100_000)]) {
      expect(() => parseGuideFile(text)).not.toThrow();
      expect(parseGuideFile(text).ok).toBe(false);
    }
  });
});
