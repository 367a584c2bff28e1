// How often the index's `match` streams let the event loop run must not change an answer: the
// point where a stream pauses decides how Comunica interleaves the branches of a UNION, so a
// pause decided by the clock would let a UNION under LIMIT keep different rows on a busy machine.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildCorpus, generateCorpus } from '../../src/corpus/index.js';
import { IndexGraph } from '../../src/index-store/index.js';
import { loadQueryGraph, parseQuery, runParsedQuery } from '../../src/query/index.js';
import { projectRoot } from '../helpers/cli.js';

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'claimgraph-yield-'));
  generateCorpus({ dir, articles: 5, seed: 'yield', projectRoot });
  await buildCorpus(dir);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function rows(text: string): Promise<string> {
  const graph = await loadQueryGraph(dir, { store: 'index', ontology: false });
  expect(graph).toBeInstanceOf(IndexGraph);
  const r = await runParsedQuery(graph, parseQuery(text, { name: 'inline' }), text, { name: 'inline' });
  return JSON.stringify(r);
}

describe('the index under a slow clock', () => {
  it('answers a UNION under LIMIT with the same rows as under a fast one', async () => {
    const text = 'SELECT ?s ?o WHERE { { ?s ?p ?o } UNION { ?o ?q ?s } } LIMIT 700';
    const fast = await rows(text);
    // every reading of the clock says 50 ms have passed since the last one
    let t = performance.now();
    const slow = vi.spyOn(performance, 'now').mockImplementation(() => (t += 50));
    try {
      expect(await rows(text)).toBe(fast);
    } finally {
      slow.mockRestore();
    }
  }, 120_000);
});
