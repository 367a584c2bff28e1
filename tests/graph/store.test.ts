import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import N3 from 'n3';
import { describe, expect, it } from 'vitest';
import { loadGraphStore, smallStore, sparseIds } from '../../src/graph/index.js';
import { runQuery } from '../../src/query/index.js';
import { corpusFixture } from '../helpers/cli.js';

const ttl = readFileSync(join(corpusFixture, 'graph/claimgraph.ttl'), 'utf8');
const canon = (qs: N3.Quad[]) => qs.map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.termType}:${q.object.value}`).sort();

describe('sparse entity ids for small stores', () => {
  it('still reaches n3\'s private id counter (fails loudly if an n3 upgrade moves it)', () => {
    const s = smallStore();
    s.addQuad(N3.DataFactory.namedNode('urn:a'), N3.DataFactory.namedNode('urn:p'), N3.DataFactory.literal('x'));
    expect((s as unknown as { _entityIndex: { _id: number } })._entityIndex._id).toBeGreaterThan(2 ** 32);
  });

  it('leaves large graphs on the default ids', () => {
    const s = new N3.Store();
    sparseIds(s, 10_000_000);
    expect((s as unknown as { _entityIndex: { _id: number } })._entityIndex._id).toBe(1);
  });

  it('answers pattern look-ups, counts and SPARQL exactly like a plain store', async () => {
    const plain = new N3.Store(new N3.Parser().parse(ttl));
    const sparse = await loadGraphStore(corpusFixture);
    expect(sparse.size).toBe(plain.size);
    expect(canon(sparse.getQuads(null, null, null, null))).toEqual(canon(plain.getQuads(null, null, null, null)));
    const type = N3.DataFactory.namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#type');
    expect(sparse.countQuads(null, type, null, null)).toBe(plain.countQuads(null, type, null, null));
    const q = 'SELECT ?c ?s WHERE { ?c <http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> ?s } ORDER BY ?c';
    const a = await runQuery(sparse, q);
    const b = await runQuery(plain, q);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
});
