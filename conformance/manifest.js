// Reading the W3C test manifests (tests/fixtures/w3c): each test's kind, name, query, data and
// expected result, following mf:include from the top manifests.
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import N3 from 'n3';

const MF = 'http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#';
const QT = 'http://www.w3.org/2001/sw/DataAccess/tests/test-query#';
const DAWGT = 'http://www.w3.org/2001/sw/DataAccess/tests/test-dawg#';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const RDFS = 'http://www.w3.org/2000/01/rdf-schema#';

/** The suites `npm run conformance` runs: SPARQL 1.0 and 1.1 query evaluation and syntax. */
export const SUITES = [
  { name: 'SPARQL 1.0', manifests: ['sparql10/manifest-evaluation.ttl', 'sparql10/manifest-syntax.ttl'] },
  { name: 'SPARQL 1.1', manifests: ['sparql11/manifest-sparql11-query.ttl'] },
];

/**
 * Every test of a manifest and the manifests it includes, in manifest order.
 *
 * @example
 * const tests = readManifest('/repo/tests/fixtures/w3c/sparql11/manifest-sparql11-query.ttl');
 * tests[0]; // { id, name, kind: 'QueryEvaluationTest', query: '/…/agg01.rq', data: ['/…/agg01.ttl'], graphData: [], result: '/…/agg01.srx' }
 */
export function readManifest(file, seen = new Set()) {
  if (seen.has(file)) return [];
  seen.add(file);
  const base = pathToFileURL(file).href;
  const store = new N3.Store(new N3.Parser({ baseIRI: base }).parse(readFileSync(file, 'utf8')));
  const one = (s, p) => store.getObjects(s, N3.DataFactory.namedNode(p), null)[0];
  const all = (s, p) => store.getObjects(s, N3.DataFactory.namedNode(p), null);
  const list = (head) => {
    const out = [];
    for (let n = head; n && n.value !== `${RDF}nil`; n = one(n, `${RDF}rest`)) out.push(one(n, `${RDF}first`));
    return out;
  };
  const path = (t) => (t && t.termType === 'NamedNode' && t.value.startsWith('file:') ? fileURLToPath(t.value) : undefined);
  const tests = [];
  for (const m of store.getSubjects(N3.DataFactory.namedNode(`${RDF}type`), N3.DataFactory.namedNode(`${MF}Manifest`), null)) {
    for (const inc of all(m, `${MF}include`).flatMap(list)) tests.push(...readManifest(path(inc), seen));
    for (const t of all(m, `${MF}entries`).flatMap(list)) {
      const type = one(t, `${RDF}type`)?.value ?? '';
      const kind = type.startsWith(MF) ? type.slice(MF.length) : type;
      const action = one(t, `${MF}action`);
      const approval = one(t, `${DAWGT}approval`)?.value.replace(DAWGT, '');
      const test = {
        id: t.value.replace(/^file:.*\/tests\/fixtures\/w3c\//, ''),
        name: one(t, `${MF}name`)?.value ?? t.value,
        comment: one(t, `${RDFS}comment`)?.value,
        kind,
        approval,
        manifest: file,
        requires: all(t, `${MF}requires`).map((r) => r.value.replace(MF, '')),
        // REDUCED may keep any number of duplicates: rows compare as sets
        lax: one(t, `${MF}resultCardinality`)?.value === `${MF}LaxCardinality`,
      };
      if (action?.termType === 'NamedNode') {
        test.query = path(action);
      } else if (action) {
        test.query = path(one(action, `${QT}query`));
        test.data = all(action, `${QT}data`).map(path);
        test.graphData = all(action, `${QT}graphData`).map((g) => (g.termType === 'NamedNode' ? path(g) : path(one(g, `${QT}graph`))));
      }
      test.result = path(one(t, `${MF}result`));
      tests.push(test);
    }
  }
  return tests;
}
