import { mkdirSync, copyFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { batchLineJSON, parseBatch, runBatch } from '../../src/check/batch.js';
import { batchThreads, CLAIMS_PER_THREAD, runBatchThreads, takingOrder } from '../../src/check/batch-jobs.js';
import { checkClaim, loadCheckContext } from '../../src/check/index.js';
import { loadGraphStore } from '../../src/graph/index.js';
import { projectRoot, runCliCapture } from '../helpers/cli.js';
import { CHECK_FIXTURE } from '../helpers/check-fixture.js';
import { tempDir } from '../helpers/temp.js';

// Claims on the fictional fixture graph, each verdict kind among them (a wrong amount, a wrong
// founder and one the graph says nothing of among the near misses), a malformed line and an
// unreadable claim: every kind of batch line must come out of a worker as it does alone.
const CLAIMS: Array<[string, string]> = [
  ['Freedonia is a member of the League of Nations States.', 'SUPPORTED'],
  ['Freedonia is not a member of the League.', 'REFUTED'],
  ['Freedonia signed energy deals worth US$ 5 million with Sylvania.', 'SUPPORTED'],
  ['Freedonia signed energy deals worth US$ 9 million with Sylvania.', 'REFUTED'],
  ['The League was founded by Freedonia.', 'REFUTED'],
  ['The League was founded by Sylvania.', 'SUPPORTED'],
  ['Grand Fenwick is set to join the League by 2030.', 'SUPPORTED'],
  ['Marsovia is a member of the League.', 'NOT_ENOUGH_INFO'],
  ['Rufus Firefly, Prime Minister of Freedonia, visited Sylvania in 2001, and Gloria Teasdale visited Grand Fenwick.', 'SUPPORTED'],
  ['Purple ideas sleep furiously.', 'NOT_ENOUGH_INFO'],
];

let dir: string;
let batchFile: string;
let text: string;

beforeAll(() => {
  // a project holding only the fixture graph, with the repository's ontology
  dir = tempDir('claimgraph-batch-jobs-');
  mkdirSync(join(dir, 'graph'));
  copyFileSync(CHECK_FIXTURE, join(dir, 'graph', 'claimgraph.ttl'));
  symlinkSync(join(projectRoot, 'ontology'), join(dir, 'ontology'));
  // enough lines for two threads, the same claims under several ids
  const lines: string[] = [];
  for (let i = 0; lines.length < 2 * CLAIMS_PER_THREAD; i++) {
    const [claim, label] = CLAIMS[i % CLAIMS.length];
    lines.push(JSON.stringify({ id: `c${i}`, claim, label }));
    if (i === 20) lines.push('{"id": "bad", "claim": ');
  }
  text = lines.join('\n') + '\n';
  batchFile = join(dir, 'batch.jsonl');
  writeFileSync(batchFile, text);
});

describe('batchThreads: never more threads than the batch needs', () => {
  it('one thread per CLAIMS_PER_THREAD lines, at most the jobs asked for, at least one', () => {
    expect(batchThreads(8, CLAIMS_PER_THREAD - 1)).toBe(1);
    expect(batchThreads(8, 2 * CLAIMS_PER_THREAD)).toBe(2);
    expect(batchThreads(2, 285)).toBe(2);
    expect(batchThreads(1, 285)).toBe(1);
    expect(batchThreads(4, 0)).toBe(1);
  });
});

describe('takingOrder: longest claim first', () => {
  it('orders by claim length, ties and malformed lines in input order', () => {
    const inputs = parseBatch('{"claim":"A b."}\n{"claim":"A b c d."}\nnot json\n{"claim":"C d."}');
    expect(takingOrder(inputs)).toEqual([1, 0, 3, 2]);
  });
});

describe('check --batch --jobs 2 against --jobs 1', () => {
  it('writes the same lines, summary and exit code byte for byte', async () => {
    const one = await runCliCapture(['check', '--batch', batchFile, '--jobs', '1', '--dir', dir]);
    const two = await runCliCapture(['check', '--batch', batchFile, '--jobs', '2', '--dir', dir]);
    expect(one.stdout.split('\n').length).toBe(2 * CLAIMS_PER_THREAD + 1);
    expect(one.stdout).toContain('"verdict":"REFUTED"');
    expect(one.stderr).toContain('1 malformed');
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    expect(two.code).toBe(one.code);
  }, 300_000);

  it('lines checked by a worker thread come out as this thread\'s', async () => {
    const store = await loadGraphStore(dir);
    const context = loadCheckContext(store, { dir });
    const check = (claim: string) => checkClaim(store, claim, { context });
    const inputs = parseBatch(text);
    const alone = await runBatch(inputs, check);
    // every line to the one worker
    const shared = await runBatchThreads(inputs, 2, dir, check, { here: false });
    expect(shared.workerLines).toBe(inputs.length);
    expect(shared.json).toEqual(alone.results.map((r) => JSON.stringify(batchLineJSON(r))));
    expect(shared.metrics).toEqual(alone.metrics);
    expect(shared.results.map((r) => r.predicted)).toEqual(alone.results.map((r) => r.predicted));
  }, 300_000);

  it('--jobs needs a positive integer and a batch', async () => {
    expect((await runCliCapture(['check', '--batch', batchFile, '--jobs', '0', '--dir', dir])).code).not.toBe(0);
    expect((await runCliCapture(['check', 'Freedonia is a member of the League.', '--jobs', '2', '--dir', dir])).code).not.toBe(0);
  });
});
