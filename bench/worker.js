// Benchmark worker: holds one loaded graph (Comunica over claimgraph's store, or Oxigraph) and
// answers query requests from bench/run.js over IPC, so warm latencies reuse the engine while
// the parent can kill a runaway query (timeout) without losing the whole run.
import { readFileSync } from 'node:fs';
import { canonRows, median, ms } from './lib.js';
import { citeRowsOxigraph, canonCitations, readQuery } from './oxicite.js';

const kind = process.argv[2]; // 'comunica' | 'index' | 'oxigraph' | 'endpoint'
let api;
let store;
let endpoint;
let ontology; // property axioms for --cite (an N3 store for claimgraph, quads for Oxigraph)

async function load(msg) {
  // Modules are imported before the clock starts: the load figure is the graph's alone.
  const oxigraph = kind === 'oxigraph' ? ((await import('oxigraph')).default ?? (await import('oxigraph'))) : undefined;
  if (kind !== 'oxigraph') api = await import('../dist/index.js');
  const t0 = process.hrtime.bigint();
  if (kind === 'oxigraph') {
    store = new oxigraph.Store();
    store.load(readFileSync(msg.ttl), { format: 'text/turtle' });
    const loadMs = ms(t0);
    if (msg.ontology) ontology = oxigraph.parse(readFileSync(msg.ontology, 'utf8'), { format: 'text/turtle' });
    return { loadMs, triples: store.size };
  }
  if (kind === 'endpoint') {
    endpoint = { endpoint: msg.endpoint, graph: msg.graph };
    await api.getEngine();
    return { loadMs: ms(t0), triples: NaN };
  }
  // 'comunica': as a long-running process (`serve`) loads it: an n3 Store for a small graph,
  // Oxigraph from 4 MB of Turtle. 'index': the graph's persistent index, as a fresh
  // `claimgraph query` opens it (src/index-store), kept open for the warm runs.
  store = kind === 'index'
    ? await api.loadQueryGraph(msg.dir, { store: 'index' })
    : await api.loadQueryGraph(msg.dir, { store: api.storeKind(), use: 'many' });
  const loadMs = ms(t0);
  // Construct the engine now: its cost belongs to neither the load nor the first query.
  await api.getEngine(store.backend === 'oxigraph' ? 'pushdown' : 'local');
  if (msg.ontology) {
    const N3 = (await import('n3')).default;
    ontology = new N3.Store(new N3.Parser().parse(readFileSync(msg.ontology, 'utf8')));
  }
  return { loadMs, triples: store.size, store: store.backend ?? 'n3' };
}

async function runOnce(sparql, cite) {
  if (kind === 'oxigraph') {
    const res = store.query(sparql);
    const rows = Array.isArray(res) ? res : [];
    const variables = rows.length ? [...rows[0].keys()] : [];
    const citations = cite ? citeRowsOxigraph(store, sparql, rows, ontology) : null;
    return { rows, variables, citations };
  }
  // As `claimgraph query --cite` does: parse once, then run and cite (runCitedQuery) with the ontology's axioms.
  const source = kind === 'endpoint' ? endpoint : store;
  const ast = api.parseQuery(sparql);
  const { result: res, citations } = cite ? await api.runCitedQuery(source, ast, sparql, { ontology }) : { result: await api.runParsedQuery(source, ast, sparql, {}) };
  if (res.type !== 'bindings') return { rows: [], variables: [], citations: null, other: res };
  return { rows: res.rows, variables: res.variables, citations: citations ?? null };
}

/**
 * GROUP_CONCAT's order is undefined in SPARQL 1.1: its projected variables (with their
 * separators) are compared as sorted lists, not strings.
 */
function groupConcatVars(sparql) {
  const out = {};
  try {
    const { query } = readQuery(sparql);
    for (const v of query.variables ?? []) {
      const e = v.expression;
      if (e?.subType === 'aggregate' && e.aggregation?.toLowerCase() === 'group_concat') out[v.variable.value] = e.separator ?? ' ';
    }
  } catch { /* not parseable here: compare as is */ }
  return out;
}

async function query(msg) {
  const times = [];
  let t0 = process.hrtime.bigint();
  let out = await runOnce(msg.sparql, msg.cite);
  times.push(ms(t0));
  // Warm = the engine and its per-graph indexes reused: the median of up to `repeats` runs after
  // the first (which builds those indexes), at least one, then as many as fit in the time budget.
  // The parent gives the repeats a timeout of their own once told the first run is done: at
  // least one repeat always runs, so a warm figure is never a first run's.
  process.send?.({ id: msg.id, progress: 'first' });
  let elapsed = 0;
  // Past `repeats`, fast queries go on to `maxRepeats` while the repeats took under
  // `fastBudgetMs` in all: a median of 5 of a sub-millisecond query is at the mercy of one pause.
  const wanted = (i, spent) => i < msg.repeats || (i < (msg.maxRepeats ?? 0) && spent < (msg.fastBudgetMs ?? 0));
  for (let i = 0; wanted(i, elapsed) && (i === 0 || elapsed + times[times.length - 1] < msg.repeatBudgetMs); i++) {
    t0 = process.hrtime.bigint();
    out = await runOnce(msg.sparql, msg.cite);
    times.push(ms(t0));
    elapsed += times[times.length - 1];
  }
  // Only variables bound in some row: engines disagree on listing never-bound projections.
  const vars = [...new Set(out.rows.flatMap((r) => (r instanceof Map ? [...r.keys()] : Object.keys(r))))].sort();
  const concat = groupConcatVars(msg.sparql);
  const rows = canonRows(out.rows, vars, concat);
  let citations = null;
  if (out.citations) {
    citations = canonCitations(out.rows, vars, out.citations, concat);
  }
  const warm = times.length > 1 ? median(times.slice(1)) : times[0];
  return { firstMs: times[0], warmMs: warm, runs: times.length - 1, rowCount: out.rows.length, rows, citations, variables: vars };
}

/**
 * A positive stated membership claim with both labels: the bench's supported claim for `check`
 * (the first by claim IRI: deterministic, nothing named in code).
 */
function supportedClaim() {
  const rows = store.query(`PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>
SELECT ?c ?s ?o ?sl ?ol WHERE {
  ?c a cg:Claim ; rdf:subject ?s ; rdf:predicate cg:memberOf ; rdf:object ?o ; cg:polarity cg:Positive ; cg:modality cg:Stated .
  ?s rdfs:label ?sl . ?o rdfs:label ?ol .
} ORDER BY ?c LIMIT 1`);
  if (!rows.length) return null;
  const r = rows[0];
  return { subject: r.get('s').value, object: r.get('o').value, text: `${r.get('sl').value} is a member of the ${r.get('ol').value}.` };
}

/** The entity of a class most claims are about (to aim the named queries at the synthetic corpus). */
function pick(msg) {
  const rows = store.query(`SELECT ?e (COUNT(?c) AS ?n) WHERE {
    ?e a <https://w3id.org/claimgraph/ontology#${msg.cls}> .
    ?c a <https://w3id.org/claimgraph/ontology#Claim> .
    { ?c <http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> ?e } UNION { ?c <http://www.w3.org/1999/02/22-rdf-syntax-ns#object> ?e }
  } GROUP BY ?e ORDER BY DESC(?n) ?e LIMIT 20`);
  return rows.map((r) => r.get('e').value);
}

process.on('message', async (msg) => {
  try {
    const result = msg.type === 'load' ? await load(msg) : msg.type === 'pick' ? pick(msg) : msg.type === 'supported' ? supportedClaim() : await query(msg);
    process.send({ id: msg.id, ok: true, result, rssMB: process.memoryUsage().rss / 2 ** 20 });
  } catch (err) {
    process.send({ id: msg.id, ok: false, error: err?.stack ?? String(err) });
  }
});
