#!/usr/bin/env node
// The fact checker's figures (issue 15), runnable alone for a quick figure:
//   node bench/check.js                      seed graph: cold check and batch throughput
//   BENCH_CHECK_SIZES=10k,1M node bench/check.js   also a warm check on generated corpora
// `npm run bench` runs it too (bench/run.js), after the query sections.
//
// 1. One `claimgraph check "<claim>"` from process start on the committed seed graph: median of
//    11 runs after one warm-up, beside a bare `node -e ''` measured in the same minutes.
// 2. `claimgraph check --batch` on the public dev set and on the user-style set, process start
//    to exit, as claims per second (the whole command, graph load included), with `--jobs 1`
//    (one thread, the default) and with one worker thread per core (src/check/batch-jobs.ts), and
//    in-process on one thread (context built, then every claim).
// 3. For each size in BENCH_CHECK_SIZES: the bench corpus (.bench/corpus-<size>, generated as
//    bench/run.js does when missing), loaded as `check` loads it; the first check builds the
//    indexes; then the median of warm checks of claims phrased from the corpus's own claims with
//    the lexicon's first pattern of each property.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, timedRun } from './lib.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const NODE = process.execPath;
const CLI = join(ROOT, 'bin', 'claimgraph.js');
const BENCH = join(ROOT, '.bench');
const fmt = (x) => (Number.isFinite(x) ? (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(1)} ms`) : '-');

/** Figure 1: a cold check on the seed graph. */
export async function coldCheck() {
  const claim = 'Turkmenistan is a member of the SCO.';
  const times = [];
  const bare = [];
  let code = 0;
  for (let i = 0; i < 12; i++) {
    const r = await timedRun(NODE, [CLI, 'check', claim, '--dir', ROOT, '--format', 'json'], { timeoutMs: 60_000 });
    code ||= r.code;
    if (i > 0) times.push(r.ms);
    bare.push((await timedRun(NODE, ['-e', ''], { timeoutMs: 60_000 })).ms);
  }
  return { claim, medianMs: median(times), runs: times.length, exitCode: code, nodeStartMs: median(bare) };
}

/** Figure 2: batch throughput, whole command and in-process. */
export async function batchThroughput() {
  const { mkdirSync, writeFileSync } = await import('node:fs');
  // the public dev set (../shared/eval beside the project, or its copy in tests/check/cases)
  const dev = [join(ROOT, '..', 'shared', 'eval', 'claims-dev.jsonl'), join(ROOT, '..', '..', 'shared', 'eval', 'claims-dev.jsonl'), join(ROOT, 'tests', 'check', 'cases', 'dev.jsonl')].find(existsSync);
  const users = join(ROOT, 'tests', 'check', 'cases', 'users');
  const sets = [['public dev set', dev && readFileSync(dev, 'utf8')], ['user-style set', existsSync(users) ? readdirSync(users).filter((x) => x.endsWith('.jsonl')).sort().map((x) => readFileSync(join(users, x), 'utf8')).join('\n') : undefined]];
  const out = [];
  mkdirSync(BENCH, { recursive: true });
  for (const [name, lines] of sets) {
    if (!lines) continue;
    const n = lines.split('\n').filter((l) => l.trim()).length;
    const tmp = join(BENCH, `check-batch-${out.length}.jsonl`);
    writeFileSync(tmp, lines);
    // one thread (the default, as every round before 28 measured), then one per core (`--jobs`)
    const cli = await timedRun(NODE, [CLI, 'check', '--batch', tmp, '--jobs', '1', '--dir', ROOT], { timeoutMs: 600_000 });
    const jobs = await timedRun(NODE, [CLI, 'check', '--batch', tmp, '--jobs', String(availableParallelism()), '--dir', ROOT], { timeoutMs: 600_000 });
    const inproc = await inProcess(tmp);
    const { batchThreads } = await import(join(ROOT, 'dist', 'check', 'batch-jobs.js'));
    const threads = batchThreads(availableParallelism(), n);
    out.push({ set: name, claims: n, cliMs: cli.ms, cliPerS: n / (cli.ms / 1000), jobsMs: jobs.ms, jobsPerS: n / (jobs.ms / 1000), threads, ...inproc, exitCode: cli.code || jobs.code });
  }
  return out;
}

async function inProcess(file) {
  const { loadGraphStore } = await import(join(ROOT, 'dist', 'graph', 'index.js'));
  const { checkClaim, loadCheckContext } = await import(join(ROOT, 'dist', 'check', 'index.js'));
  const store = await loadGraphStore(ROOT);
  const t0 = performance.now();
  const context = loadCheckContext(store, { dir: ROOT });
  const claims = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l).claim);
  await checkClaim(store, claims[0], { context }).catch(() => {});
  const ctxMs = performance.now() - t0;
  const t1 = performance.now();
  for (const c of claims) await checkClaim(store, c, { context }).catch(() => {});
  const ms = performance.now() - t1;
  return { contextMs: ctxMs, inProcessPerS: claims.length / (ms / 1000) };
}

/** A claim phrased from a claim node with the property's first lexicon pattern (no optional parts, first choices). */
function phrase(pattern, s, o) {
  let p = pattern.replace(/\[[^\]]*\]/g, ' ');
  while (/\(([^()|]*)(\|[^()]*)?\)/.test(p)) p = p.replace(/\(([^()|]*)(\|[^()]*)?\)/, '$1');
  if (/\{(?!s\}|o\})[^}]*\}/.test(p)) return undefined;
  return `${p.replace('{s}', s).replace('{o}', o).replace(/\s+/g, ' ').trim()}.`;
}

/** Figure 3: warm checks on a generated corpus. */
export async function warmCheck(size) {
  const dir = join(BENCH, `corpus-${size}`);
  if (!existsSync(join(dir, 'graph', 'claimgraph.ttl'))) {
    const sizes = { '10k': 10_000, '100k': 100_000, '1M': 1_000_000 };
    const { generateCorpus } = await import(join(ROOT, 'dist', 'corpus', 'generate.js'));
    generateCorpus({ dir, articles: Math.max(2, Math.round(sizes[size] / 1120)), seed: 'claimgraph-bench', projectRoot: ROOT });
    const b = await timedRun(NODE, [CLI, 'build', '--dir', dir], { timeoutMs: 1_200_000 });
    if (b.code !== 0) throw new Error(`build of ${dir} failed: ${b.stderr.slice(0, 300)}`);
  }
  const { loadGraphStore } = await import(join(ROOT, 'dist', 'graph', 'index.js'));
  const { checkClaim, loadCheckContext } = await import(join(ROOT, 'dist', 'check', 'index.js'));
  const N3 = (await import('n3')).default;
  const t0 = performance.now();
  const store = await loadGraphStore(dir);
  const loadMs = performance.now() - t0;
  const context = loadCheckContext(store, { dir });
  const lex = new N3.Store(new N3.Parser().parse(readFileSync(join(dir, 'ontology', 'lexicon.ttl'), 'utf8')));
  const CG = 'https://w3id.org/claimgraph/ontology#';
  const label = (iri) => store.getObjects(iri, 'http://www.w3.org/2000/01/rdf-schema#label', null)[0]?.value;
  const claims = [];
  for (const node of store.getSubjects('http://www.w3.org/1999/02/22-rdf-syntax-ns#type', `${CG}Claim`, null)) {
    const s = store.getObjects(node, 'http://www.w3.org/1999/02/22-rdf-syntax-ns#subject', null)[0];
    const p = store.getObjects(node, 'http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate', null)[0];
    const o = store.getObjects(node, 'http://www.w3.org/1999/02/22-rdf-syntax-ns#object', null)[0];
    if (!s || !p || !o || o.termType !== 'NamedNode' || !label(s.value) || !label(o.value)) continue;
    const pat = lex.getObjects(p, `${CG}lexicalPattern`, null).map((x) => x.value).sort()[0];
    const text = pat && phrase(pat, label(s.value), label(o.value));
    if (text) claims.push(text);
    if (claims.length >= 400) break;
  }
  const pick = claims.filter((_, i) => i % Math.max(1, Math.floor(claims.length / 40)) === 0).slice(0, 40);
  const t1 = performance.now();
  await checkClaim(store, pick[0], { context }).catch(() => {});
  const firstMs = performance.now() - t1;
  const times = [];
  const verdicts = {};
  for (const c of pick.slice(1)) {
    const t = performance.now();
    const r = await checkClaim(store, c, { context }).catch((e) => ({ verdict: e.code ?? 'ERROR' }));
    times.push(performance.now() - t);
    verdicts[r.verdict] = (verdicts[r.verdict] ?? 0) + 1;
  }
  return { size, triples: store.size, loadMs, firstMs, warmMedianMs: median(times), warmMaxMs: Math.max(...times), checks: times.length, verdicts };
}

export function format(r) {
  const out = [];
  if (r.cold) out.push(`== check: seed graph, one claim from process start\n${fmt(r.cold.medianMs)} (median of ${r.cold.runs} after one warm-up; bare \`node -e ''\` ${fmt(r.cold.nodeStartMs)})${r.cold.exitCode ? `, exit ${r.cold.exitCode}` : ''}`);
  for (const b of r.batch ?? []) {
    out.push(`== check --batch --jobs 1, seed graph, ${b.set}: ${b.claims} claims in ${fmt(b.cliMs)} from process start = ${b.cliPerS.toFixed(1)} claims/s; in-process after load: ${b.inProcessPerS.toFixed(1)} claims/s (context ${fmt(b.contextMs)})`);
    out.push(`== check --batch --jobs ${b.threads} (worker threads, one per core), seed graph, ${b.set}: ${b.claims} claims in ${fmt(b.jobsMs)} from process start = ${b.jobsPerS.toFixed(1)} claims/s`);
  }
  for (const w of r.warm ?? []) out.push(`== check, warm, ${w.size} corpus (${w.triples} triples): median ${fmt(w.warmMedianMs)}, max ${fmt(w.warmMaxMs)} over ${w.checks} checks; first check ${fmt(w.firstMs)} (indexes), load ${fmt(w.loadMs)}; verdicts ${JSON.stringify(w.verdicts)}`);
  return `${out.join('\n')}\n`;
}

/** Everything above, as `npm run bench` and the stand-alone run print it. */
export async function benchCheck(sizes = (process.env.BENCH_CHECK_SIZES ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
  const r = { cold: await coldCheck(), batch: await batchThroughput(), warm: [] };
  for (const s of sizes) r.warm.push(await warmCheck(s));
  return r;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const r = await benchCheck();
  process.stdout.write(format(r));
  process.stdout.write(`JSON: ${JSON.stringify(r)}\n`);
}
