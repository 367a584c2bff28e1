import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import N3 from 'n3';
import { describe, expect, it } from 'vitest';
import { CG, PREFIXES } from '../../src/graph/index.js';
import { projectRoot, corpusFixture } from '../helpers/cli.js';

describe('vocabulary constants', () => {
  const store = new N3.Store(new N3.Parser().parse(readFileSync(join(projectRoot, 'ontology/claimgraph.ttl'), 'utf8')));
  const declared = (iri: string): boolean => store.countQuads(iri, PREFIXES.rdf + 'type', null, null) > 0;

  it.each(Object.entries(CG))('cg:%s is declared in ontology/claimgraph.ttl', (_name, term) => {
    expect(declared(term.value)).toBe(true);
  });

  it('every cg: predicate and class of the corpus fixture graph is declared', () => {
    const graph = new N3.Parser().parse(readFileSync(join(corpusFixture, 'graph/claimgraph.ttl'), 'utf8'));
    const used = new Set<string>();
    for (const q of graph) {
      if (q.predicate.value.startsWith(PREFIXES.cg)) used.add(q.predicate.value);
      if (q.object.termType === 'NamedNode' && q.object.value.startsWith(PREFIXES.cg)) used.add(q.object.value);
    }
    expect([...used].filter((u) => !declared(u))).toEqual([]);
  });
});
