// Benchmark worker: holds one loaded graph (Comunica over claimgraph's store, or Oxigraph) and
// answers query requests from bench/run.js over IPC, so warm latencies reuse the engine while
// the parent can kill a runaway query (timeout) without losing the whole run.
import { readFileSync } from 'node:fs';
import { canonRows, median, ms } from './lib.js';
import { citeRowsOxigraph, canonCitations } from './oxicite.js';

const kind = process.argv[2]; // 'comunica' | 'oxigraph' | 'endpoint'
let api;
let store;
let endpoint;

async function load(msg) {
  const t0 = process.hrtime.bigint();
  if (kind === 'oxigraph') {
    const oxigraph = (await import('oxigraph')).default ?? (await import('oxigraph'));
    store = new oxigraph.Store();
    store.load(readFileSync(msg.ttl), { format: 'text/turtle' });
    return { loadMs: ms(t0), triples: store.size };
  }
  api = await import('../dist/index.js');
  if (kind === 'endpoint') {
    endpoint = { endpoint: msg.endpoint, graph: msg.graph };
    await api.getEngine();
    return { loadMs: ms(t0), triples: NaN };
  }
  store = await api.loadGraphStore(msg.dir);
  // Construct the engine now: its cost belongs to neither the load nor the first query.
  await api.getEngine();
  return { loadMs: ms(t0), triples: store.size };
}

async function runOnce(sparql, cite) {
  if (kind === 'oxigraph') {
    const res = store.query(sparql);
    const rows = Array.isArray(res) ? res : [];
    const variables = rows.length ? [...rows[0].keys()] : [];
    const citations = cite ? citeRowsOxigraph(store, sparql, rows) : null;
    return { rows, variables, citations };
  }
  const res = await api.runQuery(kind === 'endpoint' ? endpoint : store, sparql, {});
  if (res.type !== 'bindings') return { rows: [], variables: [], citations: null, other: res };
  const citations = cite ? await api.citeRows(store, sparql, res.rows) : null;
  return { rows: res.rows, variables: res.variables, citations };
}

async function query(msg) {
  const times = [];
  let t0 = process.hrtime.bigint();
  let out = await runOnce(msg.sparql, msg.cite);
  times.push(ms(t0));
  // Median of `repeats` further runs, unless the first run alone blows the budget.
  if (times[0] < msg.repeatBudgetMs) {
    for (let i = 0; i < msg.repeats; i++) {
      t0 = process.hrtime.bigint();
      out = await runOnce(msg.sparql, msg.cite);
      times.push(ms(t0));
    }
  }
  // Only variables bound in some row: engines disagree on listing never-bound projections.
  const vars = [...new Set(out.rows.flatMap((r) => (r instanceof Map ? [...r.keys()] : Object.keys(r))))].sort();
  const rows = canonRows(out.rows, vars);
  let citations = null;
  if (out.citations) {
    citations = canonCitations(out.rows, vars, out.citations);
  }
  const warm = times.length > 1 ? median(times.slice(1)) : times[0];
  return { firstMs: times[0], warmMs: warm, runs: times.length - 1, rowCount: out.rows.length, rows, citations, variables: vars };
}

process.on('message', async (msg) => {
  try {
    const result = msg.type === 'load' ? await load(msg) : await query(msg);
    process.send({ id: msg.id, ok: true, result, rssMB: process.memoryUsage().rss / 2 ** 20 });
  } catch (err) {
    process.send({ id: msg.id, ok: false, error: err?.stack ?? String(err) });
  }
});
