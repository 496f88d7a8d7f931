/**
 * Reads a saved page the way the content script does and prints what Moderato sees in it:
 *
 *   npm run -s extract -- facebook saved.html --owner "Bäckerei Sonnenschein" [--owner "Second Name"] [--now 2026-03-10T10:00:00Z]
 *
 * A JSON array, one object per comment or reply, in page order. --owner also takes the page's address or
 * numeric page id (Facebook), as the settings do: then a look-alike account with the Page's name does not count as it. Relative times ("3m", "vor 2 Stunden") are resolved
 * against --now (default: the current time). The page is parsed inertly: no script runs, nothing is fetched.
 * Exit codes: 0 done (also when nothing was recognised: `[]` plus a warning), 2 bad input (also a file that
 * is empty, binary or holds no HTML at all).
 */
import { readFileSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Window } from 'happy-dom';
import { SiteSchema, type Site } from '../lib/models/comment';
import { adapterFor } from '../lib/platforms/registry';
import { resolveThreads } from '../lib/platforms/threads';
import { NOT_CONCERNED, type ExtractedItem } from '../lib/platforms/types';

export interface ExtractedRow {
  id: string;
  parentId: string | null;
  author: { name: string; url: string | null };
  text: string;
  postedAt: string | null;
  byOwner: boolean;
  answered: boolean;
  permalink: string | null;
}

export interface ExtractOptions {
  /** Names (Facebook) or handles (X) the company writes under; the first is the page's name. */
  owner: string | readonly string[];
  now: number;
}

export class UsageError extends Error {}

/** Saved pages are a few MB; anything far beyond that is not one. */
const MAX_FILE_BYTES = 64 * 1024 * 1024;

const SITE_BASE: Record<Site, string> = { facebook: 'https://www.facebook.com/', x: 'https://x.com/' };

/** DOM classes the adapters use as globals (e.g. `instanceof Element`); Node has none of them. */
const DOM_GLOBALS = ['Node', 'Element', 'HTMLElement', 'HTMLAnchorElement', 'Text', 'Document'] as const;

function withDomGlobals<T>(window: Window, run: () => T): T {
  const g = globalThis as Record<string, unknown>;
  const w = window as unknown as Record<string, unknown>;
  const saved = DOM_GLOBALS.map((name) => [name, Object.getOwnPropertyDescriptor(g, name)] as const);
  for (const name of DOM_GLOBALS) Object.defineProperty(g, name, { value: w[name], configurable: true, writable: true });
  try {
    return run();
  } finally {
    for (const [name, descriptor] of saved) {
      if (descriptor) Object.defineProperty(g, name, descriptor);
      else delete g[name];
    }
  }
}

/** A window that cannot run or fetch anything: the saved page is data, not a program. */
function inertWindow(site: Site): Window {
  return new Window({
    url: SITE_BASE[site],
    settings: {
      enableJavaScriptEvaluation: false,
      disableJavaScriptFileLoading: true,
      enableCSSFileLoading: false,
      enableImageFileLoading: false,
      enableIframePageLoading: false,
      handleDisabledFileLoadingAsSuccess: true,
      disableComputedStyleRendering: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
      fetch: {
        interceptor: {
          beforeAsyncRequest: async () => {
            throw new Error('moderato extract: network access is disabled');
          },
          beforeSyncRequest: () => {
            throw new Error('moderato extract: network access is disabled');
          },
        },
      },
    },
  });
}

/** Parses a saved page inertly (DOMParser documents never run their scripts); close the window when done. */
export function parseSavedPage(site: Site, html: string): { window: Window; document: Document } {
  const window = inertWindow(site);
  return { window, document: new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document };
}

/** The same adapter code as the content script: scanRoot → findItems → extract, then the thread pass. */
export function extractFromHtml(site: Site, html: string, options: ExtractOptions): ExtractedRow[] {
  return readSavedPage(site, html, options).rows;
}

/** The rows, and how many items were read fine but are not addressed to the owner (X: a wrong handle shows as many). */
function readSavedPage(site: Site, html: string, options: ExtractOptions): { rows: ExtractedRow[]; notForOwner: number } {
  const adapter = adapterFor(site);
  if (!adapter) throw new UsageError(`No adapter is registered for "${site}" yet.`);
  const owners = (typeof options.owner === 'string' ? [options.owner] : [...options.owner]).map((o) => o.trim()).filter(Boolean);
  if (owners.length === 0) throw new UsageError('An owner name is required (--owner "<Page name>").');
  if (!Number.isFinite(options.now)) throw new UsageError('The reference time is not a valid date.');

  const { window, document: doc } = parseSavedPage(site, html);
  try {
    return withDomGlobals(window, () => {
      const ctx = { now: options.now, ownerNames: owners, pageName: owners[0]! };
      const items: ExtractedItem[] = [];
      let notForOwner = 0;
      for (const element of adapter.findItems(adapter.scanRoot(doc))) {
        const item = adapter.extract(element, ctx);
        if (item === NOT_CONCERNED) notForOwner++;
        else if (item) items.push(item);
      }
      const rows = resolveThreads(items).map((c) => ({
        id: c.id,
        parentId: c.parentId,
        author: { name: c.author.name, url: c.author.url },
        text: c.text,
        postedAt: c.postedAt === null ? null : new Date(c.postedAt).toISOString(),
        byOwner: c.byOwner,
        answered: c.answered,
        permalink: c.permalink,
      }));
      return { rows, notForOwner };
    });
  } finally {
    void window.happyDOM.close();
  }
}

export interface CliArgs {
  site: Site;
  file: string;
  owners: string[];
  now: number;
}

const USAGE = 'usage: npm run -s extract -- <facebook|x> <saved.html> --owner "<Page name, address or id | X handle>" [--owner …] [--now <ISO time>]';

/** Thrown for --help: the usage goes to stdout and the exit code is 0. */
export class HelpRequest extends Error {}

// Date.parse also takes "12" (2001-12-01) or "March 10" (the year 2001): a typo would move every time.
const ISO_TIME = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;

export function parseArgs(argv: readonly string[], currentTime = Date.now()): CliArgs {
  const positional: string[] = [];
  const owners: string[] = [];
  let nowText: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') throw new HelpRequest(USAGE);
    const eq = arg.indexOf('=');
    const flag = arg.startsWith('--') ? (eq > 0 ? arg.slice(0, eq) : arg) : null;
    if (flag === null) {
      positional.push(arg);
      continue;
    }
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined) throw new UsageError(`${flag} needs a value.\n${USAGE}`);
    if (flag === '--owner') owners.push(value);
    else if (flag === '--now') nowText = value;
    else throw new UsageError(`Unknown option ${flag}.\n${USAGE}`);
  }
  const [siteText, file, ...extra] = positional;
  if (!siteText || !file) throw new UsageError(`A site and a file are required.\n${USAGE}`);
  if (extra.length) throw new UsageError(`Unexpected argument "${extra[0]}".\n${USAGE}`);
  const site = SiteSchema.safeParse(siteText.toLowerCase());
  if (!site.success) throw new UsageError(`Unknown site "${siteText}": use one of ${SiteSchema.options.join(', ')}.`);
  if (!owners.some((o) => o.trim())) throw new UsageError(`--owner is required: the page name (Facebook) or handle (X) the company writes under.\n${USAGE}`);
  let now = currentTime;
  if (nowText !== null) {
    now = ISO_TIME.test(nowText.trim()) ? Date.parse(nowText.trim()) : Number.NaN;
    if (Number.isNaN(now)) throw new UsageError(`--now "${nowText}" is not a date; use ISO 8601, e.g. 2026-03-10T10:00:00Z.`);
  }
  return { site: site.data, file, owners, now };
}

/** Why the text is not a page at all, or null: an empty file, a binary one, or text without a single tag. */
function notHtml(text: string): string | null {
  if (text.trim() === '') return 'is empty';
  if (text.includes('\u0000')) return 'is a binary file';
  if (!/<[a-z!]/i.test(text)) return 'holds no HTML';
  return null;
}

export interface CliIo {
  readFile(path: string): string;
  fileSize(path: string): number;
  stdout(text: string): void;
  stderr(text: string): void;
}

const nodeIo: CliIo = {
  readFile: (path) => readFileSync(path, 'utf8'),
  fileSize: (path) => statSync(path).size,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** The whole command; returns the exit code. */
export function runExtractCli(argv: readonly string[], io: CliIo = nodeIo, currentTime = Date.now()): number {
  try {
    const args = parseArgs(argv, currentTime);
    let html: string;
    try {
      if (io.fileSize(args.file) > MAX_FILE_BYTES) throw new UsageError(`${args.file} is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB; that is not a saved page.`);
      html = io.readFile(args.file);
    } catch (error) {
      if (error instanceof UsageError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      throw new UsageError(code === 'ENOENT' ? `File not found: ${args.file}` : `Cannot read ${args.file}: ${(error as Error).message}`);
    }
    const junk = notHtml(html);
    if (junk) throw new UsageError(`${args.file} ${junk}; that is not a saved page.`);
    const { rows, notForOwner } = readSavedPage(args.site, html, { owner: args.owners, now: args.now });
    if (rows.length === 0 && notForOwner > 0) {
      const whom = args.site === 'x' ? 'a handle such as sonnenschein_de, not a display name' : "the Page's name or address";
      io.stderr(`warning: ${notForOwner} ${args.site} posts found in ${args.file}, none addressed to ${args.owners.join(', ')}; check --owner (${whom})\n`);
    } else if (rows.length === 0) {
      io.stderr(`warning: no ${args.site} comments recognised in ${args.file} (is it a saved ${args.site} page with comments?)\n`);
    }
    io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof HelpRequest) {
      io.stdout(`${error.message}\n`);
      return 0;
    }
    if (error instanceof UsageError) {
      io.stderr(`extract: ${error.message}\n`);
      return 2;
    }
    io.stderr(`extract: unexpected failure: ${(error as Error).stack ?? String(error)}\n`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = runExtractCli(process.argv.slice(2));
}
