// `claimgraph query` from a fresh process on a graph large enough to answer from its index,
// hedged with the Turtle loaded in a worker thread (src/query/hedge.ts): the process ends without
// waiting for the slower side (src/cli/main.ts), but only once stdout has taken the whole answer.
// Writes to a pipe are asynchronous in Node on Linux: a reader slower than the writer got the
// first 62 KB of a 22 MB answer, with exit code 0.
import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus, generateCorpus } from '../../src/corpus/index.js';
import { OXIGRAPH_FROM_BYTES } from '../../src/query/index.js';
import { projectRoot } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

const bin = join(projectRoot, 'bin/claimgraph.js');
let dir: string;

beforeAll(async () => {
  dir = tempDir('claimgraph-query-hedge-');
  // just past the size from which a fresh process answers from the index
  generateCorpus({ dir, articles: 70, seed: 'query-hedge', projectRoot });
  await buildCorpus(dir);
  expect(statSync(join(dir, 'graph', 'claimgraph.ttl')).size).toBeGreaterThan(OXIGRAPH_FROM_BYTES);
}, 300_000);

/** Runs the CLI and reads its stdout only after a pause, as a slow reader of a pipe does. */
function slowRead(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: Buffer; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, '-C', dir, ...args], { env: { ...process.env, ...env } });
    const chunks: Buffer[] = [];
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    child.stdout.pause();
    child.on('spawn', () => setTimeout(() => {
      child.stdout.on('data', (d: Buffer) => chunks.push(d));
      child.stdout.resume();
    }, 1500));
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(chunks), stderr }));
  });
}

describe('query from a fresh process, hedged', () => {
  it('hands a slow reader the whole answer before it exits, the same rows as the index alone', async () => {
    const args = ['query', '-e', 'SELECT ?s ?text WHERE { ?s nif:anchorOf ?text }', '--format', 'json'];
    // the loaded graph is started at once: its side is left running when the index answers
    const hedged = await slowRead(args, { CLAIMGRAPH_HEDGE_AFTER_MS: '0' });
    expect(hedged.stderr).toMatch(/loading graph\/claimgraph\.ttl beside it/);
    expect(hedged.code, hedged.stderr).toBe(0);
    const alone = await slowRead([...args, '--store', 'index'], {});
    expect(alone.code, alone.stderr).toBe(0);
    // larger than what a pipe holds, so the end of it was still queued at the exit
    expect(alone.stdout.length).toBeGreaterThan(2 ** 20);
    expect(hedged.stdout.length).toBe(alone.stdout.length);
    const rows = (b: Buffer) => (JSON.parse(b.toString()) as { results: { bindings: unknown[] } }).results.bindings.map((r) => JSON.stringify(r)).sort();
    expect(rows(hedged.stdout)).toEqual(rows(alone.stdout));
  }, 300_000);

  it('ends quietly when the reader stops early (`| head`): exit 0, no stack trace', async () => {
    const r = await new Promise<{ code: number | null; stderr: string; got: number }>((resolve) => {
      const child = spawn(process.execPath, [bin, '-C', dir, 'query', '-e', 'SELECT ?s ?text WHERE { ?s nif:anchorOf ?text }', '--format', 'csv', '--store', 'index']);
      let stderr = '';
      let got = 0;
      child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
      child.stdout.once('data', (d: Buffer) => { got = d.length; child.stdout.destroy(); });
      child.on('close', (code) => resolve({ code, stderr, got }));
    });
    expect(r.got).toBeGreaterThan(0);
    expect(r.stderr).not.toMatch(/EPIPE|Unhandled|at /);
    expect(r.code).toBe(0);
  }, 300_000);
});
