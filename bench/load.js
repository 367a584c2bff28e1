#!/usr/bin/env node
// The load section of `npm run bench` (also runnable alone: `npm run bench:load`, or
// `BENCH_ONLY=load npm run bench`): N concurrent clients (10, 50) send the named queries to
// `claimgraph serve` for a fixed time, and the same query texts to Virtuoso's own /sparql on the
// same data (pushed with `claimgraph push`) in the same run; requests/s and p50/p99 of each.
// Then the same load against serve while 3 runaway queries run (each resent as soon as it is
// answered), once with every named query and once with the cheap ones only (those answered
// within the scheduler's 500 ms budget when warmed up): p50/p99 beside the quiet figure.
//
// On a generated corpus the queries are first aimed at it (`aimQueries`, as the main bench does):
// the corpus's copies name the seed's entities, which it lacks, and would find nothing.
//
// Environment: BENCH_LOAD_SIZES=seed,1M (the 1M corpus is .bench/corpus-1M, built by the main
// bench, or generated and built here), BENCH_LOAD_SECONDS (default 10), BENCH_LOAD_CONNECTIONS
// (default 10,50), CLAIMGRAPH_VIRTUOSO_* as printed by scripts/virtuoso.sh (else no Virtuoso
// column), BENCH_LOAD_SERVE_ARGS (extra `serve` options, e.g. "--store auto"), BENCH_LOAD_CACHE
// (on: serve as started by default, with its answer cache; off: `--answer-cache-mb 0`, nothing
// answered from memory; both (default): each serve run twice, in the same process).
//
// Where the time goes: each serve run also reads the server's own request log (one JSON line per
// request, with the phases of `Server-Timing`: wait, parse, query, serialize, transfer, run) and
// prints p50/p99 of each phase for the requests answered in that run, and how many came from the
// answer cache or shared an identical request's run.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
{
  // Comunica 5 needs Node >= 22.19: hand over to the bundled one when started by an older Node.
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 22 || (major === 22 && minor < 19)) {
    const r = spawnSync(join(ROOT, 'node_modules', 'node', 'bin', 'node'), [fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
    process.exit(r.status ?? 1);
  }
}
const NODE = process.execPath;
const CLI = join(ROOT, 'bin', 'claimgraph.js');
const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 10);
const CONNECTIONS = (process.env.BENCH_LOAD_CONNECTIONS ?? '10,50').split(',').map(Number);
const SIZES = (process.env.BENCH_LOAD_SIZES ?? 'seed').split(',').map((s) => s.trim());
const CACHE_MODES = { on: ['on'], off: ['off'], both: ['on', 'off'] }[process.env.BENCH_LOAD_CACHE ?? 'both'] ?? ['on', 'off'];
const log = (...a) => process.stderr.write(`[load ${new Date().toISOString().slice(11, 19)}] ${a.join(' ')}\n`);

/** A query no engine finishes: a three-way cartesian product, counted. */
const RUNAWAY = (i) => `SELECT (COUNT(*) AS ?n) WHERE { ?a${i} ?b ?c . ?d ?e ?f . ?g ?h ?i }`;
/** The scheduler's default fast-lane budget (LANE_DEFAULTS.fastBudgetMs): a named query warmed within it is "cheap". */
const CHEAP_MS = 500;

async function lib() {
  return import('../dist/index.js');
}

function fmt(x, digits = 0) {
  return Number.isFinite(x) ? x.toFixed(digits) : '-';
}

function table(headers, rows) {
  const w = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => String(c).padEnd(w[i])).join('  ').trimEnd();
  return [line(headers), line(w.map((n) => '-'.repeat(n))), ...rows.map(line)].join('\n');
}

/** One autocannon run in its own process. */
function loadRun(spec) {
  return new Promise((resolve) => {
    const child = spawn(NODE, [join(ROOT, 'bench', 'load-client.js'), JSON.stringify(spec)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', () => {
      try {
        resolve(JSON.parse(out.trim().split('\n').at(-1)));
      } catch {
        resolve({ error: err.slice(0, 300) || 'no output' });
      }
    });
  });
}

/** `claimgraph serve` on a free port; resolves with its endpoint and a stop function. */
function startServe(dir, extra) {
  return new Promise((resolve, reject) => {
    const args = [CLI, '-C', dir, 'serve', '--port', '0', ...extra];
    const child = spawn(NODE, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let partial = '';
    let lines = [];
    child.stderr.on('data', (d) => {
      err += d;
      if (err.length > 1e6) err = err.slice(-1e5);
      // its request log: the /sparql answers, with where their time went
      const chunk = (partial + d).split('\n');
      partial = chunk.pop();
      for (const l of chunk) {
        if (!l.includes('"/sparql"')) continue;
        try {
          const e = JSON.parse(l);
          if (e.path === '/sparql' && e.status === 200) lines.push(e);
        } catch { /* not a log line */ }
      }
    });
    child.stdout.on('data', (d) => {
      out += d;
      const m = /at (http:\/\/127\.0\.0\.1:\d+\/sparql)/.exec(out);
      if (m) {
        resolve({
          endpoint: m[1], base: m[1].replace(/sparql$/, ''),
          stop: () => new Promise((r) => { child.once('exit', r); child.kill('SIGTERM'); }),
          /** The request log lines since the last call. */
          take: () => { const t = lines; lines = []; return t; },
        });
      }
    });
    child.once('exit', (code) => reject(new Error(`serve exited ${code}: ${err.slice(-500)}`)));
  });
}

async function waitWhole(base) {
  for (let i = 0; i < 600; i++) {
    try {
      const h = await (await fetch(`${base}health`)).json();
      if (h.workersReady === h.workers && h.busy === 0 && (h.sparesReady ?? 0) >= 1) return h;
    } catch { /* starting */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  return null;
}

/**
 * Keeps `n` runaway queries in flight against an endpoint until stopped; counts their answers by
 * status (and those still running at the end).
 */
function runaways(endpoint, n, params = {}) {
  let on = true;
  const stop = new AbortController();
  const statuses = {};
  const loops = Array.from({ length: n }, async (_, i) => {
    while (on) {
      const u = new URL(endpoint);
      u.searchParams.set('query', RUNAWAY(i));
      for (const [k, v] of Object.entries(params)) u.searchParams.append(k, v);
      const status = await fetch(u, { signal: stop.signal }).then(async (r) => { await r.arrayBuffer(); return r.status; }, () => (on ? 'error' : 'still running'));
      statuses[status] = (statuses[status] ?? 0) + 1;
      // a refusal comes back at once: wait a second (as Retry-After asks) rather than spin
      if (on && status !== 200) await new Promise((r) => setTimeout(r, 1000));
    }
  });
  return {
    stop: async () => {
      on = false;
      stop.abort();
      await Promise.all(loops);
      return statuses;
    },
  };
}

async function pushToVirtuoso(dir, graph) {
  const e = process.env;
  const args = [CLI, '-C', dir, 'push', '--endpoint', e.CLAIMGRAPH_VIRTUOSO_GSP, '--graph', graph, '--json'];
  if (e.CLAIMGRAPH_VIRTUOSO_USER) args.push('--user', e.CLAIMGRAPH_VIRTUOSO_USER, '--password-env', 'CLAIMGRAPH_VIRTUOSO_PASSWORD');
  const r = spawnSync(NODE, args, { encoding: 'utf8', timeout: 1_800_000 });
  if (r.status !== 0) throw new Error(`push failed: ${r.stderr.slice(0, 500)}`);
}

async function dropFromVirtuoso(graph) {
  const e = process.env;
  const { HttpAuth } = await lib();
  const auth = new HttpAuth(e.CLAIMGRAPH_VIRTUOSO_USER, e.CLAIMGRAPH_VIRTUOSO_PASSWORD);
  const u = new URL(e.CLAIMGRAPH_VIRTUOSO_GSP);
  u.searchParams.set('graph', graph);
  let res = await fetch(u, { method: 'DELETE' });
  if (res.status === 401 && auth.accept(res.headers.get('www-authenticate'))) {
    await res.body?.cancel();
    res = await fetch(u, { method: 'DELETE', headers: { Authorization: auth.header('DELETE', `${u.pathname}${u.search}`) ?? '' } });
  }
  await res.body?.cancel();
}

/** The project of a size: the repository for `seed`, the bench's corpus for the others. */
async function projectFor(size) {
  if (size === 'seed') return { dir: ROOT, note: 'the seed graph (graph/claimgraph.ttl)' };
  const dir = join(ROOT, '.bench', `corpus-${size}`);
  if (!existsSync(join(dir, 'graph', 'claimgraph.ttl'))) {
    const articles = { '10k': 9, '100k': 89, '1M': 893 }[size];
    if (!articles) throw new Error(`unknown size ${size}`);
    log(`${size}: generating and building ${articles} articles (not retargeted: the main bench aims the queries at the corpus)`);
    const api = await lib();
    rmSync(dir, { recursive: true, force: true });
    api.generateCorpus({ dir, articles, seed: 'claimgraph-bench', projectRoot: ROOT });
    const b = spawnSync(NODE, [CLI, 'build', '--dir', dir], { encoding: 'utf8', timeout: 1_800_000 });
    if (b.status !== 0) throw new Error(`build failed: ${b.stderr.slice(0, 500)}`);
  }
  return { dir, note: `the ${size} corpus (.bench/corpus-${size})` };
}

const CGR = 'https://w3id.org/claimgraph/resource/';

/**
 * Aims the named queries at a generated corpus, as the main bench does (bench/run.js,
 * `retargetQueries`), in memory: every entity a query names that the corpus lacks (the seed's
 * defaults: an organisation, a country, a parade) is replaced by the corpus entity of the same
 * class (from the seed's entities.yaml) that most claims are about, asked of the server itself.
 * Without it the 1M corpus's copies of the queries name entities it does not hold, and the
 * "cheap" ones are cheap because they find nothing. Generic: no entity is named here.
 */
async function aimQueries(dir, names, queries, endpoint) {
  const yaml = await import('yaml');
  const entities = (file) => { try { return yaml.parse(readFileSync(file, 'utf8')).entities ?? []; } catch { return []; } };
  const seed = new Map(entities(join(ROOT, 'graph', 'entities.yaml')).map((e) => [e.id, [e.type].flat()[0]]));
  const ours = new Set(entities(join(dir, 'graph', 'entities.yaml')).map((e) => e.id));
  const chosen = new Map();
  const used = new Set();
  const aimed = [];
  for (const text of queries) {
    let out = text;
    const ids = new Set([...text.matchAll(/(?:^|[\s{(,;])cgr:([A-Za-z0-9_-]+)/gm)].map((m) => m[1]));
    for (const id of [...ids].sort()) {
      if (ours.has(id) || !seed.has(id)) continue;
      if (!chosen.has(id)) {
        const pick = `SELECT ?e (COUNT(?c) AS ?n) WHERE { ?e a <https://w3id.org/claimgraph/ontology#${seed.get(id)}> . ?c a <https://w3id.org/claimgraph/ontology#Claim> . { ?c <http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> ?e } UNION { ?c <http://www.w3.org/1999/02/22-rdf-syntax-ns#object> ?e } } GROUP BY ?e ORDER BY DESC(?n) ?e LIMIT 20`;
        const res = await fetch(`${endpoint}?query=${encodeURIComponent(pick)}`, { headers: { accept: 'application/sparql-results+json' } });
        const rows = res.ok ? (await res.json()).results.bindings : [];
        const candidates = rows.map((r) => r.e.value.slice(CGR.length));
        const target = candidates.find((c) => !used.has(c)) ?? candidates[0];
        if (!target) continue;
        chosen.set(id, target);
        used.add(target);
      }
      out = out.replace(new RegExp(`cgr:${id}(?![A-Za-z0-9_-])`, 'g'), `cgr:${chosen.get(id)}`);
    }
    aimed.push(out);
  }
  return { queries: aimed, mapping: Object.fromEntries(chosen) };
}

/** Percentiles of the server-side phases of the requests a run's log lines describe. */
function phases(lines) {
  const pct = (xs, p) => {
    if (!xs.length) return NaN;
    const sorted = [...xs].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
  };
  const out = { n: lines.length, cache: lines.filter((l) => l.via === 'cache').length, shared: lines.filter((l) => l.via === 'shared').length };
  const ran = lines.filter((l) => l.timing);
  const series = { total: lines.map((l) => l.ms) };
  for (const k of ['wait', 'parse', 'query', 'serialize', 'transfer', 'run']) series[k] = ran.map((l) => l.timing[k] ?? 0);
  // the HTTP thread's own share: reading the request, the pre-scan, the hand-over, writing the answer
  series.http = ran.map((l) => l.ms - (l.timing.wait ?? 0) - (l.timing.run ?? 0));
  for (const [k, xs] of Object.entries(series)) out[k] = { p50: pct(xs, 0.5), p99: pct(xs, 0.99) };
  return out;
}

/** One load run against serve, with the server-side phases of the requests it was answered. */
async function serveRun(serve, spec) {
  serve.take();
  const r = await loadRun(spec);
  return { ...r, phases: phases(serve.take()) };
}

async function loadSize(size) {
  const { dir, note } = await projectFor(size);
  const api = await lib();
  const names = readdirSync(join(dir, 'queries')).filter((f) => f.endsWith('.rq')).map((f) => f.slice(0, -3)).sort();
  let queries = names.map((n) => api.resolveNamedQuery(dir, n).sparql);
  const out = { size, note, queries: names, modes: {} };
  // the cheap set is the first mode's (its warm-up runs every query once on a fresh server): the
  // same queries in every mode
  let cheapNames;
  let aimed = size === 'seed' ? { queries, mapping: {} } : undefined;
  for (const mode of CACHE_MODES) {
    out.modes[mode] = await serveSide(dir, mode, names, aimed?.queries, cheapNames, async (endpoint) => (aimed ??= await aimQueries(dir, names, queries, endpoint)).queries);
    cheapNames ??= out.modes[mode].cheap;
  }
  const firstMode = out.modes[CACHE_MODES[0]];
  Object.assign(out, { triples: firstMode.triples, warmMs: firstMode.warmMs, cheap: firstMode.cheap, runaway: {}, aimedAt: aimed.mapping });
  queries = aimed.queries;
  out.virtuoso = {};
  await virtuosoSide(out, size, dir, names, queries);
  return out;
}

/** The serve runs of one size, with the answer cache on or off. */
async function serveSide(dir, mode, names, given, cheapNames, aim) {
  const out = { serve: {}, runaway: {} };
  const extra = [...(process.env.BENCH_LOAD_SERVE_ARGS ?? '').split(' ').filter(Boolean), ...(mode === 'off' ? ['--answer-cache-mb', '0'] : [])];
  log(`starting claimgraph serve ${extra.join(' ')} (answer cache ${mode})`);
  const serve = await startServe(dir, extra);
  try {
    const health = await waitWhole(serve.base);
    out.triples = health?.triples;
    const queries = given ?? await aim(serve.endpoint);
    // the picks may have left workers busy or reloading: the warm-up starts on a whole, idle pool
    await waitWhole(serve.base);
    // every query once, so each side has parsed and planned it before the clock runs; the warm
    // time tells the cheap queries (answered within the fast lane's budget) from the heavy ones
    const warm = [];
    for (const q of queries) {
      const t0 = performance.now();
      await fetch(`${serve.endpoint}?query=${encodeURIComponent(q)}`).then((r) => r.arrayBuffer());
      warm.push(performance.now() - t0);
    }
    out.warmMs = Object.fromEntries(names.map((n, i) => [n, Math.round(warm[i])]));
    out.cheap = cheapNames ?? names.filter((_, i) => warm[i] < CHEAP_MS);
    const cheap = queries.filter((_, i) => out.cheap.includes(names[i]));
    for (const c of CONNECTIONS) {
      // each run on a whole, idle pool: requests the last run left behind (stopped when their
      // clients went, their workers reloading) would otherwise be measured as this run's
      await waitWhole(serve.base);
      log(`serve (cache ${mode}), ${c} clients, ${SECONDS} s`);
      out.serve[c] = await serveRun(serve, { endpoint: serve.endpoint, queries, connections: c, seconds: SECONDS });
    }
    if (cheap.length) {
      // the baseline of the cheap-only run with runaways below
      await waitWhole(serve.base);
      log(`serve (cache ${mode}), 10 clients, cheap named queries only, ${SECONDS} s`);
      out.serveCheap = await serveRun(serve, { endpoint: serve.endpoint, queries: cheap, connections: 10, seconds: SECONDS });
    }
    for (const [label, set] of [['all', queries], ['cheap', cheap]]) {
      if (!set.length) continue;
      await waitWhole(serve.base);
      log(`serve (cache ${mode}), 10 clients (${label} named queries) while 3 runaway queries run`);
      const r = runaways(serve.endpoint, 3);
      await new Promise((res) => setTimeout(res, 1000));
      out.runaway[label === 'all' ? 'serve' : 'serveCheap'] = await serveRun(serve, { endpoint: serve.endpoint, queries: set, connections: 10, seconds: SECONDS });
      out.runaway[label === 'all' ? 'serveRunawayAnswers' : 'serveCheapRunawayAnswers'] = await r.stop();
    }
  } finally {
    await serve.stop();
  }
  return out;
}

/** The same loads against Virtuoso's own /sparql, when one is configured. */
async function virtuosoSide(out, size, dir, names, queries) {
  const e = process.env;
  if (e.CLAIMGRAPH_VIRTUOSO_GSP && e.CLAIMGRAPH_VIRTUOSO_SPARQL) {
    const graph = `https://w3id.org/claimgraph/bench/load-${size}`;
    log(`${size}: pushing the graph to Virtuoso`);
    await pushToVirtuoso(dir, graph);
    try {
      // the same query texts, with the pushed graph as the default graph (SPARQL 1.1 Protocol)
      const params = { 'default-graph-uri': graph };
      for (const q of queries) {
        const u = new URL(e.CLAIMGRAPH_VIRTUOSO_SPARQL);
        u.searchParams.set('query', q);
        u.searchParams.set('default-graph-uri', graph);
        await fetch(u, { headers: { accept: 'application/sparql-results+json' } }).then((x) => x.arrayBuffer());
      }
      for (const c of CONNECTIONS) {
        log(`${size}: Virtuoso, ${c} clients, ${SECONDS} s`);
        out.virtuoso[c] = await loadRun({ endpoint: e.CLAIMGRAPH_VIRTUOSO_SPARQL, queries, params, connections: c, seconds: SECONDS });
      }
      const cheap = queries.filter((_, i) => out.cheap.includes(names[i]));
      for (const [label, set] of [['all', queries], ['cheap', cheap]]) {
        if (!set.length) continue;
        log(`${size}: Virtuoso, 10 clients (${label} named queries) while 3 runaway queries run`);
        const r = runaways(e.CLAIMGRAPH_VIRTUOSO_SPARQL, 3, params);
        await new Promise((res) => setTimeout(res, 1000));
        out.runaway[label === 'all' ? 'virtuoso' : 'virtuosoCheap'] = await loadRun({ endpoint: e.CLAIMGRAPH_VIRTUOSO_SPARQL, queries: set, params, connections: 10, seconds: SECONDS });
        out.runaway[label === 'all' ? 'virtuosoRunawayAnswers' : 'virtuosoCheapRunawayAnswers'] = await r.stop();
      }
    } finally {
      await dropFromVirtuoso(graph);
    }
  }
  return out;
}

/**
 * Runs the load section for each size in BENCH_LOAD_SIZES; prints tables and returns the figures.
 *
 * @example
 * const figures = await runLoad(); // { date, machine, sizes: [...] }
 */
export async function runLoad() {
  const results = {
    date: new Date().toISOString(),
    machine: `${os.cpus().length} x ${os.cpus()[0]?.model ?? 'cpu'}, load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`,
    seconds: SECONDS,
    sizes: [],
  };
  for (const size of SIZES) results.sizes.push(await loadSize(size));
  process.stdout.write(`\n${formatLoad(results)}`);
  return results;
}

/** The load figures as text tables. */
export function formatLoad(results) {
  const out = [`== Load: named queries over HTTP, ${results.seconds} s per run (${results.machine})`];
  const cell = (r) => (r?.error ? `ERROR ${r.error.slice(0, 40)}` : r ? `${fmt(r.requestsPerS)} req/s, p50 ${fmt(r.p50)} ms, p99 ${fmt(r.p99)} ms${r.non2xx || r.errors ? ` (${r.non2xx} non-2xx, ${r.errors} errors)` : ''}` : '-');
  const ans = (x) => (x ? Object.entries(x).map(([k, v]) => `${v}x ${k}`).join(', ') : '-');
  const pp = (x) => `${fmt(x.p50, 1)}/${fmt(x.p99, 1)}`;
  for (const s of results.sizes) {
    out.push(`\n${s.note}: ${s.triples ?? '?'} triples, ${s.queries.length} named queries (${s.queries.join(', ')})`);
    if (s.aimedAt && Object.keys(s.aimedAt).length) out.push(`queries aimed at the corpus (the seed's entities it lacks -> the entity of the same class most claims are about): ${Object.entries(s.aimedAt).map(([a, b]) => `cgr:${a} -> cgr:${b}`).join(', ')}`);
    if (s.warmMs) out.push(`warm-up (ms, first run on a fresh server): ${Object.entries(s.warmMs).map(([n, ms]) => `${n} ${ms}`).join(', ')}; cheap (< ${CHEAP_MS} ms): ${s.cheap.join(', ') || 'none'}`);
    const modes = s.modes ?? { on: s };
    for (const [mode, m] of Object.entries(modes)) {
      const first = m === modes[Object.keys(modes)[0]];
      const v = first ? s.virtuoso : {};
      const rows = Object.keys(m.serve).map((c) => {
        const a = m.serve[c];
        const b = v[c];
        const ratio = a && b && b.requestsPerS ? `${(a.requestsPerS / b.requestsPerS).toFixed(2)}x` : '-';
        return [`${c} clients`, cell(a), cell(b), ratio];
      });
      if (m.serveCheap) rows.push(['cheap only, 10 clients', cell(m.serveCheap), '-', '-']);
      rows.push(['10 clients + 3 runaways', cell(m.runaway.serve), cell(first ? s.runaway?.virtuoso : undefined), '-']);
      if (m.runaway.serveCheap) rows.push(['cheap only + 3 runaways', cell(m.runaway.serveCheap), cell(first ? s.runaway?.virtuosoCheap : undefined), '-']);
      out.push(`\nserve with its answer cache ${mode === 'on' ? 'on (the default)' : 'off (--answer-cache-mb 0: nothing answered from memory; identical requests in progress still share a run)'}:`);
      out.push(table(['load', 'claimgraph serve', 'Virtuoso /sparql', 'serve / Virtuoso req/s'], rows));
      out.push(`runaway answers: serve ${ans(m.runaway.serveRunawayAnswers)}${first ? `; Virtuoso ${ans(s.runaway?.virtuosoRunawayAnswers)}` : ''}; during the cheap-only run: serve ${ans(m.runaway.serveCheapRunawayAnswers)}`);
      // where the time goes, server side (the request log), per run
      const runs = [...Object.keys(m.serve).map((c) => [`${c} clients`, m.serve[c]]), ['cheap only', m.serveCheap], ['+ 3 runaways', m.runaway.serve], ['cheap + 3 runaways', m.runaway.serveCheap]].filter(([, r]) => r?.phases?.n);
      if (runs.length) {
        out.push('where the time goes (server side, 200 answers, p50/p99 ms; http = total - wait - run):');
        out.push(table(['run', 'answers', 'from memory', 'shared', 'total', 'wait', 'parse', 'query', 'serialize', 'transfer', 'run', 'http'], runs.map(([label, r]) => {
          const p = r.phases;
          return [label, p.n, `${Math.round((100 * p.cache) / p.n)}%`, p.shared, pp(p.total), pp(p.wait), pp(p.parse), pp(p.query), pp(p.serialize), pp(p.transfer), pp(p.run), pp(p.http)];
        })));
      }
    }
  }
  return `${out.join('\n')}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  runLoad().then((r) => {
    process.stdout.write(`\nJSON:\n${JSON.stringify(r)}\n`);
  }, (err) => {
    process.stderr.write(`load bench failed: ${err?.stack ?? err}\n`);
    process.exit(1);
  });
}
