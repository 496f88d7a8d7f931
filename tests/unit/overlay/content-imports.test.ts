import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The content scripts must not carry zod: building its classes and schemas while the script is
 * evaluated, and its set-up on the first parse, were the two longest tasks the extension caused in
 * the host page. The replies they get are checked by hand (lib/models/light). This walks the
 * entries' imports from source, as the bundler would follow them, so zod cannot come back unnoticed
 * through a value import of a models file.
 */

const root = resolve(__dirname, '../../..');
const LOADERS = ['entrypoints/facebook.content.ts', 'entrypoints/x.content.ts'];
/** The overlay modules the loaders import at run time (lib/overlay/load-overlay.ts). */
const ENTRIES = [...LOADERS, 'entrypoints/overlays/facebook.ts', 'entrypoints/overlays/x.ts'];
const ZOD_FILES = new Set(['lib/models/zod.ts', 'lib/models/zod-classic.ts']);
const ALIAS = /^(?:@@|~~|@|~)\//;

/** Type-only imports and exports are erased before bundling; everything else is followed. */
function valueSpecifiers(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ESNext, true);
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const bindings = clause?.namedBindings;
      const typeOnly = clause !== undefined && (clause.isTypeOnly || (!clause.name && bindings !== undefined && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly)));
      if (!typeOnly) out.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.exportClause;
      const typeOnly = node.isTypeOnly || (clause !== undefined && ts.isNamedExports(clause) && clause.elements.length > 0 && clause.elements.every((e) => e.isTypeOnly));
      if (!typeOnly) out.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteralLike(node.arguments[0])) {
      out.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

function resolveLocal(from: string, spec: string): string {
  const base = ALIAS.test(spec) ? resolve(root, spec.replace(ALIAS, '')) : resolve(dirname(from), spec);
  const found = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'].map((ext) => base + ext).find((f) => existsSync(f) && /\.tsx?$/.test(f));
  if (!found) throw new Error(`cannot resolve ${spec} from ${relative(root, from)}`);
  return found;
}

/** Every source file the entries reach through value imports, each with the chain that led there; and the zod imports met. */
function walk(entries: string[]): { files: Map<string, string[]>; zod: string[] } {
  const files = new Map<string, string[]>();
  const zod: string[] = [];
  const todo: [string, string[]][] = entries.map((e) => [resolve(root, e), [e]]);
  for (let next = todo.pop(); next; next = todo.pop()) {
    const [file, chain] = next;
    const name = relative(root, file);
    if (files.has(name)) continue;
    files.set(name, chain);
    if (ZOD_FILES.has(name)) zod.push(chain.join(' → '));
    for (const spec of valueSpecifiers(file)) {
      if (spec === 'zod' || spec.startsWith('zod/')) zod.push([...chain, spec].join(' → '));
      else if (spec.startsWith('.') || ALIAS.test(spec)) {
        const target = resolveLocal(file, spec);
        todo.push([target, [...chain, relative(root, target)]]);
      }
    }
  }
  return { files, zod };
}

describe('the content scripts', () => {
  it('import no zod, directly or through any file they reach', () => {
    const { files, zod } = walk(ENTRIES);
    // The walk really followed the overlay, not stopped at the entries.
    for (const f of ['lib/overlay/run-overlay.ts', 'lib/overlay/background-client.ts', 'lib/overlay/netiquette-check.ts', 'lib/models/light/settings.ts']) expect(files.has(f), f).toBe(true);
    expect(files.size).toBeGreaterThan(50);
    expect(zod).toEqual([]);
  });

  it('are loaders that carry none of the overlay: it is a module parsed off the page\'s main thread', () => {
    const { files } = walk(LOADERS);
    expect([...files.keys()].sort()).toEqual([...LOADERS, 'lib/overlay/load-overlay.ts', 'lib/platforms/hosts.ts'].sort());
  });

  it('would be caught importing a schema, and not for importing its type', () => {
    for (const schemas of ['lib/models/messages.ts', 'lib/notes/note-model.ts']) {
      expect(walk([schemas]).zod.some((chain) => chain.endsWith('lib/models/zod.ts → zod/mini')), schemas).toBe(true);
    }
    // Imports the BusinessSchedule type from schedule-model.ts, which builds schemas.
    expect(walk(['lib/schedule/default-schedule.ts']).zod).toEqual([]);
  });
});
