#!/usr/bin/env node
// Comunica 5 needs Node >= 22.19 (its undici). `npm install` puts that Node in node_modules
// (package `node`); when this script is started by an older Node, hand over to it.
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import module from 'node:module';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 19)) {
  const local = fileURLToPath(new URL('../node_modules/node/bin/node', import.meta.url));
  if (!existsSync(local)) {
    process.stderr.write(`claimgraph: needs Node >= 22.19 (running ${process.version}); run \`npm install\` to fetch it\n`);
    process.exit(70);
  }
  // imported here only: loading child_process costs every start ~10 ms
  const { spawnSync } = await import('node:child_process');
  const r = spawnSync(local, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}
module.enableCompileCache?.();
// One-file bundle of dist/ (scripts/bundle.mjs): same code, a third less start-up. Used only when it
// is at least as new as the compiled code, so a bare `tsc` never leaves a stale bundle in charge.
const bundle = new URL('../dist/cli/main.bundle.mjs', import.meta.url);
const compiled = new URL('../dist/cli/main.js', import.meta.url);
let entry = compiled;
if (!process.env.CLAIMGRAPH_NO_BUNDLE) {
  try {
    if (statSync(bundle).mtimeMs >= statSync(compiled).mtimeMs) entry = bundle;
  } catch {
    // no bundle: run from dist/
  }
}
const { main } = await import(entry.href);
await main(process.argv);
