// A build killed mid-write (`kill -9`) leaves graph/claimgraph.ttl.tmp-<pid>-<time> behind
// (issue 17, item 8): git ignores it and the next build removes it.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { removeStaleTemps, writeFileAtomic } from '../../src/graph/index.js';
import { projectRoot } from '../helpers/cli.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A pid no process holds: that of a child that has exited. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(r.stdout);
}

test('temporary files of ended processes are removed, those of live ones and other files kept', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cg-stale-'));
  dirs.push(dir);
  const dead = `claimgraph.ttl.tmp-${deadPid()}-1764660000000`;
  const live = `claimgraph.ttl.tmp-${process.pid}-1764660000001`;
  for (const name of [dead, live, 'claimgraph.ttl', 'other.ttl.tmp-1-1']) writeFileSync(join(dir, name), 'partial');
  expect(removeStaleTemps(join(dir, 'claimgraph.ttl'))).toEqual([dead]);
  expect(readdirSync(dir).sort()).toEqual(['claimgraph.ttl', live, 'other.ttl.tmp-1-1'].sort());
});

test('an atomic write clears what a killed write left', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cg-stale-'));
  dirs.push(dir);
  const stale = join(dir, `out.ttl.tmp-${deadPid()}-1`);
  writeFileSync(stale, 'half a graph');
  writeFileAtomic(join(dir, 'out.ttl'), 'whole');
  expect(existsSync(stale)).toBe(false);
  expect(readdirSync(dir)).toEqual(['out.ttl']);
});

test('git ignores such files in graph/', () => {
  const out = execFileSync('git', ['check-ignore', '--no-index', 'graph/claimgraph.ttl.tmp-4242-1764660000000'], { cwd: projectRoot, encoding: 'utf8' });
  expect(out.trim()).toBe('graph/claimgraph.ttl.tmp-4242-1764660000000');
});
