#!/usr/bin/env node
// `npm run conformance`: the W3C SPARQL 1.0 and 1.1 query-evaluation and syntax suites
// (tests/fixtures/w3c) through every claimgraph path and each engine run directly, compared
// with the expected results; `-- --fuzz N [--seed S]`: N generated queries through the same
// paths and engines (conformance/fuzz.js). Exit 1 on any failure that is claimgraph's own (one
// its engine alone does not have). `--markdown` prints the table for docs/conformance.md,
// `--verbose` every failure, `--only TEXT` the tests whose id contains TEXT; with --fuzz,
// `--from I` starts at query I (to run a range of a long run again).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readManifest, SUITES } from './manifest.js';
import { engineOf, loadDataset, PATHS, runEngine, runPath } from './paths.js';
import { readExpected, readRdf, sameResult } from './results.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const W3C = join(root, 'tests/fixtures/w3c');
const ENGINES = ['comunica', 'oxigraph'];
const TIMEOUT_MS = 30_000;

function arg(name) {
  const i = process.argv.indexOf(name);
  return i < 0 ? undefined : process.argv[i + 1];
}
const flags = new Set(process.argv.slice(2));

/** A short test name: its folder and fragment (`aggregates/agg-multiple-having`). */
function shortId(t) {
  const m = /([^/]+)\/manifest(?:\.ttl)?#(.+)$/.exec(t.id);
  return m ? `${m[1]}/${m[2]}` : t.id;
}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([promise, new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`${what}: no answer in ${ms} ms`)), ms); })]).finally(() => clearTimeout(timer));
}

async function attempt(fn, what) {
  try {
    return { value: await withTimeout(fn(), TIMEOUT_MS, what) };
  } catch (err) {
    return { error: (err?.message ?? String(err)).split('\n')[0] };
  }
}

/** Variables an ORDER BY mentions (the rows' order is checked on them). */
function orderVariables(text) {
  const m = /ORDER\s+BY([\s\S]*?)(LIMIT|OFFSET|VALUES|$)/i.exec(text.replace(/#[^\n]*/g, ''));
  return m ? [...new Set([...m[1].matchAll(/[?$]([A-Za-z0-9_]+)/g)].map((x) => x[1]))] : [];
}

/** Files the query names with FROM / FROM NAMED, loaded as named graphs under their IRIs. */
function datasetFiles(text, queryFile) {
  const out = [];
  for (const m of text.replace(/#[^\n]*/g, '').matchAll(/FROM\s+(?:NAMED\s+)?<([^>]*)>/gi)) {
    const iri = new URL(m[1], pathToFileURL(queryFile)).href;
    if (iri.startsWith('file:')) out.push(iri);
  }
  return [...new Set(out)];
}

function newTally() {
  return { run: 0, passed: 0, failed: 0, own: 0, ownTests: [], failedTests: [] };
}

async function evaluation(tests, tally, engineTally, failures, stores) {
  for (const t of tests) {
    const text = readFileSync(t.query, 'utf8');
    const base = pathToFileURL(t.query).href;
    let quads;
    let expected;
    try {
      quads = [
        ...(t.data ?? []).flatMap((f) => readRdf(f)),
        ...(t.graphData ?? []).flatMap((f) => readRdf(f, pathToFileURL(f).href)),
        ...datasetFiles(text, t.query).filter((iri) => !(t.graphData ?? []).some((f) => pathToFileURL(f).href === iri)).flatMap((iri) => readRdf(fileURLToPath(iri), iri)),
      ];
      expected = await readExpected(t.result);
    } catch (err) {
      failures.push({ test: shortId(t), path: 'harness', why: `cannot read the test: ${err.message}` });
      continue;
    }
    const data = await loadDataset(quads);
    const orderBy = orderVariables(text);
    const engineOk = {};
    for (const engine of ENGINES) {
      const r = await attempt(() => runEngine(engine, data, text, base, expected.type), engine);
      const verdict = r.error ? { ok: false, why: r.error } : sameResult(expected, r.value, orderBy, t.lax);
      engineOk[engine] = verdict.ok;
      const tl = engineTally[engine];
      tl.run++;
      if (verdict.ok) tl.passed++;
      else {
        tl.failed++;
        tl.failedTests.push({ test: shortId(t), name: t.name, why: verdict.why });
      }
    }
    const answers = {};
    for (const path of PATHS) {
      const r = await attempt(() => runPath(path, data, text, base), path.name);
      answers[path.name] = r;
      const verdict = r.error ? { ok: false, why: r.error } : sameResult(expected, r.value, orderBy, t.lax);
      const tl = tally[path.name];
      tl.run++;
      if (verdict.ok) {
        tl.passed++;
        continue;
      }
      tl.failed++;
      tl.failedTests.push({ test: shortId(t), why: verdict.why });
      if (engineOk[engineOf(path, text, base).engine]) {
        tl.own++;
        tl.ownTests.push(shortId(t));
        failures.push({ test: shortId(t), path: path.name, why: verdict.why, detail: verdict.detail });
      }
    }
    // the two stores (the graph's size picks one): the same answer?
    const [a, b] = [answers['--store n3'], answers['--store oxigraph']];
    stores.run++;
    const same = a.error || b.error ? !!a.error === !!b.error : sameResult(a.value, b.value, orderBy).ok;
    if (same) stores.passed++;
    else {
      stores.failed++;
      stores.failedTests.push({ test: shortId(t), why: a.error ?? b.error ?? 'different answers' });
    }
  }
}

/**
 * Syntax tests. A query an engine runs (on an empty graph) must run through claimgraph's paths
 * on that engine, with and without --cite; a query both engines' parsers reject must be
 * rejected by claimgraph's parser.
 */
async function syntax(tests, tally, failures) {
  const api = await import('../dist/index.js');
  const { Parser } = await import('@traqula/parser-sparql-1-2');
  const traqula = new Parser();
  const empty = await loadDataset([]);
  for (const t of tests) {
    const text = readFileSync(t.query, 'utf8');
    const base = pathToFileURL(t.query).href;
    const positive = t.kind.startsWith('Positive');
    const tl = tally;
    tl.run++;
    let why;
    let own = false;
    if (positive) {
      for (const path of PATHS.filter((p) => !p.inline)) {
        const used = engineOf(path, text, base).engine;
        const engine = await attempt(() => runEngine(used, empty, text, base), used);
        const ours = await attempt(() => runPath(path, empty, text, base), path.name);
        if (ours.error && !why) why = `${path.name}: ${ours.error}`;
        if (ours.error && !engine.error) {
          own = true;
          why = `${path.name}: ${ours.error} (${used} alone runs it)`;
          break;
        }
      }
    } else {
      let rejected = false;
      try {
        api.parseQuery(text, { baseIRI: base });
      } catch {
        rejected = true;
      }
      const engines = [
        (() => { try { traqula.parse(text, { baseIRI: base }); return true; } catch { return false; } })(),
        (() => { try { empty.ox.query(text, { base_iri: base }); return true; } catch (err) { return !/error at|parsing failed|syntax|expected/i.test(String(err?.message)); } })(),
      ];
      if (!rejected) {
        why = 'accepted';
        own = !engines.some(Boolean);
      }
    }
    if (!why) {
      tl.passed++;
      continue;
    }
    tl.failed++;
    tl.failedTests.push({ test: shortId(t), why });
    if (own) {
      tl.own++;
      tl.ownTests.push(shortId(t));
      failures.push({ test: shortId(t), path: 'syntax', why });
    }
  }
}

function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  return rows.map((r) => r.map((c, i) => String(c).padEnd(widths[i])).join('  ').trimEnd()).join('\n');
}

function markdown(rows) {
  return [`| ${rows[0].join(' | ')} |`, `| ${rows[0].map(() => '---').join(' | ')} |`, ...rows.slice(1).map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

async function main() {
  const fuzz = arg('--fuzz');
  if (fuzz !== undefined) {
    const { runFuzz } = await import('./fuzz.js');
    const report = await runFuzz({ count: Number(fuzz), seed: Number(arg('--seed') ?? 1), from: Number(arg('--from') ?? 0), verbose: flags.has('--verbose') });
    process.exit(report.own > 0 ? 1 : 0);
  }
  const only = arg('--only');
  const started = Date.now();
  const failures = [];
  const rows = [['suite', 'path', 'run', 'passed', 'failed', "claimgraph's own"]];
  const engineOnly = [];
  const storeDiffs = [];
  for (const suite of SUITES) {
    const tests = suite.manifests.flatMap((m) => readManifest(join(W3C, m)))
      .filter((t) => t.approval !== 'Withdrawn' && t.approval !== 'Rejected')
      .filter((t) => !only || shortId(t).includes(only));
    const tally = Object.fromEntries(PATHS.map((p) => [p.name, newTally()]));
    const engineTally = Object.fromEntries(ENGINES.map((e) => [e, newTally()]));
    const syntaxTally = newTally();
    const stores = newTally();
    await evaluation(tests.filter((t) => t.kind === 'QueryEvaluationTest'), tally, engineTally, failures, stores);
    storeDiffs.push(...stores.failedTests.map((f) => ({ suite: suite.name, ...f })));
    await syntax(tests.filter((t) => /SyntaxTest/.test(t.kind)), syntaxTally, failures);
    for (const e of ENGINES) {
      const tl = engineTally[e];
      rows.push([suite.name, `${e} alone`, tl.run, tl.passed, tl.failed, '']);
      for (const f of tl.failedTests) engineOnly.push({ suite: suite.name, engine: e, ...f });
    }
    for (const p of PATHS) {
      const tl = tally[p.name];
      rows.push([suite.name, `claimgraph ${p.name}`, tl.run, tl.passed, tl.failed, tl.own]);
    }
    rows.push([suite.name, 'claimgraph parse (syntax tests)', syntaxTally.run, syntaxTally.passed, syntaxTally.failed, syntaxTally.own]);
    rows.push([suite.name, '--store n3 and --store oxigraph agree', stores.run, stores.passed, stores.failed, '']);
  }
  process.stdout.write(`${flags.has('--markdown') ? markdown(rows) : table(rows)}\n`);
  if (flags.has('--markdown')) {
    const byEngine = (e) => engineOnly.filter((f) => f.engine === e).map((f) => `\`${f.test}\``).join(', ');
    process.stdout.write(`\nComunica alone fails: ${byEngine('comunica')}.\n\nOxigraph alone fails: ${byEngine('oxigraph')}.\n`);
    process.stdout.write(`\nThe two stores answer differently: ${storeDiffs.map((f) => `\`${f.test}\``).join(', ')}.\n`);
  }
  const own = failures.filter((f) => f.path !== 'harness');
  if (flags.has('--verbose') || flags.has('--engine-failures')) {
    process.stdout.write('\nFailures of an engine run directly (the same query and data):\n');
    for (const f of engineOnly) process.stdout.write(`  ${f.suite} ${f.engine}: ${f.test} (${f.name}): ${f.why}\n`);
  }
  if (flags.has('--verbose') || flags.has('--engine-failures')) {
    process.stdout.write('\nTests the two stores answer differently:\n');
    for (const f of storeDiffs) process.stdout.write(`  ${f.suite}: ${f.test}: ${f.why}\n`);
  }
  if (failures.length) {
    process.stdout.write(`\nclaimgraph's own failures (its engine alone passes) and harness errors: ${failures.length}\n`);
    for (const f of failures) process.stdout.write(`  ${f.path}: ${f.test}: ${f.why}${f.detail ? ` (${f.detail})` : ''}\n`);
  }
  process.stdout.write(`\n${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  process.exit(failures.length ? 1 : own.length);
}

// An engine that leaves a promise unsettled with nothing left to run would let Node exit 0
// in the middle of the run, printing nothing: that is reported as the failure it is.
process.on('beforeExit', () => {
  process.stderr.write('conformance: the run stopped before its end (a promise never settled)\n');
  process.exit(2);
});

main().catch((err) => {
  process.stderr.write(`${err?.stack ?? err}\n`);
  process.exit(2);
});
