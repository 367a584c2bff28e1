#!/usr/bin/env node
// Bundles the compiled CLI (dist/cli/main.js and everything it imports, Comunica included) into
// one ES module, dist/cli/main.bundle.mjs, which bin/claimgraph.js loads when it exists.
//
// Why: a cold `claimgraph query` spent about a third of its start-up resolving, stat-ing and
// reading the ~1,500 files of Comunica's dependency tree; one file removes that cost (measured
// with `npm run bench`, "seed graph" line, and bench/README.md). The bundle is an optimisation
// only: without esbuild (a dev dependency) the step is skipped and the CLI runs from dist/.
//
// The bundle lives in dist/cli/ so that paths the code derives from import.meta.url
// (../../ontology/, ../serve/worker.js, ../corpus/build-worker.js) resolve as they do unbundled.
import { renameSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}dist/cli/main.bundle.mjs`;
const tmp = `${out}.tmp-${process.pid}`;

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  process.stderr.write('bundle: esbuild is not installed (dev dependency); the CLI runs unbundled from dist/\n');
  rmSync(out, { force: true });
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
  },
};

try {
  await esbuild.build({
    entryPoints: [`${root}dist/cli/main.js`],
    outfile: tmp,
    bundle: true,
    minify: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    banner: { js: banner },
    // tr46/whatwg-url ask for `punycode`, which would bind Node's deprecated core module and print
    // a deprecation warning on every run: use the userland package of the same API
    alias: { punycode: 'punycode/' },
    plugins: [unusedByEngines],
    logLevel: 'error',
    legalComments: 'none',
  });
  renameSync(tmp, out);
} catch (err) {
  rmSync(tmp, { force: true });
  process.stderr.write(`bundle: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
}
