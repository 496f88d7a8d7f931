/**
 * Parsers for the labelled corpora in /work/shared/data/offensive (GermEval 2018, OLID). They take
 * file contents, not paths, so lib/ stays free of Node APIs; scripts read the files.
 */
export interface LabeledPost {
  text: string;
  offensive: boolean;
  lang: 'de' | 'en';
}

/** Corpus artefacts that never occur in real comments: line-break markers and link placeholders. */
export function cleanCorpusText(text: string): string {
  return text.replace(/\|LBR\|/g, ' ').replace(/\bURL\b/g, ' ').replace(/\s+/g, ' ').trim();
}

/** GermEval 2018: `text<TAB>OFFENSE|OTHER<TAB>fine label`, one post a line. */
export function parseGermEval(content: string): LabeledPost[] {
  const out: LabeledPost[] = [];
  for (const line of content.split(/\r?\n/)) {
    if (!line.trim()) continue;
    const [text, coarse] = line.split('\t');
    if (text === undefined || (coarse !== 'OFFENSE' && coarse !== 'OTHER')) continue;
    out.push({ text: cleanCorpusText(text), offensive: coarse === 'OFFENSE', lang: 'de' });
  }
  return out;
}

function unquoteTsv(field: string): string {
  if (field.length >= 2 && field.startsWith('"') && field.endsWith('"')) return field.slice(1, -1).replace(/""/g, '"');
  return field;
}

/** OLID v1.0: header `id tweet subtask_a subtask_b subtask_c`, subtask_a OFF|NOT. */
export function parseOlid(content: string): LabeledPost[] {
  const out: LabeledPost[] = [];
  const lines = content.split(/\r?\n/);
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (!line?.trim()) continue;
    const cols = line.split('\t');
    const tweet = cols[1];
    const label = cols[2];
    if (tweet === undefined || (label !== 'OFF' && label !== 'NOT')) continue;
    out.push({ text: cleanCorpusText(unquoteTsv(tweet)), offensive: label === 'OFF', lang: 'en' });
  }
  return out;
}
