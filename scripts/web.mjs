#!/usr/bin/env node
// Bundles the workbench's front end (src/web/, TypeScript, with CodeMirror 6 and cytoscape from
// npm) into dist/web/app.js and dist/web/app.css, which `claimgraph serve` sends from its own
// origin under /assets/: no CDN, nothing fetched at run time. Runs in `npm run build`,
// `npm install` (prepare) and `npm test` (pretest), so a clean clone has the bundle.
//
// The front-end packages are dev dependencies: they are needed to build the bundle, and the
// published package carries the bundle itself (dist/web/).
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}dist/web/`;
const tmp = `${root}dist/.web-tmp-${process.pid}/`;

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  process.stderr.write('web: esbuild is not installed (dev dependency); the workbench pages need dist/web/ from a full install\n');
  process.exit(0);
}

/** The source file of each view's chunk (main.ts imports them by view). */
const VIEWS = { query: 'query.ts', articles: 'article.ts', article: 'article.ts', entity: 'entity.ts', check: 'check.ts' };

/**
 * preload.json: for each view, the chunks its page needs besides app.js (app.js's own imports,
 * the view's chunk, what it imports, and what it imports later, e.g. cytoscape), so the page can
 * name them all at once (`<link rel="modulepreload">`) instead of the browser finding them one
 * import at a time.
 */
function preloads(metafile) {
  const outputs = Object.entries(metafile.outputs).filter(([f]) => f.endsWith('.js'));
  const name = (f) => f.slice(f.lastIndexOf('/') + 1);
  const byName = new Map(outputs.map(([f, o]) => [name(f), o]));
  const closure = (start) => {
    const seen = new Set();
    const visit = (n) => {
      if (seen.has(n) || !byName.has(n)) return;
      seen.add(n);
      for (const i of byName.get(n).imports) visit(name(i.path));
    };
    visit(start);
    return seen;
  };
  const app = outputs.find(([, o]) => o.entryPoint?.endsWith('src/web/main.ts'));
  const appStatic = new Set(app[1].imports.filter((i) => i.kind === 'import-statement').map((i) => name(i.path)));
  const out = {};
  for (const [view, file] of Object.entries(VIEWS)) {
    const chunk = outputs.find(([, o]) => o.entryPoint?.endsWith(`src/web/${file}`));
    if (!chunk) throw new Error(`no chunk for the ${view} view (src/web/${file})`);
    // app.js's static imports first (needed before anything runs), then the view's chunks
    out[view] = [...new Set([...appStatic, ...closure(name(chunk[0]))])];
  }
  return out;
}

/**
 * Chunks whose functions nearly all run as soon as they load: cytoscape's (the entity page draws
 * at once). They start with V8's explicit compile hint (`//# allFunctionsCalledOnLoad`, Chrome
 * 136+; other engines read a comment), so Chromium compiles their functions on the thread that
 * streams the script in, not one by one on the page's main thread when first called.
 */
const EAGER = ['neighbourhood'];
const HINT = '//# allFunctionsCalledOnLoad\n';

/** Puts the compile hint on a chunk's first line; its source map gains an empty first line to match. */
function compileHint(file) {
  const code = readFileSync(file, 'utf8');
  if (code.startsWith(HINT)) return;
  writeFileSync(file, HINT + code);
  const mapFile = `${file}.map`;
  if (!existsSync(mapFile)) return;
  const map = JSON.parse(readFileSync(mapFile, 'utf8'));
  map.mappings = `;${map.mappings}`;
  writeFileSync(mapFile, JSON.stringify(map));
}

mkdirSync(tmp, { recursive: true });
try {
  const result = await esbuild.build({
    metafile: true,
    // main.ts imports style.css: esbuild writes it beside the script as app.css
    entryPoints: { app: `${root}src/web/main.ts` },
    outdir: tmp,
    bundle: true,
    format: 'esm',
    // one chunk per view (CodeMirror only on the query page, cytoscape only on the entity page)
    splitting: true,
    chunkNames: 'chunk-[name]-[hash]',
    platform: 'browser',
    target: ['chrome110', 'firefox115', 'safari16'],
    // CLAIMGRAPH_WEB_MINIFY=0: readable names in a browser's profile (the bundle is otherwise the same)
    minify: process.env.CLAIMGRAPH_WEB_MINIFY !== '0',
    sourcemap: 'linked',
    legalComments: 'linked',
    logLevel: 'warning',
  });
  writeFileSync(`${tmp}preload.json`, `${JSON.stringify(preloads(result.metafile), null, 1)}\n`);
  for (const name of readdirSync(tmp)) if (EAGER.some((chunk) => name.startsWith(`chunk-${chunk}-`) && name.endsWith('.js'))) compileHint(`${tmp}${name}`);
  rmSync(out, { recursive: true, force: true });
  renameSync(tmp, out);
} catch (err) {
  rmSync(tmp, { recursive: true, force: true });
  process.stderr.write(`web: bundling failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
}
