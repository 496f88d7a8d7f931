import type { Lang } from './model';
import { cleanDisplayName, firstNameFrom, withoutInvisibleControls } from './person-name';
import { isTemplateVariable, VARIABLE_PATTERN, type TemplateVariable } from './template-syntax';

/**
 * Fills a template's {{variables}}. [[Placeholders]] stay for the agent. A variable without a value
 * becomes a placeholder too ("Hallo [[Vorname]],"), so a missing name is pointed out in the reply box
 * instead of leaving "Hallo ,".
 */

export interface TemplateVars {
  first_name?: string | null;
  /** The author's display name, cleaned of emoji. */
  name?: string | null;
  /** The company page's name. */
  page?: string | null;
  /** The agent's name from the settings. */
  agent?: string | null;
  /** A Date or epoch ms is formatted in the template's language; a string is used as it is. Default: now. */
  date?: Date | number | string | null;
}

export interface FillOptions {
  /** The template's language: decides the date format and the wording of gaps. */
  lang: Lang;
  /** For the date; the browser's zone by default. */
  timeZone?: string;
}

const GAP_LABELS: Record<Exclude<TemplateVariable, 'date'>, Record<Lang, string>> = {
  first_name: { de: 'Vorname', en: 'first name' },
  name: { de: 'Name', en: 'name' },
  page: { de: 'Seitenname', en: 'page name' },
  agent: { de: 'Ihr Name', en: 'your name' },
};

/** Europe-facing pages: day before month in English too ("23 November 2026"). */
const DATE_LOCALES: Record<Lang, string> = { de: 'de-DE', en: 'en-GB' };

export function formatTemplateDate(date: Date | number, lang: Lang, timeZone?: string): string {
  const d = typeof date === 'number' ? new Date(date) : date;
  if (Number.isNaN(d.getTime())) return '';
  return new Intl.DateTimeFormat(DATE_LOCALES[lang], { dateStyle: 'long', ...(timeZone ? { timeZone } : {}) }).format(d);
}

function valueFor(name: TemplateVariable, vars: TemplateVars, options: FillOptions): string {
  if (name === 'date') {
    const date = vars.date ?? Date.now();
    const text = typeof date === 'string' ? date.trim() : formatTemplateDate(date, options.lang, options.timeZone);
    return text !== '' ? text : `[[${options.lang === 'de' ? 'Datum' : 'date'}]]`;
  }
  // Every value, not only the author's name: a page or agent name pasted from elsewhere can carry an
  // override that reverses the rest of the reply just as well.
  const value = withoutInvisibleControls(vars[name] ?? '').replace(/\s+/g, ' ').trim();
  return value !== '' ? value : `[[${GAP_LABELS[name][options.lang]}]]`;
}

export function fillTemplate(body: string, vars: TemplateVars, options: FillOptions | Lang): string {
  const opts = typeof options === 'string' ? { lang: options } : options;
  const cache = new Map<TemplateVariable, string>();
  return body.replace(VARIABLE_PATTERN, (token, name: string) => {
    if (!isTemplateVariable(name)) return token;
    let value = cache.get(name);
    if (value === undefined) {
      value = valueFor(name, vars, opts);
      cache.set(name, value);
    }
    return value;
  });
}

export interface ReplyContext {
  /** The comment author's display name as the page shows it. */
  authorName: string;
  pageName: string;
  /** From the settings; may be empty. */
  agentName: string;
  date?: Date | number;
}

/** The variables for replying to one comment. */
export function templateVarsFor(context: ReplyContext): TemplateVars {
  const name = cleanDisplayName(context.authorName);
  return {
    first_name: firstNameFrom(context.authorName),
    name: name !== '' ? name : null,
    page: context.pageName,
    agent: context.agentName,
    date: context.date ?? Date.now(),
  };
}
