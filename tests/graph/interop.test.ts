/**
 * Independent parsers agree with ours: Debian's rapper and rdflib (system Python) read the
 * exported Turtle (and N-Triples, JSON-LD) with the same triple count.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGraphStore, serializeGraph } from '../../src/graph/index.js';
import { projectRoot, corpusFixture } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

const tmp = tempDir('claimgraph-interop-');

async function exported(dir: string, format: 'turtle' | 'ntriples' | 'jsonld'): Promise<{ file: string; count: number }> {
  const store = await loadGraphStore(dir);
  const file = join(tmp, `${dir === corpusFixture ? 'corpus' : 'mini'}.${format}`);
  writeFileSync(file, await serializeGraph(store.getQuads(null, null, null, null), format));
  return { file, count: store.size };
}

function rapperCount(file: string, syntax: string): number {
  // rapper reports the count on stderr
  const r = spawnSync('/usr/bin/rapper', ['-i', syntax, '-c', file], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`rapper failed: ${r.stderr}`);
  const m = /returned (\d+) triples/.exec(r.stderr);
  if (!m) throw new Error(`unexpected rapper output: ${r.stderr}`);
  return Number(m[1]);
}

function rdflibCount(file: string, format: string): number {
  const py = 'import sys, rdflib\ng = rdflib.Graph()\ng.parse(sys.argv[1], format=sys.argv[2])\nprint(len(g))\n';
  return Number(execFileSync('/usr/bin/python3', ['-c', py, file, format], { encoding: 'utf8' }).trim());
}

describe.each([
  ['the corpus fixture graph', corpusFixture],
  ['the mini fixture graph', join(projectRoot, 'tests/fixtures/mini')],
])('interoperability of %s', (_name, dir) => {
  it('rapper agrees on the triple count of the Turtle and N-Triples exports', async () => {
    const t = await exported(dir, 'turtle');
    expect(rapperCount(t.file, 'turtle')).toBe(t.count);
    const n = await exported(dir, 'ntriples');
    expect(rapperCount(n.file, 'ntriples')).toBe(n.count);
  });

  it('rdflib agrees on the triple count of the Turtle and JSON-LD exports', async () => {
    const t = await exported(dir, 'turtle');
    expect(rdflibCount(t.file, 'turtle')).toBe(t.count);
    const j = await exported(dir, 'jsonld');
    expect(rdflibCount(j.file, 'json-ld')).toBe(j.count);
  });
});
