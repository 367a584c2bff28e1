/** Smoke test of the real binary as a child process (bin/claimgraph.js on dist/). */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot, corpusFixture } from '../helpers/cli.js';
import { miniDir } from '../helpers/pipeline-fixture.js';
import { tempDir } from '../helpers/temp.js';

const bin = join(projectRoot, 'bin/claimgraph.js');
const run = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: corpusFixture, encoding: 'utf8', timeout: 60_000 });

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

  // The machines here ship Node 20; the script hands over to the Node 22 that `npm install` put
  // in node_modules. Run only where an older `node` is on the PATH (this machine, CI).
  const systemNode = (() => {
    try {
      const path = execFileSync('sh', ['-c', 'command -v node'], { encoding: 'utf8', env: { PATH: '/usr/local/bin:/usr/bin:/bin' } }).trim();
      const version = execFileSync(path, ['--version'], { encoding: 'utf8' }).trim();
      const [major, minor] = version.slice(1).split('.').map(Number);
      return major! < 22 || (major === 22 && minor! < 19) ? path : undefined;
    } catch {
      return undefined;
    }
  })();
  it.runIf(systemNode)('started by an older Node, hands over to node_modules/node and keeps the exit code', () => {
    const ok = spawnSync(systemNode!, [bin, 'query', 'members-of', '--format', 'csv'], { cwd: corpusFixture, encoding: 'utf8', timeout: 60_000 });
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    expect(ok.stdout.split('\r\n')[0]).toBe('member,label');
    const bad = spawnSync(systemNode!, [bin, '--dir', miniDir, 'export', '--format', 'nope'], { cwd: projectRoot, encoding: 'utf8', timeout: 60_000 });
    expect(bad.status).toBe(2);
  });

  // Run as a program, the file is a shell script that execs node_modules/node on itself (no Node
  // on the PATH started first): a `node` on the PATH that only leaves a mark shows which ran.
  const fakeNodeDir = (): { dir: string; mark: string } => {
    const dir = tempDir('claimgraph-bin-');
    const mark = join(dir, 'fake-node-ran');
    writeFileSync(join(dir, 'node'), `#!/bin/sh\necho "$@" > '${mark}'\nexit 97\n`);
    chmodSync(join(dir, 'node'), 0o755);
    return { dir, mark };
  };
  it.runIf(process.platform !== 'win32')('as a program (npm link), starts node_modules/node directly, through a symlink too', () => {
    const { dir, mark } = fakeNodeDir();
    const link = join(dir, 'claimgraph');
    symlinkSync(bin, link);
    for (const program of [bin, link]) {
      const r = spawnSync(program, ['--dir', miniDir, 'stats'], { cwd: dir, encoding: 'utf8', timeout: 60_000, env: { ...process.env, PATH: `${dir}:/usr/bin:/bin` } });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/^triples: \d+\nentities: 16 /);
      expect(existsSync(mark)).toBe(false);
    }
    // the exit status is the command's own
    expect(spawnSync(bin, ['--dir', miniDir, 'export', '--format', 'nope'], { encoding: 'utf8', timeout: 60_000 }).status).toBe(2);
  });

  it.runIf(process.platform !== 'win32')('as a program with no node_modules/node beside it, runs the node on the PATH', () => {
    const { dir, mark } = fakeNodeDir();
    const copy = join(dir, 'bin', 'claimgraph.js');
    mkdirSync(join(dir, 'bin'));
    writeFileSync(copy, readFileSync(bin));
    chmodSync(copy, 0o755);
    const r = spawnSync(copy, ['stats'], { cwd: dir, encoding: 'utf8', timeout: 60_000, env: { ...process.env, PATH: `${dir}:/usr/bin:/bin` } });
    expect(r.status).toBe(97);
    expect(readFileSync(mark, 'utf8')).toBe(`${copy} stats\n`);
  });

  it("keeps Node's compile cache in claimgraph's cache folder, and none with CLAIMGRAPH_NO_CACHE=1", () => {
    const cache = tempDir('claimgraph-cache-');
    const tmp = tempDir('claimgraph-tmp-');
    const env = { ...process.env, TMPDIR: tmp, NODE_COMPILE_CACHE: undefined };
    const r = spawnSync(process.execPath, [bin, '--dir', miniDir, 'stats'], { encoding: 'utf8', timeout: 60_000, env: { ...env, CLAIMGRAPH_CACHE_DIR: cache } });
    expect(r.status, r.stderr).toBe(0);
    const compiled = join(cache, 'compile');
    expect(statSync(compiled).mode & 0o777).toBe(0o700);
    expect(readdirSync(compiled, { recursive: true }).length).toBeGreaterThan(1);
    const off = spawnSync(process.execPath, [bin, '--dir', miniDir, 'stats'], { encoding: 'utf8', timeout: 60_000, env: { ...env, CLAIMGRAPH_NO_CACHE: '1' } });
    expect(off.status, off.stderr).toBe(0);
    expect(readdirSync(tmp)).toEqual([]);
  });
});
