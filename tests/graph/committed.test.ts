import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGraph, loadGraphStore, loadProject, serializeTurtle, GRAPH_FILE } from '../../src/graph/index.js';
import { corpusFixture } from '../helpers/cli.js';

describe('the corpus fixture', () => {
  it(`its ${GRAPH_FILE} is not stale: a fresh in-memory build equals it byte for byte`, async () => {
    const fresh = await serializeTurtle(buildGraph(loadProject(corpusFixture)).quads);
    const committed = readFileSync(join(corpusFixture, GRAPH_FILE), 'utf8');
    // a readable hint before the byte comparison
    const hint = 'tests/fixtures/corpus/graph/claimgraph.ttl is stale: run `npm run fixture:corpus`';
    expect(fresh.length, hint).toBe(committed.length);
    expect(fresh === committed, hint).toBe(true);
  });

  it('loadGraphStore parses it into a store with the core claims of the articles', async () => {
    const store = await loadGraphStore(corpusFixture);
    expect(store.size).toBeGreaterThan(1000);
    const cg = 'https://w3id.org/claimgraph/ontology#';
    expect(store.countQuads(null, 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type', cg + 'Claim', null)).toBeGreaterThan(50);
    expect(store.countQuads(null, cg + 'polarity', cg + 'Negative', null)).toBeGreaterThan(0);
  });
});
