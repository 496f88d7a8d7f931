import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const LOCALES = 'public/_locales';

/**
 * Keys that occur more than once in one object of a JSON text, with where they are. JSON.parse keeps
 * the last one silently, so a second definition replaces the first one everywhere it is used.
 */
function duplicateKeys(text: string): string[] {
  const found: string[] = [];
  const objects: { keys: Set<string>; path: string }[] = [];
  let last = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      let end = i + 1;
      while (text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      last = JSON.parse(text.slice(i, end + 1)) as string;
      i = end;
    } else if (c === ':' && objects.length) {
      const { keys, path } = objects[objects.length - 1]!;
      if (keys.has(last)) found.push(`${path}${last}`);
      keys.add(last);
    } else if (c === '{') {
      objects.push({ keys: new Set(), path: objects.length ? `${objects[objects.length - 1]!.path}${last}.` : '' });
    } else if (c === '}') {
      objects.pop();
    }
  }
  return found;
}

describe('duplicateKeys', () => {
  it('finds a key defined twice, at any depth, and not keys that repeat in different objects', () => {
    expect(duplicateKeys('{"a": {"message": "x"}, "b": {"message": "y"}}')).toEqual([]);
    expect(duplicateKeys('{"a": {"message": "x"}, "b": {}, "a": {"message": "y"}}')).toEqual(['a']);
    expect(duplicateKeys('{"a": {"message": "x: \\"{b}\\"", "message": "y"}}')).toEqual(['a.message']);
  });
});

describe.each(readdirSync(LOCALES))('%s/messages.json', (lang) => {
  const text = readFileSync(`${LOCALES}/${lang}/messages.json`, 'utf8');

  it('defines every key once', () => {
    expect(duplicateKeys(text)).toEqual([]);
  });

  it('has a message of its own for a guide file that cannot be read and for a topic of a newer version', () => {
    const messages = JSON.parse(text) as Record<string, { message: string }>;
    expect(messages.guideImportFileUnreadable?.message).toMatch(lang === 'de' ? /Datei konnte nicht gelesen werden/ : /file could not be read/);
    expect(messages.guideImportUnreadable?.message).toMatch(lang === 'de' ? /neuere Version/ : /newer Moderato/);
  });
});
