import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Classifier } from '../../../lib/netiquette/classifier';
import { bundledModel } from '../../../lib/netiquette/detect';
import { extractFeatures, maxFeatures, sumFeatures, WordCache } from '../../../lib/netiquette/features';
import { buildSkeleton, Skeleton } from '../../../lib/netiquette/normalize';

// Tests run from the project root (vitest's root); happy-dom gives import.meta.url no file: scheme.
const MODEL_PATH = join(process.cwd(), 'lib/netiquette/model/classifier.json');

function decode(b64: string): Int8Array {
  return Int8Array.from(Buffer.from(b64, 'base64'), (b) => (b << 24) >> 24);
}

describe('shipped classifier asset', () => {
  it('stays within 300 KB and has the format the loader expects', () => {
    expect(statSync(MODEL_PATH).size).toBeLessThanOrEqual(300 * 1024);
    const model = JSON.parse(readFileSync(MODEL_PATH, 'utf8')) as typeof bundledModel;
    expect(model.format).toBe('moderato-netiquette-lr/2');
    expect(decode(model.weights).length).toBe(1 << model.bits);
    expect(model.threshold).toBeGreaterThan(0);
    expect(model.threshold).toBeLessThan(1);
  });

  it('rejects a model of another format instead of scoring garbage', () => {
    expect(() => new Classifier({ ...bundledModel, format: 'other' as 'moderato-netiquette-lr/2' })).toThrow(/format/);
  });
});

describe('features', () => {
  const texts = [
    'Du bist ein Vollidiot und dein Laden ist Müll',
    'Thanks for the quick reply, the parcel arrived today!',
    'a',
    'Ar$chl0ch!!! f u c k   you',
    'Wann kommt mein Paket? Wann kommt mein Paket?',
    `Donaudampfschifffahrts${'gesellschaftskapitaens'.repeat(4)}mütze ist lang`, // too long to cache
  ];

  it('are the same in training (extractFeatures) and in the extension (sumFeatures), cold and cached', () => {
    const weights = decode(bundledModel.weights);
    const bits = bundledModel.bits;
    const cache = new WordCache();
    for (const pass of ['cold', 'cached']) {
      for (const text of texts) {
        const sk = buildSkeleton(text, new Skeleton());
        const buf = new Int32Array(maxFeatures(sk.length));
        const n = extractFeatures(sk, bits, buf);
        let sum = 0;
        for (let i = 0; i < n; i++) sum += weights[buf[i] ?? 0] ?? 0;
        const r = sumFeatures(sk, bits, weights, cache, { sum: 0, count: 0, topWord: -1, words: 0 });
        expect([r.sum, r.count], `${pass}: ${text}`).toEqual([sum, n]);
      }
    }
  });

  it('share n-grams between a word and its disguised spelling', () => {
    const c = new Classifier(bundledModel);
    const plain = c.score(buildSkeleton('Du bist ein Vollidiot', new Skeleton()));
    const disguised = c.score(buildSkeleton('Du bist ein V0ll1d10t', new Skeleton()));
    expect(disguised).toBeCloseTo(plain, 6);
  });
});

describe('classifier', () => {
  const c = new Classifier(bundledModel);
  const score = (t: string): number => c.score(buildSkeleton(t, new Skeleton()));

  it('scores abusive comments above friendly ones, in both languages', () => {
    const abusive = [
      'Ihr seid so ein unfähiger Haufen, zum Kotzen',
      'Halt doch einfach dein dummes Maul',
      'Shut up you stupid ugly loser',
      'This company is run by complete morons',
    ];
    const friendly = [
      'Vielen Dank für die schnelle Hilfe, alles bestens!',
      'Wann öffnet die Filiale am Samstag?',
      'Thanks a lot, the replacement arrived today.',
      'Do you ship to Austria as well?',
    ];
    const lowestAbusive = Math.min(...abusive.map(score));
    const highestFriendly = Math.max(...friendly.map(score));
    expect(lowestAbusive).toBeGreaterThan(highestFriendly);
    expect(highestFriendly).toBeLessThan(bundledModel.threshold);
  });

  it('points at the word that weighs most', () => {
    const text = 'Ihr seid so ein unfähiger Haufen, zum Kotzen';
    const why = c.explain(buildSkeleton(text, new Skeleton()));
    expect(text.slice(why.start, why.end)).toMatch(/^(Kotzen|unfähiger|Haufen)$/);
  });

  it('scores text without words as 0', () => {
    expect(score('!!! ??? 123 :-)')).toBe(0);
    expect(score('')).toBe(0);
  });
});
