#!/usr/bin/env node
// `npm run bench`: generates synthetic corpora (~10k, ~100k, ~1M triples), builds them with
// claimgraph, and measures build, load, and every named query (with and without --cite), cold
// and warm, against Oxigraph on the same built graph. Fails (exit 1) when the engines disagree.
//
// Environment: BENCH_SIZES=10k,100k,1M (subset), BENCH_QUERY_TIMEOUT_MS, CLAIMGRAPH_VIRTUOSO_URL
// (+ CLAIMGRAPH_VIRTUOSO_USER / _PASSWORD) to also time the 1M graph on Virtuoso.
import { fork } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync, statSync, utimesSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import { diffRows, median, ms, timedRun } from './lib.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BENCH = join(ROOT, '.bench');
const NODE = process.execPath;
const CLI = join(ROOT, 'bin', 'claimgraph.js');
// Triples per generated article, measured on this generator (see calibrate()).
const TRIPLES_PER_ARTICLE = Number(process.env.BENCH_TRIPLES_PER_ARTICLE ?? 1250);
const ALL_SIZES = [
  { label: '10k', target: 10_000 },
  { label: '100k', target: 100_000 },
  { label: '1M', target: 1_000_000 },
];
const wanted = (process.env.BENCH_SIZES ?? '10k,100k,1M').split(',').map((s) => s.trim());
const SIZES = ALL_SIZES.filter((s) => wanted.includes(s.label));
const log = (...a) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${a.join(' ')}\n`);

async function lib() {
  return import('../dist/index.js');
}

/** A worker process with one loaded graph; restarted after a timeout. */
class Worker {
  constructor(kind, loadMsg) {
    this.kind = kind;
    this.loadMsg = loadMsg;
    this.seq = 0;
  }
  async start() {
    this.child = fork(join(ROOT, 'bench', 'worker.js'), [this.kind], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    this.pending = new Map();
    this.child.on('message', (m) => {
      const p = this.pending.get(m.id);
      if (p) { this.pending.delete(m.id); p.resolve(m); }
    });
    this.child.on('exit', () => {
      for (const p of this.pending.values()) p.resolve({ ok: false, error: 'worker exited' });
      this.pending.clear();
    });
    const r = await this.call(this.loadMsg, 900_000);
    if (!r.ok) throw new Error(`${this.kind} load failed: ${r.error}`);
    this.load = r.result;
    this.rssMB = r.rssMB;
    return r.result;
  }
  call(msg, timeoutMs) {
    const id = ++this.seq;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        this.child.kill('SIGKILL');
        resolve({ ok: false, timedOut: true, error: `timed out after ${timeoutMs} ms` });
      }, timeoutMs);
      this.pending.set(id, { resolve: (m) => { clearTimeout(timer); resolve(m); } });
      this.child.send({ ...msg, id });
    });
  }
  async query(q, cite, timeoutMs) {
    if (!this.child || this.child.exitCode !== null || this.child.signalCode) await this.start();
    const r = await this.call({ type: 'query', sparql: q.sparql, cite, repeats: 5, repeatBudgetMs: 3000 }, timeoutMs);
    if (r.ok) this.rssMB = Math.max(this.rssMB ?? 0, r.rssMB);
    return r;
  }
  stop() {
    if (this.child && this.child.exitCode === null) this.child.kill();
  }
}

/** Named queries of the project with their default parameters applied. */
async function namedQueries(dir) {
  const api = await lib();
  const names = readdirSync(join(dir, 'queries')).filter((f) => f.endsWith('.rq')).map((f) => f.replace(/\.rq$/, '')).sort();
  const out = [];
  for (const name of names) {
    const nq = await api.resolveNamedQuery(dir, name);
    const sparql = typeof api.applyQueryParams === 'function' ? api.applyQueryParams(nq, {}) : nq.sparql;
    // The resolved text (defaults applied) goes to a file for the Oxigraph cold run.
    const file = join(BENCH, 'resolved-queries', `${name}.rq`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, sparql);
    out.push({ name, sparql, file });
  }
  return out;
}

function fmtMs(x) {
  if (x === null || x === undefined || Number.isNaN(x)) return '-';
  if (x >= 10_000) return `${(x / 1000).toFixed(1)} s`;
  if (x >= 1000) return `${(x / 1000).toFixed(2)} s`;
  return `${x.toFixed(x < 10 ? 2 : 0)} ms`;
}

function ratio(a, b) {
  if (!Number.isFinite(a) || !Number.isFinite(b) || b <= 0) return NaN;
  return a / b;
}

function fmtRatio(r) {
  return Number.isFinite(r) ? `${r.toFixed(r < 10 ? 2 : 0)}x` : '-';
}

function table(headers, rows) {
  const w = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => String(c).padEnd(w[i])).join('  ').trimEnd();
  return [line(headers), line(w.map((n) => '-'.repeat(n))), ...rows.map(line)].join('\n');
}

async function benchSize(size, results) {
  const api = await lib();
  const dir = join(BENCH, `corpus-${size.label}`);
  const articles = Math.max(2, Math.round(size.target / TRIPLES_PER_ARTICLE));
  log(`${size.label}: generating ${articles} articles`);
  let t0 = process.hrtime.bigint();
  const gen = api.generateCorpus({ dir, articles, seed: 'claimgraph-bench', projectRoot: ROOT });
  const genMs = ms(t0);
  for (const cache of ['.claimgraph-cache', join('graph', '.cache')]) rmSync(join(dir, cache), { recursive: true, force: true });
  rmSync(join(dir, 'graph', 'claimgraph.ttl'), { force: true });

  log(`${size.label}: building (cold)`);
  const build = await timedRun(NODE, [CLI, 'build', '--dir', dir], { timeoutMs: 600_000 });
  if (build.code !== 0) throw new Error(`build failed (${build.code}): ${build.stderr.slice(0, 2000)}`);
  const ttl = join(dir, 'graph', 'claimgraph.ttl');
  const ttlBytes = statSync(ttl).size;

  // Incremental rebuild: one article touched (content changed in claims.yaml order-neutrally).
  const first = join(dir, 'graph', 'articles', gen.articles[0], 'claims.yaml');
  const now = new Date();
  utimesSync(first, now, now);
  const rebuild = await timedRun(NODE, [CLI, 'build', '--dir', dir], { timeoutMs: 600_000 });

  log(`${size.label}: loading Oxigraph and Comunica workers`);
  const oxi = new Worker('oxigraph', { type: 'load', ttl });
  const com = new Worker('comunica', { type: 'load', dir });
  const oxiLoad = await oxi.start();
  const comLoad = await com.start();
  const triples = oxiLoad.triples;
  log(`${size.label}: ${triples} triples; build ${fmtMs(build.ms)}, oxigraph load ${fmtMs(oxiLoad.loadMs)}, comunica load ${fmtMs(comLoad.loadMs)}`);

  const queries = await namedQueries(dir);
  const timeoutMs = Number(process.env.BENCH_QUERY_TIMEOUT_MS ?? (size.target >= 1e6 ? 20_000 : 30_000));
  const qResults = [];
  const failures = [];
  for (const q of queries) {
    for (const cite of [false, true]) {
      const label = `${q.name}${cite ? ' --cite' : ''}`;
      log(`${size.label}: ${label}`);
      const o = await oxi.query(q, cite, 120_000);
      if (!o.ok) throw new Error(`oxigraph failed on ${label}: ${o.error}`);
      const c = await com.query(q, cite, timeoutMs);
      const entry = {
        query: q.name, cite, rows: o.result.rowCount,
        oxigraph: { warmMs: o.result.warmMs, firstMs: o.result.firstMs, runs: o.result.runs },
        comunica: c.ok ? { warmMs: c.result.warmMs, firstMs: c.result.firstMs, runs: c.result.runs } : { timedOut: !!c.timedOut, error: c.timedOut ? undefined : c.error },
      };
      if (c.ok) {
        let d = diffRows(c.result.rows, o.result.rows);
        if (!d && cite) d = diffRows(c.result.citations ?? [], o.result.citations ?? []);
        entry.agree = !d;
        if (d) failures.push(`${size.label} ${label}: ${d}`);
        if (d) entry.difference = d;
      }
      // Cold: a fresh process from start to last byte, both engines.
      if (c.ok) {
        const args = [CLI, 'query', q.name, '--dir', dir, '--format', 'json', ...(cite ? ['--cite'] : [])];
        const cc = await timedRun(NODE, args, { timeoutMs: timeoutMs + 20_000 });
        entry.comunica.coldMs = cc.timedOut || cc.code !== 0 ? NaN : cc.ms;
        if (cc.code !== 0 && !cc.timedOut) entry.comunica.coldError = cc.stderr.slice(0, 300);
        entry.comunica.coldTimedOut = cc.timedOut;
        const oc = await timedRun(NODE, [join(ROOT, 'bench', 'oxi-cold.js'), ttl, q.file, cite ? 'cite' : ''], { timeoutMs: 300_000 });
        entry.oxigraph.coldMs = oc.code === 0 ? oc.ms : NaN;
      }
      entry.warmRatio = ratio(entry.comunica.warmMs, entry.oxigraph.warmMs);
      entry.coldRatio = ratio(entry.comunica.coldMs, entry.oxigraph.coldMs);
      qResults.push(entry);
    }
  }
  oxi.stop();
  com.stop();
  const res = {
    size: size.label, articles, claimsCurated: gen.claims, triples, ttlMB: ttlBytes / 2 ** 20, generateMs: genMs,
    build: { ms: build.ms, triplesPerS: triples / (build.ms / 1000), peakRssMB: build.rssMB },
    rebuildOneArticle: { ms: rebuild.ms, peakRssMB: rebuild.rssMB, ok: rebuild.code === 0 },
    load: { oxigraphMs: oxiLoad.loadMs, comunicaMs: comLoad.loadMs, comunicaRssMB: com.rssMB, oxigraphRssMB: oxi.rssMB },
    queries: qResults,
    failures,
  };
  results.sizes.push(res);
  printSize(res);
  return { dir, ttl, queries };
}

function printSize(r) {
  const out = [];
  out.push(`\n== ${r.size}: ${r.articles} articles, ${r.claimsCurated} curated claims, ${r.triples} triples (${r.ttlMB.toFixed(1)} MB Turtle)`);
  out.push(table(['step', 'claimgraph', 'oxigraph', 'ratio', 'notes'], [
    ['build (cold)', fmtMs(r.build.ms), '-', '-', `${Math.round(r.build.triplesPerS)} triples/s, peak RSS ${r.build.peakRssMB.toFixed(0)} MB`],
    ['rebuild, 1 article touched', fmtMs(r.rebuildOneArticle.ms), '-', '-', `peak RSS ${r.rebuildOneArticle.peakRssMB.toFixed(0)} MB`],
    ['graph load', fmtMs(r.load.comunicaMs), fmtMs(r.load.oxigraphMs), fmtRatio(ratio(r.load.comunicaMs, r.load.oxigraphMs)), `worker RSS ${r.load.comunicaRssMB?.toFixed(0)} MB vs ${r.load.oxigraphRssMB?.toFixed(0)} MB`],
  ]));
  out.push('');
  out.push(table(['query', 'rows', 'warm', 'oxigraph', 'ratio', 'cold', 'oxigraph', 'ratio', 'agree'],
    r.queries.map((q) => [
      `${q.query}${q.cite ? ' --cite' : ''}`, q.rows,
      q.comunica.timedOut ? 'TIMEOUT' : fmtMs(q.comunica.warmMs) + (q.comunica.runs === 0 ? ' (n=1)' : ''),
      fmtMs(q.oxigraph.warmMs), fmtRatio(q.warmRatio),
      q.comunica.coldTimedOut ? 'TIMEOUT' : fmtMs(q.comunica.coldMs), fmtMs(q.oxigraph.coldMs), fmtRatio(q.coldRatio),
      q.agree === undefined ? '-' : q.agree ? 'yes' : 'NO',
    ])));
  process.stdout.write(out.join('\n') + '\n');
}

async function seedTarget() {
  // The committed seed graph: `claimgraph query aiib-not-sco --cite`, process start to exit.
  if (!existsSync(join(ROOT, 'graph', 'claimgraph.ttl')) || !existsSync(join(ROOT, 'queries', 'aiib-not-sco.rq'))) return null;
  const times = [];
  let code = 0;
  for (let i = 0; i < 6; i++) {
    const r = await timedRun(NODE, [CLI, 'query', 'aiib-not-sco', '--cite', '--dir', ROOT], { timeoutMs: 60_000 });
    code ||= r.code;
    if (i > 0) times.push(r.ms); // the first run warms the OS file cache and Node's compile cache
  }
  return { medianMs: median(times), runs: times.length, exitCode: code };
}

async function virtuoso(big) {
  const url = process.env.CLAIMGRAPH_VIRTUOSO_URL;
  if (!url || !big) return null;
  log('virtuoso: pushing the 1M graph');
  const graph = 'https://w3id.org/claimgraph/bench/1M';
  const push = await timedRun(NODE, [CLI, 'push', '--dir', big.dir, '--endpoint', url, '--graph', graph], { timeoutMs: 600_000, env: process.env });
  const out = { pushMs: push.ms, pushOk: push.code === 0, queries: [] };
  if (push.code !== 0) { out.error = push.stderr.slice(0, 500); return out; }
  const w = new Worker('endpoint', { type: 'load', endpoint: url.replace(/\/?$/, ''), graph });
  await w.start();
  for (const q of big.queries) {
    const r = await w.query(q, false, 60_000);
    out.queries.push({ query: q.name, ok: r.ok, warmMs: r.ok ? r.result.warmMs : NaN, rows: r.ok ? r.result.rowCount : NaN, timedOut: !!r.timedOut });
  }
  w.stop();
  return out;
}

function targets(results) {
  const t = [];
  const big = results.sizes.find((s) => s.size === '1M');
  if (big) {
    const warmOk = big.queries.every((q) => !q.comunica.timedOut && q.comunica.warmMs < 1000 && q.warmRatio <= 2);
    const worst = big.queries.reduce((a, q) => (q.comunica.timedOut || !(q.warmRatio <= a.warmRatio) ? q : a), big.queries[0]);
    t.push({ target: '1M: every named query (and --cite) warm < 1 s and within 2x Oxigraph', met: warmOk,
      detail: worst ? `worst: ${worst.query}${worst.cite ? ' --cite' : ''} ${worst.comunica.timedOut ? 'TIMEOUT' : fmtMs(worst.comunica.warmMs)} vs ${fmtMs(worst.oxigraph.warmMs)}` : '' });
    const coldOk = big.queries.every((q) => Number.isFinite(q.coldRatio) && q.coldRatio < 2);
    const worstCold = big.queries.reduce((a, q) => (!(q.coldRatio <= a.coldRatio) ? q : a), big.queries[0]);
    t.push({ target: '1M: load + first answer, fresh process, < 2x Oxigraph', met: coldOk,
      detail: worstCold ? `worst: ${worstCold.query}${worstCold.cite ? ' --cite' : ''} ${fmtMs(worstCold.comunica.coldMs)} vs ${fmtMs(worstCold.oxigraph.coldMs)}` : '' });
    t.push({ target: '1M: build faster than Oxigraph loads its output', met: big.build.ms < big.load.oxigraphMs,
      detail: `${fmtMs(big.build.ms)} vs ${fmtMs(big.load.oxigraphMs)}` });
    t.push({ target: '1M: build peak RSS < 1 GB', met: big.build.peakRssMB < 1024, detail: `${big.build.peakRssMB.toFixed(0)} MB` });
  }
  if (results.seed) {
    t.push({ target: 'seed graph: query aiib-not-sco --cite < 0.5 s from process start', met: results.seed.exitCode === 0 && results.seed.medianMs < 500,
      detail: `${fmtMs(results.seed.medianMs)} (median of ${results.seed.runs})${results.seed.exitCode ? `, exit ${results.seed.exitCode}` : ''}` });
  }
  const agree = results.sizes.every((s) => s.failures.length === 0);
  t.push({ target: 'results agree with Oxigraph row for row (all sizes, all queries)', met: agree, detail: agree ? '' : `${results.sizes.flatMap((s) => s.failures).length} disagreement(s)` });
  return t;
}

async function main() {
  mkdirSync(BENCH, { recursive: true });
  const started = process.hrtime.bigint();
  const results = {
    date: new Date().toISOString(),
    machine: `${os.cpus().length} x ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB RAM, ${os.type()} ${os.release()}, Node ${process.version}`,
    sizes: [],
  };
  process.stdout.write(`claimgraph bench ${results.date}\n${results.machine}\n`);
  let last;
  for (const size of SIZES) last = { ...(await benchSize(size, results)), size };
  results.seed = await seedTarget();
  if (last?.size.label === '1M') results.virtuoso = await virtuoso(last);
  if (results.virtuoso) {
    process.stdout.write(`\n== Virtuoso (1M graph pushed in ${fmtMs(results.virtuoso.pushMs)}${results.virtuoso.pushOk ? '' : ', FAILED'})\n`);
    if (results.virtuoso.queries.length) {
      process.stdout.write(table(['query', 'rows', 'warm (Comunica -> Virtuoso)'], results.virtuoso.queries.map((q) => [q.query, q.rows, q.timedOut ? 'TIMEOUT' : fmtMs(q.warmMs)])) + '\n');
    }
  } else if (!process.env.CLAIMGRAPH_VIRTUOSO_URL) {
    process.stdout.write('\n(Virtuoso: CLAIMGRAPH_VIRTUOSO_URL not set, skipped)\n');
  }
  results.targets = targets(results);
  results.totalMs = ms(started);
  process.stdout.write(`\n== Targets\n${table(['target', 'status', 'detail'], results.targets.map((t) => [t.target, t.met ? 'MET' : 'NOT MET', t.detail]))}\n`);
  process.stdout.write(`\ntotal bench time ${fmtMs(results.totalMs)}\n`);
  writeFileSync(join(BENCH, 'results.json'), JSON.stringify(results, null, 2) + '\n');
  process.stdout.write(`\nJSON:\n${JSON.stringify(results)}\n`);
  const failures = results.sizes.flatMap((s) => s.failures);
  if (failures.length) {
    process.stderr.write(`\nFAIL: Comunica and Oxigraph disagree:\n${failures.map((f) => `  ${f}`).join('\n')}\n`);
    process.exitCode = 1;
  }
}

main().catch((err) => {
  process.stderr.write(`bench failed: ${err?.stack ?? err}\n`);
  process.exitCode = 1;
});
