import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGraph, loadGraphStore, loadProject, serializeTurtle, GRAPH_FILE } from '../../src/graph/index.js';
import { projectRoot } from '../helpers/cli.js';

describe('the committed graph', () => {
  it(`${GRAPH_FILE} is not stale: a fresh in-memory build equals it byte for byte`, async () => {
    const fresh = await serializeTurtle(buildGraph(loadProject(projectRoot)).quads);
    const committed = readFileSync(join(projectRoot, GRAPH_FILE), 'utf8');
    // a readable hint before the byte comparison: run `npx claimgraph build` when this fails
    expect(fresh.length, 'graph/claimgraph.ttl is stale: run `npx claimgraph build`').toBe(committed.length);
    expect(fresh === committed, 'graph/claimgraph.ttl is stale: run `npx claimgraph build`').toBe(true);
  });

  it('loadGraphStore parses it into a store with the core claims of the article', async () => {
    const store = await loadGraphStore(projectRoot);
    expect(store.size).toBeGreaterThan(1000);
    const cg = 'https://w3id.org/claimgraph/ontology#';
    expect(store.countQuads(null, 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type', cg + 'Claim', null)).toBeGreaterThan(50);
    expect(store.countQuads(null, cg + 'polarity', cg + 'Negative', null)).toBeGreaterThan(0);
  });
});
