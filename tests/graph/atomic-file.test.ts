// The one temp-then-rename writer (src/graph/atomic-file.ts) that the graph's Turtle, the corpus
// build's merged Turtle and the graph's index are written with.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { removeStaleTemps, replaceFile, replaceFileAsync, tempPathFor, writeFileReplacing } from '../../src/graph/index.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cg-atomic-'));
  dirs.push(dir);
  return dir;
}
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(r.stdout);
}

test('temporary names are distinct within one millisecond and are the ones stale-temp removal knows', () => {
  const names = new Set(Array.from({ length: 50 }, () => tempPathFor('/x/out.ttl')));
  expect(names.size).toBe(50);
  for (const n of names) expect(n).toMatch(new RegExp(`^/x/out\\.ttl\\.tmp-${process.pid}-\\d+-\\d+$`));
  // a name of this process is kept by stale-temp removal (its process is alive); one of an ended process is not
  const dir = scratch();
  const mine = tempPathFor(join(dir, 'out.ttl'));
  const ended = mine.replace(`.tmp-${process.pid}-`, `.tmp-${deadPid()}-`);
  writeFileSync(mine, 'a');
  writeFileSync(ended, 'b');
  expect(removeStaleTemps(join(dir, 'out.ttl'))).toEqual([ended.slice(dir.length + 1)]);
});

test('replaceFile writes through a temporary file and renames it over the target', () => {
  const dir = scratch();
  const out = join(dir, 'out.bin');
  writeFileSync(out, 'old');
  let seen = '';
  expect(replaceFile(out, (tmp) => {
    seen = tmp;
    writeFileSync(tmp, 'new');
    // the target is untouched while the new content is written
    expect(readFileSync(out, 'utf8')).toBe('old');
  })).toBe(true);
  expect(seen.startsWith(`${out}.tmp-`)).toBe(true);
  expect(readFileSync(out, 'utf8')).toBe('new');
  expect(readdirSync(dir)).toEqual(['out.bin']);
});

test('a writer that declines or fails leaves the target as it was and no temporary file', async () => {
  const dir = scratch();
  const out = join(dir, 'out.ttl');
  writeFileSync(out, 'old');
  expect(replaceFile(out, (tmp) => { writeFileSync(tmp, 'same'); return false; })).toBe(false);
  expect(() => replaceFile(out, (tmp) => { writeFileSync(tmp, 'half'); throw new Error('disk full'); })).toThrow('disk full');
  expect(await replaceFileAsync(out, async (tmp) => { writeFileSync(tmp, 'same'); return false; })).toBe(false);
  await expect(replaceFileAsync(out, async (tmp) => { writeFileSync(tmp, 'half'); throw new Error('merge failed'); })).rejects.toThrow('merge failed');
  expect(readFileSync(out, 'utf8')).toBe('old');
  expect(readdirSync(dir)).toEqual(['out.ttl']);
  expect(await replaceFileAsync(out, async (tmp) => { writeFileSync(tmp, 'new'); })).toBe(true);
  expect(readFileSync(out, 'utf8')).toBe('new');
});

test('a replace removes what a killed writer left beside the target', () => {
  const dir = scratch();
  const out = join(dir, 'claimgraph.cgi');
  const stale = `${out}.tmp-${deadPid()}-1764660000000`;
  writeFileSync(stale, 'half an index');
  writeFileReplacing(out, 'whole');
  expect(readdirSync(dir)).toEqual(['claimgraph.cgi']);
});
