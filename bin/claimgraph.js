#!/bin/sh
":" /*
# Started as a program (`claimgraph` on the PATH through `npm link`, or ./bin/claimgraph.js), this
# file is a shell script: it starts the Node 22 that `npm install` put in node_modules (package
# `node`; Comunica 5 needs Node >= 22.19, machines ship 20) on itself at once, in place of this
# shell (exec: same process, signals and exit status). Starting the PATH's Node 20 only to hand
# over to Node 22 cost every command ~0.2-0.3 s. To Node (`node bin/claimgraph.js`) the two
# lines above are a string and the start of this comment: the JavaScript below runs as before.
# Windows (no /bin/sh): run `node bin/claimgraph.js` with Node >= 22.19 (docs/startup.md).
self=$0
while [ -L "$self" ]; do
  link=$(readlink "$self")
  case $link in /*) self=$link ;; *) self=${self%/*}/$link ;; esac
done
here=${self%/*}
[ "$here" = "$self" ] && here=.
if [ -x "$here/../node_modules/node/bin/node" ]; then exec "$here/../node_modules/node/bin/node" "$self" "$@"; fi
exec node "$self" "$@"
*/
// Started by Node: Comunica 5 needs Node >= 22.19 (its undici). `npm install` puts that Node in
// node_modules (package `node`); when this script is started by an older Node, hand over to it.
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 19)) {
  const local = fileURLToPath(new URL('../node_modules/node/bin/node', import.meta.url));
  if (!existsSync(local)) {
    process.stderr.write(`claimgraph: needs Node >= 22.19 (running ${process.version}); run \`npm install\` to fetch it\n`);
    process.exit(70);
  }
  // imported here only: loading child_process costs every start ~10 ms
  const { spawn } = await import('node:child_process');
  const child = spawn(local, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, CLAIMGRAPH_HANDOVER_PARENT: String(process.pid) },
  });
  // Signals sent to this process (kill PID, a supervisor stopping it) go to the real one. Ctrl-C
  // reaches both through the terminal's process group; the child's exit ends this one.
  const forward = (signal) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT', 'SIGUSR1', 'SIGUSR2']) process.on(signal, forward);
  const [code, signal] = await new Promise((resolve) => child.once('exit', (c, s) => resolve([c, s])));
  if (signal) {
    // end the same way, so the shell sees the same status
    process.removeAllListeners(signal);
    process.kill(process.pid, signal);
  }
  process.exit(code ?? 1);
}
// Started by the hand-over above: should that process be killed outright (SIGKILL cannot be
// forwarded), this one notices its parent is gone and ends too, rather than run on unowned.
if (process.env.CLAIMGRAPH_HANDOVER_PARENT) {
  const parent = Number(process.env.CLAIMGRAPH_HANDOVER_PARENT);
  delete process.env.CLAIMGRAPH_HANDOVER_PARENT;
  setInterval(() => {
    if (process.ppid !== parent) process.kill(process.pid, 'SIGTERM');
  }, 1000).unref();
}
// Node's compile cache (V8's code for the bundle: a start without it compiles ~5 MB again) in
// claimgraph's own per-user cache folder (src/cache-dir.ts: `$TMPDIR/claimgraph-cache-<uid>`,
// checked for ownership; CLAIMGRAPH_CACHE_DIR moves it, CLAIMGRAPH_NO_CACHE=1 turns it off), so
// one setting places or removes every cached file (a test run sets its own and leaves nothing).
// NODE_COMPILE_CACHE, when set, is Node's own choice and wins.
try {
  // created (0700) and checked like the other kinds' folders before Node writes to it
  (await import('../dist/cache-dir.js')).enableCompileCache();
} catch {
  // not built yet: the import of dist/ below says so
}
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
