// The ways a query reaches an answer: claimgraph's paths (as `claimgraph query` runs them, its
// output written and read back) and, beside each, the engine it delegates to, run directly on
// the same data.
import N3 from 'n3';
import oxigraph from 'oxigraph';
import { SparqlJsonParser } from 'sparqljson-parse';
import * as api from '../dist/index.js';
import { bindings, DF, triples } from './results.js';

/** claimgraph's paths, each with the engine it is compared with. */
export const PATHS = [
  { name: '--store n3', store: 'n3', engine: 'comunica' },
  { name: '--store oxigraph', store: 'oxigraph', engine: 'oxigraph' },
  { name: '-e (n3)', store: 'n3', engine: 'comunica', inline: true },
  { name: '-e (oxigraph)', store: 'oxigraph', engine: 'oxigraph', inline: true },
  { name: '--cite (n3)', store: 'n3', engine: 'comunica', cite: true },
  { name: '--cite (oxigraph)', store: 'oxigraph', engine: 'oxigraph', cite: true },
];

/** One dataset in the stores every path and engine reads. */
export async function loadDataset(quads) {
  const n3 = new N3.Store();
  for (const q of quads) n3.addQuad(q.subject, q.predicate, q.object, q.graph);
  const nquads = new N3.Writer({ format: 'N-Quads' }).quadsToString(quads);
  const graph = await api.OxigraphGraph.fromTurtle(nquads, 'application/n-quads');
  const ox = new oxigraph.Store();
  ox.load(nquads, { format: 'application/n-quads' });
  return { n3, graph, ox };
}

let comunica;

/**
 * The engine alone: Comunica over the n3 store (the build claimgraph uses for local graphs), or
 * Oxigraph's own `query`.
 */
export async function runEngine(engine, data, text, baseIRI, form) {
  if (engine === 'oxigraph') {
    const res = data.ox.query(text, baseIRI ? { base_iri: baseIRI } : {});
    if (typeof res === 'boolean') return { type: 'boolean', value: res };
    if (res.length > 0 && !(res[0] instanceof Map)) return { type: 'quads', quads: triples(res) };
    // an empty answer: SELECT or graph, as the test expects (the other form would fail anyway)
    if (res.length === 0 && form === 'quads') return { type: 'quads', quads: [] };
    return { type: 'bindings', rows: bindings(res) };
  }
  comunica ??= new (await import('@comunica/query-sparql-rdfjs-lite')).QueryEngine();
  const result = await comunica.query(text, { sources: [data.n3], ...(baseIRI ? { baseIRI } : {}) });
  if (result.resultType === 'boolean') return { type: 'boolean', value: await result.execute() };
  if (result.resultType === 'quads') return { type: 'quads', quads: triples(await (await result.execute()).toArray()) };
  return { type: 'bindings', rows: bindings(await (await result.execute()).toArray()) };
}

/**
 * The engine whose answer a path gives for a query: Oxigraph for the Oxigraph store, unless
 * claimgraph sends the query to Comunica because Oxigraph departs from the spec there
 * (src/query/deviations.ts); and the GROUP_CONCAT columns whose language tag claimgraph removes
 * from Oxigraph's answer (compared without it).
 */
export function engineOf(path, text, baseIRI) {
  if (path.store !== 'oxigraph') return { engine: path.engine, plainColumns: [] };
  try {
    const plan = api.oxigraphPlan(api.parseQuery(text, { baseIRI, prefixes: path.inline ? api.QUERY_PREFIXES : undefined }));
    return plan.route === 'comunica' ? { engine: 'comunica', plainColumns: [] } : { engine: 'oxigraph', plainColumns: plan.plainColumns };
  } catch {
    return { engine: path.engine, plainColumns: [] };
  }
}

/** Removes the language tags of some columns (a GROUP_CONCAT claimgraph makes a simple literal). */
export function plainColumns(result, columns) {
  if (!result || result.type !== 'bindings' || columns.length === 0) return result;
  return { ...result, rows: result.rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, columns.includes(k) && v.termType === 'Literal' && v.language ? DF.literal(v.value) : v]))) };
}

const jsonParser = new SparqlJsonParser({ dataFactory: DF, prefixVariableQuestionMark: false });

/**
 * A claimgraph path: the query parsed and run as `claimgraph query` does (a file's text as it is,
 * or `-e` with the project prefixes predeclared; `--cite` through runCitedQuery and citeQuads),
 * its answer written in the CLI's default machine formats (SPARQL JSON, N-Triples) and read back.
 */
export async function runPath(path, data, text, baseIRI) {
  const source = path.store === 'oxigraph' ? data.graph : data.n3;
  const ast = api.parseQuery(text, { baseIRI, prefixes: path.inline ? api.QUERY_PREFIXES : undefined });
  const queryText = path.inline ? undefined : text;
  let result;
  let citations;
  if (path.cite) {
    const cited = await api.runCitedQuery(source, ast, queryText, { baseIRI });
    result = cited.result;
    citations = cited.citations;
    if (result.type === 'quads') {
      result.quads = api.sortQuads(result.quads);
      citations = await api.citeQuads(source, result.quads);
    }
  } else {
    result = await api.runParsedQuery(source, ast, queryText, { baseIRI });
  }
  if (result.type === 'quads') {
    const out = api.formatResult(result, 'ntriples', { citations });
    const quads = new N3.Parser({ format: 'N-Triples' }).parse(out);
    if (path.cite) checkCitations(citations, result.quads.length);
    return { type: 'quads', quads: triples(quads) };
  }
  const json = JSON.parse(api.formatResult(result, 'json', { citations }));
  if (result.type === 'boolean') return { type: 'boolean', value: jsonParser.parseJsonBoolean(json) };
  if (path.cite) checkCitations(json.citations, json.results.bindings.length);
  return { type: 'bindings', rows: bindings(jsonParser.parseJsonResults(json)) };
}

/** Every row says whether it is cited, and an uncited one why: an answer without that is wrong. */
function checkCitations(citations, rows) {
  if (!citations) throw new Error('--cite gave no citations');
  if (citations.length !== rows) throw new Error(`--cite gave ${citations.length} citation entries for ${rows} rows`);
  for (const c of citations) {
    if (c.status === 'cited' ? c.citations.length === 0 : !(c.reason && c.detail)) throw new Error(`--cite gave a row status without its content: ${JSON.stringify(c)}`);
  }
}
