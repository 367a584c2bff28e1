// meta.yaml's stated facts about the page (src/graph/meta.ts, src/graph/index.ts): the editor it
// credits (schema:editor) and the number of reader comments it states (schema:commentCount), each
// written with a reified rdf:Statement derived from the sentence that states it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import N3 from 'n3';
import { describe, expect, it } from 'vitest';
import { ClaimgraphError } from '../../src/errors.js';
import { buildGraph, loadProject, serializeTurtle } from '../../src/graph/index.js';
import { copyMini } from '../helpers/pipeline-fixture.js';

const ART = 'graph/articles/freedonia-guild-2011';
const IRI = 'https://w3id.org/claimgraph/article/freedonia-guild-2011';
const S = 'https://schema.org/';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';

function withMeta(extra: string): string {
  const dir = copyMini();
  const p = join(dir, ART, 'meta.yaml');
  writeFileSync(p, readFileSync(p, 'utf8').replace('url: null\n', `url: null\n${extra}`));
  return dir;
}

function errorOf(fn: () => unknown): ClaimgraphError {
  try { fn(); } catch (e) { expect(e).toBeInstanceOf(ClaimgraphError); return e as ClaimgraphError; }
  throw new Error('no error');
}

const STATED = 'editor: acme\neditorStated: "Senior Fellow, Institute of Studies"\ncommentCount: 1\ncommentCountStated: "One thought on"\n';

describe('stated editor and comment count', () => {
  it('writes schema:editor and schema:commentCount, each derived from the sentence that states it', async () => {
    const built = buildGraph(loadProject(withMeta(STATED)));
    const store = new N3.Store(built.quads);
    expect(store.getObjects(IRI, `${S}editor`, null).map((t) => t.value)).toEqual(['https://w3id.org/claimgraph/resource/acme']);
    const count = store.getObjects(IRI, `${S}commentCount`, null)[0] as N3.Literal;
    expect([count.value, count.datatype.value]).toEqual(['1', 'http://www.w3.org/2001/XMLSchema#integer']);
    for (const [p, quote] of [['editor', 'Senior Fellow, Institute of Studies'], ['commentCount', 'One thought on']] as const) {
      const st = store.getSubjects(`${RDF}predicate`, `${S}${p}`, null).filter((s) => store.countQuads(s, `${RDF}subject`, IRI, null));
      expect(st).toHaveLength(1);
      expect(store.countQuads(st[0]!, `${RDF}type`, `${RDF}Statement`, null)).toBe(1);
      const from = store.getObjects(st[0]!, 'http://www.w3.org/ns/prov#wasDerivedFrom', null);
      expect(from).toHaveLength(1);
      expect(store.getObjects(from[0]!, 'http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf', null)[0]!.value).toContain(quote);
    }
    // deterministic: the same inputs give the same Turtle
    const again = buildGraph(loadProject(withMeta(STATED)));
    expect(await serializeTurtle(again.quads)).toBe(await serializeTurtle(built.quads));
  });

  it('writes neither without the fields', () => {
    const store = new N3.Store(buildGraph(loadProject(copyMini())).quads);
    expect(store.countQuads(IRI, `${S}editor`, null, null) + store.countQuads(IRI, `${S}commentCount`, null, null)).toBe(0);
  });

  it('rejects a count that is no whole number, a field without its quote, a quote the page lacks and an unknown editor, naming file and line', () => {
    const file = `${ART}/meta.yaml`;
    let e = errorOf(() => loadProject(withMeta('commentCount: two\ncommentCountStated: "One thought on"\n')));
    expect([e.code, e.location.file, e.location.line]).toEqual(['CLAIMS_INVALID', file, 7]);
    expect(e.message).toMatch(/commentCount must be a whole number/);
    e = errorOf(() => loadProject(withMeta('editor: acme\n')));
    expect([e.code, e.location.line]).toEqual(['CLAIMS_INVALID', 7]);
    expect(e.message).toMatch(/editor needs `editorStated:`/);
    e = errorOf(() => loadProject(withMeta('commentCountStated: "One thought on"\n')));
    expect(e.message).toMatch(/commentCountStated quotes the page for `commentCount:`, which is missing/);
    e = errorOf(() => buildGraph(loadProject(withMeta('commentCount: 3\ncommentCountStated: "Three thoughts on"\n'))));
    expect([e.code, e.location.file, e.location.line]).toEqual(['CLAIMS_INVALID', file, 8]);
    expect(e.message).toMatch(/is not in any sentence of article.txt/);
    e = errorOf(() => loadProject(withMeta('editor: nobody\neditorStated: "One thought on"\n')));
    expect([e.code, e.location.line]).toEqual(['UNKNOWN_ENTITY', 7]);
  });
});
