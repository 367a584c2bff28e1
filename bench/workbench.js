#!/usr/bin/env node
// The workbench's pages on a large graph: the entity view of the busiest entity and an article
// view, each timed in headless Chromium against `claimgraph serve` on the ~1M-triple bench
// corpus, warm (the server has answered each page once). The figure is the page's own: the
// User Timing mark `workbench:ready`, which the page sets once its view is drawn on the screen
// (for the entity view: the claims list, then the neighbourhood, each painted), counted from
// navigation start; the entity view's `entity:list` mark (claims on the screen) is shown too.
// Beside it, the time until the driver saw `data-ready` (an observer in the page tells it; no
// polling from inside the page). Each page is a first visit (a browser context of its own, nothing
// cached); one row is a returning browser (one context: the hashed chunks come from its cache).
// Baseline of the same run: the empty check page
// (the script and style alone, no API call). Medians of RUNS.
//
// Run alone: node bench/workbench.js   (BENCH_WORKBENCH_SIZE=10k|100k|1M, default 1M; the corpus
// is generated and built under .bench/ when it is not there, as `npm run bench` does)
import { existsSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';
import { median, ms, timedRun } from './lib.js';
import { chromiumLaunchOptions } from '../scripts/chromium.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.BENCH_WORKBENCH_RUNS ?? 5);
const TARGETS = { '10k': 10_000, '100k': 100_000, '1M': 1_000_000 };
const TRIPLES_PER_ARTICLE = Number(process.env.BENCH_TRIPLES_PER_ARTICLE ?? 1120);
const log = (...a) => process.stderr.write(`[bench workbench ${new Date().toISOString().slice(11, 19)}] ${a.join(' ')}\n`);

/** The bench corpus of a size, generated and built when missing (the same corpus `npm run bench` makes). */
export async function ensureCorpus(label) {
  const dir = join(ROOT, '.bench', `corpus-${label}`);
  if (existsSync(join(dir, 'graph', 'claimgraph.ttl'))) return dir;
  const api = await import('../dist/index.js');
  const articles = Math.max(2, Math.round(TARGETS[label] / TRIPLES_PER_ARTICLE));
  log(`${label}: generating ${articles} articles`);
  api.generateCorpus({ dir, articles, seed: 'claimgraph-bench', projectRoot: ROOT });
  rmSync(join(dir, 'graph', 'claimgraph.ttl'), { force: true });
  log(`${label}: claimgraph build`);
  const r = await timedRun(process.execPath, [join(ROOT, 'bin', 'claimgraph.js'), 'build', '--dir', dir], { timeoutMs: 900_000 });
  if (r.code !== 0) throw new Error(`build failed: ${r.stderr.slice(0, 1000)}`);
  return dir;
}

/**
 * Main-thread CPU time of the page's renderer from navigation to a User Timing mark: the thread
 * time (`tdur`) of the renderer main thread's top-level tasks in a Chromium trace. On a shared
 * machine wall times move with the load several-fold; a thread's CPU time far less.
 */
function cpuToMark(events, mark) {
  // (top-level tasks are `RunTask` in Chromium's traces; older versions named them `ThreadControllerImpl::RunTask`)
  const at = events.find((e) => e.name === mark && e.cat?.includes('user_timing'));
  if (!at) return undefined;
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === at.pid);
  if (!main) return undefined;
  let us = 0;
  let tasks = 0;
  for (const e of events) {
    if (e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && e.tdur !== undefined && e.ts <= at.ts) {
      us += e.tdur;
      tasks++;
    }
  }
  // no task seen: the trace's format changed, so say nothing rather than 0 ms
  return tasks > 0 ? us / 1000 : undefined;
}

/** CPU time (ms) of Chromium's WebUI renderers in a trace: 0 while its UI stays off (see BROWSER_UI_OFF in scripts/chromium.mjs). */
function browserUiCpu(events) {
  const ui = new Set(events.filter((e) => e.name === 'process_name' && /WebUI/.test(e.args?.name ?? '')).map((e) => e.pid));
  let us = 0;
  for (const e of events) if (ui.has(e.pid) && e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && e.tdur !== undefined) us += e.tdur;
  return us / 1000;
}

/**
 * Resolves in the page once `body[data-ready]` is set: one observer, woken by the attribute.
 * Not playwright's `waitForSelector`, which polls from inside the page with its own selector
 * engine walking the document (0, 20, 50, 100, 100 ms, then every 500 ms): on the busiest
 * entity's page that was tens of milliseconds of the page's main thread, counted in its figures.
 */
function readyInPage() {
  return new Promise((resolve) => {
    const state = () => document.body?.dataset.ready;
    if (state()) return resolve(state());
    const seen = new MutationObserver(() => {
      if (!state()) return;
      seen.disconnect();
      resolve(state());
    });
    seen.observe(document.documentElement, { attributes: true, subtree: true, attributeFilter: ['data-ready'] });
  });
}

/** A page of its own browser context (a first visit: nothing cached), or of `context` (a returning browser). */
async function timePage(browser, url, context) {
  const page = context ? await context.newPage() : await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'] });
  const t0 = process.hrtime.bigint();
  await page.goto(url, { waitUntil: 'commit' });
  let timer;
  await Promise.race([page.evaluate(readyInPage), new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`${url}: not ready after 60 s`)), 60_000); })]).finally(() => clearTimeout(timer));
  const seen = ms(t0);
  // the entity view builds the cards below the fold once it is ready: wait for them too (after
  // the ready mark, so its figures are not touched), to say when the whole list was built
  await page.waitForFunction(() => document.querySelector('.claims-col')?.getAttribute('data-ready') !== null || !document.querySelector('.claims-col'), undefined, { timeout: 60_000 });
  const trace = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
  const cpuMs = cpuToMark(trace, 'workbench:ready');
  const cpuListMs = cpuToMark(trace, 'entity:list');
  const browserUiMs = browserUiCpu(trace);
  const marks = await page.evaluate(() => ({
    state: document.body.dataset.ready,
    ready: performance.getEntriesByName('workbench:ready')[0]?.startTime,
    list: performance.getEntriesByName('entity:list')[0]?.startTime,
    complete: performance.getEntriesByName('entity:complete')[0]?.startTime,
  }));
  await page.close();
  if (marks.state !== 'true') errors.push(`the page says ${marks.state}`);
  if (marks.ready === undefined) errors.push('no workbench:ready mark');
  if (errors.length) throw new Error(`${url}: ${errors.join('; ')}`);
  return { ms: marks.ready, listMs: marks.list, completeMs: marks.complete, seenMs: seen, cpuMs, cpuListMs, browserUiMs };
}

async function timeApi(url) {
  const t0 = process.hrtime.bigint();
  const res = await fetch(url);
  const body = await res.arrayBuffer();
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status} ${Buffer.from(body).toString().slice(0, 300)}`);
  return { ms: ms(t0), bytes: body.byteLength };
}

async function measure(browser, url, api, context) {
  await timePage(browser, url, context); // warm: the server's caches (and a returning browser's)
  const pages = [];
  const apis = [];
  for (let i = 0; i < RUNS; i++) {
    pages.push(await timePage(browser, url, context));
    apis.push(await timeApi(api));
  }
  const lists = pages.map((p) => p.listMs).filter((x) => x !== undefined);
  const completes = pages.map((p) => p.completeMs).filter((x) => x !== undefined);
  const cpus = pages.map((p) => p.cpuMs).filter((x) => x !== undefined);
  const cpuLists = pages.map((p) => p.cpuListMs).filter((x) => x !== undefined);
  return {
    ...(cpus.length ? { cpuMs: median(cpus) } : {}),
    ...(cpuLists.length ? { cpuListMs: median(cpuLists) } : {}),
    pageMs: median(pages.map((p) => p.ms)),
    maxPageMs: Math.max(...pages.map((p) => p.ms)),
    ...(lists.length ? { listMs: median(lists) } : {}),
    ...(completes.length ? { completeMs: median(completes) } : {}),
    seenMs: median(pages.map((p) => p.seenMs)),
    // Chromium's UI's CPU beside the timed pages (0 unless BROWSER_UI_OFF stopped working)
    browserUiMs: Math.max(...pages.map((p) => p.browserUiMs)),
    apiMs: median(apis.map((a) => a.ms)),
    apiBytes: apis[0].bytes,
  };
}

/**
 * Times the entity view of the busiest entity and the article view of the article with most
 * claims on a built project; returns the figures (and prints a table).
 */
export async function benchWorkbench(dir, label) {
  const { startServer } = await import('../dist/serve/index.js');
  const { chromium } = await import('playwright-core');
  let t0 = process.hrtime.bigint();
  const server = await startServer({ dir, port: 0, workers: 1, timeoutMs: 900_000, log: () => {} });
  const startMs = ms(t0);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    // the busiest entity, asked as a user would, through the endpoint
    const q = 'PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> SELECT ?e (COUNT(?c) AS ?n) WHERE { { ?c rdf:subject ?e } UNION { ?c rdf:object ?e } FILTER(isIRI(?e)) } GROUP BY ?e ORDER BY DESC(?n) ?e LIMIT 1';
    const busy = await (await fetch(`${server.endpoint}?query=${encodeURIComponent(q)}`, { headers: { Accept: 'application/sparql-results+json' } })).json();
    const entity = busy.results.bindings[0].e.value;
    const claims = Number(busy.results.bindings[0].n.value);
    // the first workbench request starts the task thread, which loads the graph
    t0 = process.hrtime.bigint();
    const warm = await fetch(new URL('/api/articles?limit=1', server.url));
    if (!warm.ok) throw new Error(`/api/articles: HTTP ${warm.status} ${await warm.text()}`);
    const firstApiMs = ms(t0);
    const list = await (await fetch(new URL('/api/articles?limit=200', server.url))).json();
    let biggest = list.articles[0];
    for (let offset = 0; offset < list.total; offset += 200) {
      const page = offset === 0 ? list : await (await fetch(new URL(`/api/articles?limit=200&offset=${offset}`, server.url))).json();
      for (const a of page.articles) if (a.claims > biggest.claims) biggest = a;
    }
    const entityPath = `/resource?iri=${encodeURIComponent(entity)}`;
    const entityUrl = (await fetch(new URL(entityPath, server.url), { redirect: 'manual' })).headers.get('location');
    const base = server.url.replace(/\/$/, '');
    log(`${label}: server up in ${(startMs / 1000).toFixed(1)} s (${server.triples} triples); busiest entity ${entity} (${claims} claims); largest article ${biggest.id} (${biggest.claims} claims)`);
    const baseline = await measure(browser, `${base}/check`, `${base}/api/`);
    // the API call the page makes (its first page of each claim group, 3 sources per claim:
    // src/web/entity-api.ts entityViewUrl)
    const entityView = await measure(browser, `${base}${entityUrl}`, `${base}/api${entityUrl.replace(/#.*/, '')}?perGroup=5&sources=3`);
    const articleView = await measure(browser, `${base}/articles/${encodeURIComponent(biggest.id)}`, `${base}/api/articles/${encodeURIComponent(biggest.id)}`);
    // a returning browser: one context for every page, so the content-hashed chunks come from its cache
    const returning = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const entityReturning = await measure(browser, `${base}${entityUrl}`, `${base}/api${entityUrl.replace(/#.*/, '')}?perGroup=5&sources=3`, returning);
    await returning.close();
    const result = { size: label, triples: server.triples, serverStartMs: startMs, firstApiMs, entity, entityClaims: claims, article: biggest.id, articleClaims: biggest.claims, runs: RUNS, baseline, entityView, entityReturning, articleView };
    const f = (x) => `${Math.round(x)} ms`;
    const cpu = (v, k = 'cpuMs') => (v[k] === undefined ? '?' : f(v[k]));
    const head = ['view', 'ready (median)', 'max', 'claims on screen', 'all cards built', 'main-thread CPU to ready (to claims)', 'driver saw it', 'API (median)', 'API size'];
    const rows = [
      ['baseline: empty check page (bundle only)', f(baseline.pageMs), f(baseline.maxPageMs), '-', '-', cpu(baseline), f(baseline.seenMs), '-', '-'],
      [`entity view, busiest entity (${claims} claims): list, then neighbourhood drawn`, f(entityView.pageMs), f(entityView.maxPageMs), f(entityView.listMs), entityView.completeMs === undefined ? '-' : f(entityView.completeMs), `${cpu(entityView)} (${cpu(entityView, 'cpuListMs')})`, f(entityView.seenMs), f(entityView.apiMs), `${(entityView.apiBytes / 1024).toFixed(0)} KB`],
      ['entity view, same, returning browser (chunks cached)', f(entityReturning.pageMs), f(entityReturning.maxPageMs), f(entityReturning.listMs), entityReturning.completeMs === undefined ? '-' : f(entityReturning.completeMs), `${cpu(entityReturning)} (${cpu(entityReturning, 'cpuListMs')})`, f(entityReturning.seenMs), f(entityReturning.apiMs), `${(entityReturning.apiBytes / 1024).toFixed(0)} KB`],
      [`article view, largest article (${biggest.claims} claims)`, f(articleView.pageMs), f(articleView.maxPageMs), '-', '-', cpu(articleView), f(articleView.seenMs), f(articleView.apiMs), `${(articleView.apiBytes / 1024).toFixed(0)} KB`],
    ];
    const widths = head.map((_, i) => Math.max(...[head, ...rows].map((r) => String(r[i]).length)));
    const line = (r) => `| ${r.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
    const load = (await import('node:os')).loadavg().map((x) => x.toFixed(2)).join(' ');
    process.stdout.write(`\n== Workbench pages, ${label} corpus (${server.triples} triples), warm server, headless Chromium, median of ${RUNS}; load average ${load}\n`);
    process.stdout.write('ready = the page\'s workbench:ready mark (navigation start to the view drawn on the screen); main-thread CPU = the renderer main thread\'s CPU time until that mark (Chromium trace; contention inflates it far less than wall time); all cards built = the entity view\'s entity:complete mark (the cards of the groups below the fold are built once the view is ready); driver saw it = until the driver saw data-ready (an observer in the page, no polling); each page is a first visit (a browser context of its own) but the returning browser\'s\n');
    process.stdout.write(`${[line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n')}\n`);
    process.stdout.write(`target: each view ready in < 1 s (first visits): ${entityView.pageMs < 1000 && articleView.pageMs < 1000 ? 'MET' : 'NOT MET'} (first API call after start, thread start and graph load included: ${f(firstApiMs)})\n`);
    const ui = Math.max(baseline.browserUiMs, entityView.browserUiMs, entityReturning.browserUiMs, articleView.browserUiMs);
    if (ui > 0) process.stdout.write(`WARNING: Chromium's own UI (a WebUI renderer) ran ${f(ui)} of CPU beside a timed page: BROWSER_UI_OFF in scripts/chromium.mjs no longer keeps it off\n`);
    result.loadAverage = load;
    return result;
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 22 || (major === 22 && minor < 19)) {
    const r = spawnSync(join(ROOT, 'node_modules', 'node', 'bin', 'node'), [fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
    process.exit(r.status ?? 1);
  }
  const label = process.env.BENCH_WORKBENCH_SIZE ?? '1M';
  const dir = await ensureCorpus(label);
  const r = await benchWorkbench(dir, label);
  process.stdout.write(`\nJSON:\n${JSON.stringify(r)}\n`);
  process.exit(0);
}
