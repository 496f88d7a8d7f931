/**
 * The two kinds of gaps a reply template can have:
 * - `{{variable}}`: filled automatically from the comment and the settings;
 * - `[[placeholder]]`: left for the agent, who must write the specifics in.
 * One scanner serves validation (import, editor) and filling, so both agree on the syntax.
 */

export const TEMPLATE_VARIABLES = ['first_name', 'name', 'page', 'agent', 'date'] as const;
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];

const KNOWN_VARIABLES: ReadonlySet<string> = new Set(TEMPLATE_VARIABLES);

export const isTemplateVariable = (name: string): name is TemplateVariable => KNOWN_VARIABLES.has(name);

/** Whitespace inside the braces is tolerated because hand-edited files often have it. */
export const VARIABLE_PATTERN = /\{\{\s*([^{}\s]*)\s*\}\}/g;
/** A label is a short prompt for the agent; the editor and the importer name this limit when it is broken. */
export const PLACEHOLDER_LABEL_MAX = 80;
/** A placeholder label is short, one line, and cannot nest. */
export const PLACEHOLDER_PATTERN = new RegExp(`\\[\\[([^[\\]\\n]{1,${PLACEHOLDER_LABEL_MAX}})\\]\\]`, 'g');
/** `[[…]]` of any length and across lines: what its author meant as a placeholder, even where it is not one. */
const BRACKET_PAIR = /\[\[([^[\]]*)\]\]/g;

export interface TextSpan {
  start: number;
  end: number;
}

export interface VariableUse extends TextSpan {
  name: string;
}

export interface PlaceholderUse extends TextSpan {
  /** The label between the brackets, e.g. `Bestellnummer`. */
  label: string;
}

export interface TemplateScan {
  variables: VariableUse[];
  unknownVariables: VariableUse[];
  placeholders: PlaceholderUse[];
  /** Stray `{{`, `}}`, `[[` or `]]` that do not form a variable or placeholder. */
  malformed: (TextSpan & { token: string })[];
  /** `[[…]]` whose label is longer than PLACEHOLDER_LABEL_MAX or has a line break, so it is no placeholder. */
  badLabels: (TextSpan & { length: number; multiline: boolean })[];
}

export function scanTemplate(text: string): TemplateScan {
  const variables: VariableUse[] = [];
  const unknownVariables: VariableUse[] = [];
  const placeholders: PlaceholderUse[] = [];
  const malformed: (TextSpan & { token: string })[] = [];
  const badLabels: (TextSpan & { length: number; multiline: boolean })[] = [];
  const covered: TextSpan[] = [];

  for (const m of text.matchAll(VARIABLE_PATTERN)) {
    const name = m[1] ?? '';
    const use = { name, start: m.index, end: m.index + m[0].length };
    (isTemplateVariable(name) ? variables : unknownVariables).push(use);
    covered.push(use);
  }
  for (const m of text.matchAll(PLACEHOLDER_PATTERN)) {
    const label = (m[1] ?? '').trim();
    const span = { start: m.index, end: m.index + m[0].length };
    covered.push(span);
    if (label === '') malformed.push({ ...span, token: m[0] });
    else placeholders.push({ ...span, label });
  }
  // Named as what it is: its two brackets reported as stray would hide that only the label is wrong.
  for (const m of text.matchAll(BRACKET_PAIR)) {
    const label = m[1] ?? '';
    const multiline = label.includes('\n');
    // Shorter ones on one line are placeholders, or `[[]]`, which stays two stray brackets.
    if (!multiline && label.length <= PLACEHOLDER_LABEL_MAX) continue;
    const span = { start: m.index, end: m.index + m[0].length };
    covered.push(span);
    badLabels.push({ ...span, length: label.length, multiline });
  }
  for (const m of text.matchAll(/\{\{|\}\}|\[\[|\]\]/g)) {
    const at = m.index;
    if (!covered.some((s) => at >= s.start && at < s.end)) {
      malformed.push({ start: at, end: at + 2, token: m[0] });
    }
  }
  malformed.sort((a, b) => a.start - b.start);
  return { variables, unknownVariables, placeholders, malformed, badLabels };
}

/** The agent's gaps in a text (a template or what is in the reply box now), in order, for highlighting. */
export function findPlaceholders(text: string): PlaceholderUse[] {
  const out: PlaceholderUse[] = [];
  for (const m of text.matchAll(PLACEHOLDER_PATTERN)) {
    const label = (m[1] ?? '').trim();
    if (label !== '') out.push({ label, start: m.index, end: m.index + m[0].length });
  }
  return out;
}
