/**
 * Reply suggestions from the command line: one comment per input line, one JSON line per comment,
 * best first, from the starter guide or a guide file exported by the options page.
 *
 *   npm run -s suggest -- [--guide guide.json] [--limit 3] < comments.txt
 *   {"suggestions":[{"topicId":"delivery-status","templateId":"delivery-status.de.check-order","score":41.2}, …]}
 *
 * An empty line gives {"suggestions":[]}, so output line n always belongs to input line n.
 * A guide file that does not validate is refused with its errors on stderr (exit code 2).
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseGuideFile } from '../lib/guide/guide-file';
import type { Guide } from '../lib/guide/model';
import { createSuggester } from '../lib/guide/rank';
import { starterGuide } from '../lib/guide/starter-guide';

function usage(message: string): never {
  process.stderr.write(`${message}\nusage: npm run -s suggest -- [--guide <file.json>] [--limit <n>] < comments.txt\n`);
  process.exit(2);
}

function parseArgs(argv: string[]): { guidePath: string | null; limit: number } {
  let guidePath: string | null = null;
  let limit = 3;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--guide') {
      guidePath = argv[++i] ?? usage('--guide needs a file name');
    } else if (arg === '--limit') {
      limit = Number(argv[++i]);
      if (!Number.isInteger(limit) || limit < 1) usage('--limit needs a whole number of at least 1');
    } else if (arg === '--help' || arg === '-h') {
      usage('Suggests reply templates for comments read from stdin, one per line.');
    } else usage(`unknown argument ${arg}`);
  }
  return { guidePath, limit };
}

function loadGuide(path: string | null): Guide {
  if (path === null) return starterGuide();
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    process.stderr.write(`cannot read ${path}: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(2);
  }
  const parsed = parseGuideFile(text);
  if (!parsed.ok) {
    process.stderr.write(`${path} is not a usable guide:\n${parsed.errors.map((e) => `  ${e.message_en}`).join('\n')}\n`);
    process.exit(2);
  }
  return parsed.guide;
}

const { guidePath, limit } = parseArgs(process.argv.slice(2));
const suggester = createSuggester(loadGuide(guidePath));
const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
const out: string[] = [];

const flush = (): void => {
  if (out.length === 0) return;
  process.stdout.write(`${out.join('\n')}\n`);
  out.length = 0;
};

lines.on('line', (line) => {
  const suggestions = suggester.suggest(line, { limit }).map(({ topicId, templateId, score }) => ({ topicId, templateId, score }));
  out.push(JSON.stringify({ suggestions }));
  if (out.length >= 512) flush();
});
lines.on('close', flush);
