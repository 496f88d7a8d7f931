import { build } from 'esbuild';
import type { FixtureHandler } from '../support/fixture-server';

/** The real editors as browser bundles, built once per test run from the npm packages (esbuild). */
export async function buildEditorBundles(): Promise<{ lexical: string; draft: string }> {
  const bundle = async (file: string) => {
    const out = await build({
      entryPoints: [new URL(`./editors/${file}`, import.meta.url).pathname],
      bundle: true,
      write: false,
      format: 'iife',
      target: 'es2022',
      // The project's tsconfig compiles JSX for Preact; the fixture editors are React.
      tsconfigRaw: { compilerOptions: { jsx: 'react-jsx', jsxImportSource: 'react' } },
      // Draft.js reads Node's `global` and React reads process.env.NODE_ENV.
      define: { global: 'window', 'process.env.NODE_ENV': '"production"' },
      logLevel: 'silent',
    });
    return out.outputFiles[0]!.text;
  };
  const [lexical, draft] = await Promise.all([bundle('lexical-composer.ts'), bundle('draft-composer.tsx')]);
  return { lexical, draft };
}

/**
 * Wraps a fixture site: with ?editors=lexical (Facebook) or ?editors=draft (X) in the address, the page
 * also loads the real editor, which then owns the reply boxes.
 */
export function withRealEditors(site: FixtureHandler, bundles: { lexical: string; draft: string }): FixtureHandler {
  return (req) => {
    if (req.path === '/__editors/lexical.js') return { type: 'text/javascript', body: bundles.lexical };
    if (req.path === '/__editors/draft.js') return { type: 'text/javascript', body: bundles.draft };
    const answer = site(req);
    const which = req.query.get('editors');
    if (!answer || (which !== 'lexical' && which !== 'draft') || typeof answer.body !== 'string' || !answer.body.includes('</body>')) return answer;
    return { ...answer, body: answer.body.replace('</body>', `<script src="/__editors/${which}.js"></script></body>`) };
  };
}
