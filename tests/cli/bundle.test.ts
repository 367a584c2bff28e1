/**
 * The one-file bundle (scripts/bundle.mjs) must behave exactly like the compiled modules it is
 * made of: same bytes out, same exit codes, for the commands that pull in the heavy libraries
 * (Comunica, the SHACL validator, jsonld).
 */
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/cli.js';

const bin = join(projectRoot, 'bin/claimgraph.js');
const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [bin, ...args], { cwd: projectRoot, encoding: 'utf8', timeout: 120_000, env: { ...process.env, ...env } });

describe('dist/cli/main.bundle.mjs', () => {
  it('is built by the build step and newer than the compiled code, so bin/claimgraph.js uses it', () => {
    const bundle = statSync(join(projectRoot, 'dist/cli/main.bundle.mjs'));
    const compiled = statSync(join(projectRoot, 'dist/cli/main.js'));
    expect(bundle.mtimeMs).toBeGreaterThanOrEqual(compiled.mtimeMs);
  });

  it.each([
    [['query', 'members-of', '--cite', '--format', 'json']],
    [['query', 'money-per-country', '--format', 'csv']],
    [['query', '-e', 'SELECT ?s WHERE { ?s ?p ?o } LIMIT', '--format', 'json']],
    [['check', 'Turkmenistan is a member of the SCO.', '--format', 'json']],
    [['check', 'Japan may provide grants to Tajikistan', '--format', 'claimreview']],
    [['validate', '--format', 'json', '--no-stale']],
    [['export', '--format', 'jsonld']],
  ])('%j: bundled and unbundled runs agree byte for byte', (args) => {
    const bundled = run(args);
    const plain = run(args, { CLAIMGRAPH_NO_BUNDLE: '1' });
    expect(bundled.stderr).toBe(plain.stderr);
    expect(bundled.status).toBe(plain.status);
    expect(bundled.stdout).toBe(plain.stdout);
    // and nothing on stderr that the modules would not print (deprecation warnings, say)
    if (plain.status === 0) expect(bundled.stderr).toBe('');
  });
});
