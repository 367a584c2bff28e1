#!/usr/bin/env node
// Comunica 5 needs Node >= 22.19 (its undici). `npm install` puts that Node in node_modules
// (package `node`); when this script is started by an older Node, hand over to it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import module from 'node:module';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 19)) {
  const local = fileURLToPath(new URL('../node_modules/node/bin/node', import.meta.url));
  if (!existsSync(local)) {
    process.stderr.write(`claimgraph: needs Node >= 22.19 (running ${process.version}); run \`npm install\` to fetch it\n`);
    process.exit(70);
  }
  const r = spawnSync(local, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}
module.enableCompileCache?.();
const { main } = await import('../dist/cli/main.js');
await main(process.argv);
