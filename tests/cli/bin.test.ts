/** Smoke test of the real binary as a child process (bin/claimgraph.js on dist/). */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/cli.js';
import { miniDir } from '../helpers/pipeline-fixture.js';

const bin = join(projectRoot, 'bin/claimgraph.js');
const run = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: projectRoot, encoding: 'utf8', timeout: 60_000 });

describe('bin/claimgraph.js', () => {
  it('--help lists the pipeline commands', () => {
    const r = run(['--help']);
    expect(r.status).toBe(0);
    for (const c of ['build', 'validate', 'export', 'stats']) expect(r.stdout).toMatch(new RegExp(`^\\s+${c}\\b`, 'm'));
  });

  it.each(['build', 'validate', 'export', 'stats'])('%s --help has a description and an example', (c) => {
    const r = run([c, '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Examples?:\n\s+\$ claimgraph /);
  });

  it('stats runs on a project directory', () => {
    const r = run(['--dir', miniDir, 'stats']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^triples: \d+\nentities: 16 /);
  });

  it('exits non-zero with a typed error on an unknown option value', () => {
    const r = run(['--dir', miniDir, 'export', '--format', 'nope']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('error[USAGE]');
  });
});
