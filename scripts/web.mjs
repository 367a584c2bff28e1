#!/usr/bin/env node
// Bundles the workbench's front end (src/web/, TypeScript, with CodeMirror 6 and cytoscape from
// npm) into dist/web/app.js and dist/web/app.css, which `claimgraph serve` sends from its own
// origin under /assets/: no CDN, nothing fetched at run time. Runs in `npm run build`,
// `npm install` (prepare) and `npm test` (pretest), so a clean clone has the bundle.
//
// The front-end packages are dev dependencies: they are needed to build the bundle, and the
// published package carries the bundle itself (dist/web/).
import { mkdirSync, renameSync, rmSync } from 'node:fs';
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

mkdirSync(tmp, { recursive: true });
try {
  await esbuild.build({
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
    minify: true,
    sourcemap: 'linked',
    legalComments: 'linked',
    logLevel: 'warning',
  });
  rmSync(out, { recursive: true, force: true });
  renameSync(tmp, out);
} catch (err) {
  rmSync(tmp, { recursive: true, force: true });
  process.stderr.write(`web: bundling failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
}
