/**
 * Netiquette check from the command line: one comment per input line, one JSON line per comment.
 *
 *   npm run -s netiquette < comments.txt
 *   {"offensive":true,"score":0.92,"violations":[{"rule":"insult","start":3,"end":12}]}
 *
 * `offensive` means an insult, profanity, threat or hate was found; `score` is the strongest
 * evidence for that (classifier probability or term confidence), 0..1. Offsets are UTF-16 code
 * unit indices into the line as decoded from UTF-8 (JavaScript string indices), end exclusive.
 *
 * Robust by construction: input is read as raw bytes and split on "\n" itself (an optional "\r"
 * before it is dropped), so invalid UTF-8, NUL bytes and lines of any length cannot stop it; every
 * input line yields exactly one output line, an empty line a non-offensive result.
 */
import { createDetector } from '../lib/netiquette/detect';
import type { NetiquetteDetector } from '../lib/netiquette/detector';

const NOT_OFFENSIVE = '{"offensive":false,"score":0,"violations":[]}';

function judge(detector: NetiquetteDetector, line: string): string {
  if (line.length === 0) return NOT_OFFENSIVE;
  try {
    const r = detector.detect(line);
    return JSON.stringify({
      offensive: r.offensive,
      score: r.score,
      violations: r.flags.map((f) => ({ rule: f.rule, start: f.start, end: f.end })),
    });
  } catch (error) {
    // The detector is built not to throw; if it ever does, say so on stderr and keep the line count.
    process.stderr.write(`netiquette: line skipped (${error instanceof Error ? error.message : String(error)})\n`);
    return NOT_OFFENSIVE;
  }
}

function main(): void {
  const detector = createDetector();
  const decoder = new TextDecoder('utf-8', { fatal: false });
  const out: string[] = [];
  let pending: Buffer[] = [];

  const emit = (bytes: Buffer): void => {
    let end = bytes.length;
    if (end > 0 && bytes[end - 1] === 0x0d) end--;
    out.push(judge(detector, decoder.decode(bytes.subarray(0, end))));
    if (out.length >= 256) flush();
  };
  const flush = (): void => {
    if (out.length === 0) return;
    process.stdout.write(`${out.join('\n')}\n`);
    out.length = 0;
  };

  process.stdin.on('data', (chunk: Buffer) => {
    let start = 0;
    for (let nl = chunk.indexOf(0x0a); nl >= 0; nl = chunk.indexOf(0x0a, start)) {
      const piece = chunk.subarray(start, nl);
      if (pending.length > 0) {
        pending.push(piece);
        emit(Buffer.concat(pending));
        pending = [];
      } else emit(piece);
      start = nl + 1;
    }
    if (start < chunk.length) pending.push(Buffer.from(chunk.subarray(start)));
  });
  process.stdin.on('end', () => {
    // A last line without a newline is still a line.
    if (pending.length > 0) emit(Buffer.concat(pending));
    flush();
  });
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}

main();
