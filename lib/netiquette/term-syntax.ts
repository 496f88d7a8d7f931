/**
 * Term patterns, expanded at compile time so matching stays a plain trie walk:
 *   |word     must start at a word boundary      word|   must end at one
 *   (a|b)     alternatives                        [a]     optional, [a|b] optional alternatives
 * Anything else is literal text and goes through the same normaliser as comments, so "Mißgeburt"
 * and "missgeburt" compile to the same skeleton.
 */
export interface ExpandedTerm {
  text: string;
  startBoundary: boolean;
  endBoundary: boolean;
}

const MAX_EXPANSIONS = 20_000;

export function expandPattern(pattern: string): ExpandedTerm[] {
  let p = pattern.trim();
  const startBoundary = p.startsWith('|');
  const endBoundary = p.endsWith('|') && !p.endsWith('\\|');
  if (startBoundary) p = p.slice(1);
  if (endBoundary) p = p.slice(0, -1);
  const { variants, end } = parseSequence(p, 0, pattern);
  if (end !== p.length) throw new SyntaxError(`Unbalanced bracket in term pattern "${pattern}"`);
  return variants.map((text) => ({ text: text.replace(/\s+/g, ' ').trim(), startBoundary, endBoundary }));
}

function cross(a: string[], b: string[], pattern: string): string[] {
  if (a.length * b.length > MAX_EXPANSIONS) throw new RangeError(`Term pattern "${pattern}" expands too far`);
  const out: string[] = [];
  for (const x of a) for (const y of b) out.push(x + y);
  return out;
}

/** Parses until the end of the string or an unmatched ")", "]" or "|" (the caller's delimiter). */
function parseSequence(p: string, start: number, pattern: string): { variants: string[]; end: number } {
  let variants = [''];
  let literal = '';
  let i = start;
  while (i < p.length) {
    const ch = p[i];
    if (ch === ')' || ch === ']' || ch === '|') break;
    if (ch === '(' || ch === '[') {
      if (literal) {
        variants = variants.map((v) => v + literal);
        literal = '';
      }
      const close = ch === '(' ? ')' : ']';
      const options: string[] = ch === '[' ? [''] : [];
      let j = i + 1;
      for (;;) {
        const inner = parseSequence(p, j, pattern);
        options.push(...inner.variants);
        j = inner.end;
        if (p[j] === '|') {
          j++;
          continue;
        }
        if (p[j] !== close) throw new SyntaxError(`Unbalanced bracket in term pattern "${pattern}"`);
        break;
      }
      variants = cross(variants, options, pattern);
      i = j + 1;
      continue;
    }
    literal += ch;
    i++;
  }
  if (literal) variants = variants.map((v) => v + literal);
  return { variants, end: i };
}
