import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGermEval, parseOlid, type LabeledPost } from '../../../lib/netiquette/corpus';
import { bundledModel, createDetector, createListDetector } from '../../../lib/netiquette/detect';
import { NetiquetteDetector } from '../../../lib/netiquette/detector';
import { attacksReader } from '../../../lib/netiquette/dispute';
import metrics from '../../../lib/netiquette/model/metrics.json';

// Kept from the netiquette audit: what held up under its probes, so it keeps holding.
const full = createDetector();
const lists = createListDetector();

describe('hostile input', () => {
  const cases: Record<string, string> = {
    letters: 'a'.repeat(100_000), insults: 'Arschloch '.repeat(10_000), masks: 'a*'.repeat(50_000),
    spaced: 'I d i o t '.repeat(10_000), bangs: '!'.repeat(100_000), at: '@'.repeat(100_000),
    brackets: '('.repeat(100_000), digits: '0'.repeat(100_000), control: '\u0000\u0001\u0007\u001b'.repeat(25_000),
    zeroWidth: 'a\u200b'.repeat(50_000), loneSurrogates: '\udc00'.repeat(100_000), streets: 'Hauptstraße 1 '.repeat(7_000),
    obfuscatedMail: 'x [at] y [dot] z '.repeat(6_000), phones: '+49 (0) 171 '.repeat(8_000),
    sentences: 'Paket kam an.Alles gut. '.repeat(4_000), fancy: '𝑨𝒓𝒔𝒄𝒉 '.repeat(10_000), masked: 'F**k S**t '.repeat(10_000),
  };
  it.each(Object.entries(cases))('%s: 100 KB without a throw, in under a second, at most 200 flags', (_, text) => {
    full.detect(text);
    const t0 = performance.now();
    const r = full.detect(text);
    attacksReader(text);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(r.flags.length).toBeLessThanOrEqual(200);
  });
});

describe('evasions the lists see through', () => {
  it.each([
    'Du A r s c h l o c h', 'Du A.r.s.c.h.l.o.c.h', 'Du A-r-s-c-h-l-o-c-h', 'Du 4rschl0ch', 'Du Ar$chloch', 'Du A****loch',
    'Du Arsch\u200bloch', 'Du Arsch\u00adloch', 'Du Аrschloch', 'Du 𝐀𝐫𝐬𝐜𝐡𝐥𝐨𝐜𝐡', 'Du Ａｒｓｃｈｌｏｃｈ', 'Du 🅰rschloch',
    'Du Mißgeburt', 'Du Missgeburt', 'Du Bloedmann', 'Scheisse', 'Sch3isse', 'Fuuuuuck', 'sh1t', 'a$$hole', 'Du Vollidiiiiot',
  ])('%s', (text) => {
    expect(lists.detect(text).offensive).toBe(true);
  });

  it.each([
    'Schöne Schwanzflosse', 'Die Analyse ist gut', 'Das macht Spaß', 'Scunthorpe United', 'The assessment was fair', 'Cocktail bar',
    'Der Marsch war lang', 'Arsenal hat gewonnen', 'Penistone is a town in Yorkshire', 'Unsere Mitarbeiter*innen sind für Sie da',
    'Wie kann ich die Schuhe zurückschicken?',
  ])('%s is clean', (text) => {
    expect(full.detect(text).offensive).toBe(false);
  });
});

const DATA = process.env.NETIQUETTE_DATA ?? '/work/shared/data/offensive';

describe.skipIf(!existsSync(`${DATA}/germeval2018.training.txt`))('metrics.json', () => {
  it('describes the shipped detector: its validation counts reproduce', () => {
    // The split of scripts/train-netiquette.ts: seeded shuffle per language and label, first 15 %.
    const posts = [
      ...parseGermEval(readFileSync(`${DATA}/germeval2018.training.txt`, 'utf8')),
      ...parseOlid(readFileSync(`${DATA}/olid-training-v1.0.tsv`, 'utf8')),
    ];
    let a = metrics.split.seed >>> 0;
    const random = (): number => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const valid: LabeledPost[] = [];
    for (const lang of ['de', 'en'] as const) {
      for (const off of [true, false]) {
        const g = posts.filter((p) => p.lang === lang && p.offensive === off);
        for (let i = g.length - 1; i > 0; i--) {
          const j = Math.floor(random() * (i + 1));
          [g[i], g[j]] = [g[j]!, g[i]!];
        }
        valid.push(...g.slice(0, Math.round(g.length * metrics.split.validationFraction)));
      }
    }
    const d = new NetiquetteDetector({ classifier: bundledModel });
    for (const lang of ['de', 'en'] as const) {
      let tp = 0;
      let fp = 0;
      let fn = 0;
      for (const p of valid) {
        if (p.lang !== lang) continue;
        const y = d.detect(p.text).offensive;
        if (y && p.offensive) tp++;
        else if (y) fp++;
        else if (p.offensive) fn++;
      }
      const m = metrics.validation.detector[lang];
      expect({ tp, fp, fn }).toEqual({ tp: m.tp, fp: m.fp, fn: m.fn });
    }
  }, 60_000);
});
