/**
 * Netiquette check from the command line: one comment per input line, one JSON line per comment.
 *
 *   npm run -s netiquette < comments.txt
 *   {"offensive":true,"score":0.92,"violations":[{"rule":"insult","start":3,"end":12}]}
 *
 * `offensive` means an insult, profanity, threat or hate was found; `score` is the strongest
 * evidence for that (classifier probability or term confidence), 0..1.
 */
import { createInterface } from 'node:readline';
import { defaultDetector } from '../lib/netiquette/detect';

const detector = defaultDetector();
const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
const out: string[] = [];

const flush = (): void => {
  if (out.length === 0) return;
  process.stdout.write(`${out.join('\n')}\n`);
  out.length = 0;
};

lines.on('line', (line) => {
  const r = detector.detect(line);
  out.push(
    JSON.stringify({
      offensive: r.offensive,
      score: r.score,
      violations: r.flags.map((f) => ({ rule: f.rule, start: f.start, end: f.end })),
    }),
  );
  if (out.length >= 512) flush();
});
lines.on('close', flush);
