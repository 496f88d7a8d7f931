import { describe, expect, it } from 'vitest';
import de from '../../../public/_locales/de/messages.json';
import en from '../../../public/_locales/en/messages.json';

describe('X handle field wording', () => {
  it.each([['de', de], ['en', en]] as const)('%s: the hint, the warning and the placeholder write the example handle the same way, with its @', (_lang, m) => {
    const example = (text: string) => /@?sonnenschein_de/.exec(text)?.[0];
    expect(example(m.xHandleUnknown.message)).toBe(example(m.xHandleHint.message));
    expect(example(m.xHandleHint.message)).toBe('@sonnenschein_de');
  });
});
