#!/usr/bin/env node
// Bundles the compiled CLI (dist/cli/main.js and everything it imports, Comunica included) into
// an ES module, dist/cli/main.bundle.mjs, which bin/claimgraph.js loads when it exists, plus
// chunks (dist/cli/main.bundle-*.mjs) for what the CLI imports lazily.
//
// Why: a cold `claimgraph query` spent about a third of its start-up resolving, stat-ing and
// reading the ~1,500 files of Comunica's dependency tree; a bundle removes that cost (measured
// with `npm run bench`, "seed graph" line, and bench/README.md). Split into chunks at the
// dynamic imports, a run reads and compiles only what it loads: a query over the local graph
// never touches the full engine's HTTP stack, jsonld or the SHACL validator (one 5 MB file had
// cost ~0.1 s to decode and compile on every start). The bundle is an optimisation only: without
// esbuild (a dev dependency) the step is skipped and the CLI runs from dist/.
//
// The bundle lives in dist/cli/ so that paths the code derives from import.meta.url
// (../../ontology/, ../serve/worker.js, ../corpus/build-worker.js) resolve as they do unbundled.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = `${root}dist/cli/`;
const entryName = 'main.bundle';
const chunkPrefix = 'main.bundle-';
const tmpDir = `${dir}.bundle-tmp-${process.pid}/`;

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  process.stderr.write('bundle: esbuild is not installed (dev dependency); the CLI runs unbundled from dist/\n');
  rmSync(`${dir}${entryName}.mjs`, { force: true });
  process.exit(0);
}

// CommonJS dependencies expect require, __filename and __dirname; an ES module has none of them.
const banner = [
  "import { createRequire as __cgCreateRequire } from 'node:module';",
  "import { fileURLToPath as __cgFileURLToPath } from 'node:url';",
  "import { dirname as __cgDirname } from 'node:path';",
  'const require = __cgCreateRequire(import.meta.url);',
  'const __filename = __cgFileURLToPath(import.meta.url);',
  'const __dirname = __cgDirname(__filename);',
].join(' ');

// Modules Comunica's packages import but a compiled engine never runs: componentsjs (reached through
// @comunica/runner's Setup) instantiates engines from configuration files, which pulls in rdf-parse
// and its own copy of every RDF parser and the HTTP stack; HttpServiceSparqlEndpoint is the
// `comunica-sparql-http` server. Evaluating them cost ~0.2 s of every start; the bundle gets
// empty modules in their place. The unbundled code (CLAIMGRAPH_NO_BUNDLE=1) still has them.
const unusedByEngines = {
  name: 'unused-by-engines',
  setup(build) {
    build.onResolve({ filter: /^componentsjs$|\/HttpServiceSparqlEndpoint(\.js)?$/ }, (a) => ({ path: a.path, namespace: 'unused' }));
    build.onLoad({ filter: /.*/, namespace: 'unused' }, () => ({ contents: 'module.exports = {};', loader: 'js' }));
    // yargs parses the command line of Comunica's own CLI (ActorInitQuery.run), which an engine
    // built in code never calls; loading it cost ~10 ms of every start.
    build.onResolve({ filter: /^yargs$/ }, (a) => ({ path: a.path, namespace: 'no-yargs' }));
    build.onLoad({ filter: /.*/, namespace: 'no-yargs' }, () => ({
      contents: "module.exports = function yargs() { throw new Error('yargs is not in the claimgraph bundle: Comunica command-line mode is not used'); };",
      loader: 'js',
    }));
  },
};

// Comunica's SPARQL parse actor builds its Chevrotain parser in its constructor, ~0.1 s of every
// engine construction. claimgraph hands local queries over as compiled algebra
// (src/query/algebra.ts), so in the bundle the parser is built on first use instead. The rewrite
// is checked: if a Comunica release changes the constructor, the bundle step fails rather than
// silently building the parser eagerly again.
const lazySparqlParser = {
  name: 'lazy-sparql-parser',
  setup(build) {
    build.onLoad({ filter: /[\\/]@comunica[\\/]actor-query-parse-sparql[\\/]lib[\\/]ActorQueryParseSparql\.js$/ }, (a) => {
      const src = readFileSync(a.path, 'utf8');
      const eager = /this\.parser = (new parser_sparql_1_2_1\.Parser\(\{[^;]*?\}\s*\}\));/;
      if (!eager.test(src)) throw new Error(`${a.path}: the parser construction to make lazy was not found`);
      const contents = src.replace(eager, (_m, ctor) =>
        `{ let parser; Object.defineProperty(this, 'parser', { configurable: true, enumerable: true, get: () => (parser ??= ${ctor}), set: (p) => { parser = p; } }); }`);
      return { contents, loader: 'js' };
    });
  },
};

// src/query/algebra.ts imports the parser and RDF term packages Comunica already uses. Those
// packages ship an ES module build beside the CommonJS one Comunica requires; resolving our
// imports to the CommonJS files keeps one copy of each in the bundle.
const sameCopyAsComunica = {
  name: 'same-copy-as-comunica',
  setup(build) {
    build.onResolve({ filter: /^(@traqula\/[^/]+|rdf-data-factory)$/ }, (a) => {
      if (a.kind === 'require-call') return undefined;
      return build.resolve(a.path, { kind: 'require-call', resolveDir: a.resolveDir, importer: a.importer });
    });
  },
};

// esbuild wraps each bundled module in a function (`var x = wrap((exports, module) => {...});`)
// that runs once, when the module is first required. V8 compiles such functions lazily, on that
// first call, so Node's compile cache (which stores what was compiled with the file's top level)
// never holds them and every start compiled the module bodies of Comunica and its dependencies
// again (~80 ms of a cold query). A parenthesised `function` is compiled with the top level
// (V8's immediately-invoked-function heuristic), so it lands in the cache. Measured on the seed
// graph, `query aiib-not-sco --cite`: 0.48-0.51 s before, 0.43-0.47 s after. Module code is
// strict (ES module), so `this` is undefined in both forms.
//
// Only packages' modules are wrapped (claimgraph's own are ES modules): a line of our own code of
// the same shape (`var P = perLexicon((ctx) => {`, minified) is left alone. esbuild opens each
// module with a `// <path>` comment at the line start; a match under a `// dist/` one is ours.
async function eagerWrappers(file) {
  const src = readFileSync(file, 'utf8');
  const open = /^(var [\w$]+ = [\w$]+\()\(([\w$]*(?:, [\w$]+)*)\) => \{\n/gm;
  const modules = [...src.matchAll(/^\/\/ (\S.*)$/gm)].map((c) => ({ at: c.index, ours: c[1].startsWith('dist/') }));
  let k = -1;
  let out = '';
  let last = 0;
  for (let m = open.exec(src); m; m = open.exec(src)) {
    // the module the match is in: the last path comment before it
    while (k + 1 < modules.length && modules[k + 1].at < m.index) k++;
    if (k >= 0 && modules[k].ours) continue;
    // the wrapper's body is indented: its end is the next `});` at the start of a line
    const close = src.indexOf('\n});', open.lastIndex - 1);
    if (close < 0) throw new Error(`${file}: no end for the module wrapper at offset ${m.index}`);
    out += `${src.slice(last, m.index)}${m[1]}(function(${m[2]}) {\n${src.slice(open.lastIndex, close)}\n}));`;
    last = close + '\n});'.length;
    open.lastIndex = last;
  }
  out += src.slice(last);
  // Then the whitespace and comments go (esbuild keeps the parentheses V8 looks for), and what
  // non-ASCII text is left is escaped: Node decodes an all-ASCII file about twice as fast. A
  // rewrite that broke the syntax fails the bundle step here, not at a user's first run.
  const { code } = await esbuild.transform(out, { loader: 'js', format: 'esm', minifyWhitespace: true, charset: 'ascii', legalComments: 'none', logLevel: 'silent' });
  writeFileSync(file, code);
}

// `import x from 'node:util'` in an ES module makes Node build an ES module facade of the
// builtin, which reads every export (and so loads what lazy getters hide: `node:crypto`'s
// webcrypto, `node:process`'s report). Measured alone: ~10 ms each for child_process, crypto and
// process. The bundle takes builtins from `process.getBuiltinModule()` instead (the CommonJS
// object, no facade), and `child_process` (imported by commander for executable subcommands,
// and by Comunica's CLI argument handlers, neither of which claimgraph runs) only when used. Named exports are listed at build time;
// a name the builtin does not export fails the bundle step.
const builtinsWithoutFacade = {
  name: 'builtins-without-facade',
  setup(build) {
    const builtins = new Set(builtinModules.filter((m) => !m.startsWith('_')));
    build.onResolve({ filter: /^[a-z_/:]+$/ }, (a) => {
      const name = a.path.replace(/^node:/, '');
      if (!builtins.has(name)) return undefined;
      if (name === 'child_process' && a.kind === 'require-call') return { path: 'node:child_process', namespace: 'builtin-cjs' };
      if (a.kind !== 'import-statement') return undefined;
      return { path: `node:${name}`, namespace: 'builtin' };
    });
    build.onLoad({ filter: /.*/, namespace: 'builtin-cjs' }, (a) => ({
      contents: `module.exports = new Proxy({}, { get: (_t, k) => process.getBuiltinModule(${JSON.stringify(a.path)})[k] });`,
      loader: 'js',
    }));
    build.onLoad({ filter: /.*/, namespace: 'builtin' }, (a) => {
      const id = JSON.stringify(a.path);
      if (a.path === 'node:child_process') {
        return { contents: `export default new Proxy({}, { get: (_t, k) => process.getBuiltinModule(${id})[k] });`, loader: 'js' };
      }
      if (a.path === 'node:process') return { contents: 'export default globalThis.process;', loader: 'js' };
      const names = Object.keys(createRequire(import.meta.url)(a.path)).filter((k) => /^[A-Za-z_$][\w$]*$/.test(k) && k !== 'default');
      const contents = `const m = process.getBuiltinModule(${id});\nexport default m;\n${names.length ? `export const { ${names.join(', ')} } = m;\n` : ''}`;
      return { contents, loader: 'js' };
    });
  },
};

try {
  rmSync(tmpDir, { recursive: true, force: true });
  mkdirSync(tmpDir, { recursive: true });
  const result = await esbuild.build({
    // the hedge's worker thread (src/query/hedge.ts) starts from its own entry, sharing the chunks,
    entryPoints: {
      [entryName]: `${root}dist/cli/main.js`,
      [`${chunkPrefix}hedge-worker`]: `${root}dist/query/hedge-worker.js`,
      // and the threads of `check --batch --jobs N` (src/check/batch-jobs.ts)
      [`${chunkPrefix}batch-worker`]: `${root}dist/check/batch-worker.js`,
    },
    outdir: tmpDir,
    outExtension: { '.js': '.mjs' },
    splitting: true,
    chunkNames: `${chunkPrefix}[hash]`,
    metafile: true,
    bundle: true,
    // Whitespace is kept: one module wrapper per line start is what eagerWrappers() rewrites.
    // BUNDLE_NAMES=1 keeps identifiers, for reading CPU profiles of the bundle.
    minifyIdentifiers: process.env.BUNDLE_NAMES !== '1',
    minifySyntax: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    banner: { js: banner },
    // tr46/whatwg-url ask for `punycode`, which would bind Node's deprecated core module and print
    // a deprecation warning on every run: use the userland package of the same API
    alias: { punycode: 'punycode/' },
    // oxigraph reads its WebAssembly file next to its own module, and piscina starts its own
    // worker script from beside its module (`resolve(__dirname, 'worker.js')`): both stay
    // package imports
    external: ['oxigraph', 'piscina'],
    plugins: [unusedByEngines, lazySparqlParser, sameCopyAsComunica, builtinsWithoutFacade],
    logLevel: 'error',
    legalComments: 'none',
  });
  const written = Object.keys(result.metafile.outputs).map((p) => p.split('/').pop());
  for (const name of written) await eagerWrappers(`${tmpDir}${name}`);
  // Chunks first (their names are content hashes), the entry last: a CLI started meanwhile runs
  // either the old bundle or the new one. Then chunks no longer referenced are removed.
  for (const name of written) if (name !== `${entryName}.mjs`) renameSync(`${tmpDir}${name}`, `${dir}${name}`);
  renameSync(`${tmpDir}${entryName}.mjs`, `${dir}${entryName}.mjs`);
  for (const name of readdirSync(dir)) {
    if (name.startsWith(chunkPrefix) && name.endsWith('.mjs') && !written.includes(name)) rmSync(`${dir}${name}`, { force: true });
  }
  rmSync(tmpDir, { recursive: true, force: true });
} catch (err) {
  rmSync(tmpDir, { recursive: true, force: true });
  process.stderr.write(`bundle: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
}
