/**
 * A fresh process's answer from a large graph's index, hedged: the query runs over the index
 * (src/index-store), and if it is still running after a short while, the Turtle is also loaded
 * into Oxigraph in a worker thread, which answers the same query; whichever answers first is
 * used and the other is stopped.
 *
 * Why: over the index, a selective query (members-of, its citations) answers in milliseconds,
 * 16x faster from a fresh process than loading the Turtle; a query joining every claim
 * (claims-per-sentence, money-per-country) takes 3-20 s there, against ~7 s for Oxigraph to load
 * the Turtle and answer in under a second (bench, 1M triples, 2026-12-03). A query's shape does
 * not tell which it is before running it; its first few hundred milliseconds do. The previous
 * design (give up on the index after a CPU budget, then load) spent the budget, then the load,
 * one after the other, in one thread, and its budget timer starved behind Comunica's promise
 * chains (claims-per-sentence took 22.6 s where Oxigraph took 8.9 s).
 *
 * Both answers are put in the canonical order of src/query/once.ts, so the output does not
 * depend on which engine was first. That holds only for answers SPARQL fixes: a query whose
 * answer leaves a choice to the engine (a LIMIT among tied rows, an ORDER BY expression's ties,
 * SAMPLE: src/query/determined.ts) is answered by the index alone, and an answer of the loaded
 * graph whose ORDER BY values each engine orders its own way is set aside for the index's. The
 * index is the reference: the rows are then those of `--store index` (in canonical order). An error is
 * the index's (positioned as any other), unless the loaded graph answered; a failing worker is
 * passed over (the index goes on).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Query } from '@traqula/rules-sparql-1-2';
import type { IndexGraph } from '../index-store/index.js';
import type { OntologySource } from './cite/index.js';
import { answerDetermined, engineFreeOrder } from './determined.js';
import { answerRequest, fromWire, parseRequest, type OnceAnswer, type OnceRequest, type WireAnswer } from './once.js';

/**
 * CPU time (ms) the query runs over the index alone before the loaded graph is started beside
 * it (the first query of a process includes setting up Comunica). Why 400: the bench's selective
 * queries take 1-20 ms over the index at 1M triples, their citations too; negative-claims and
 * parade-attendance --cite 0.3-0.5 s; the heavy ones seconds, against ~7 s for the load. CPU time rather than wall time: on a busy
 * machine a selective query waits for the processor without being heavy.
 */
export const HEDGE_AFTER_MS = 400;

/**
 * The hedge also starts after this many times `afterMs` of wall time: on a busy machine a heavy
 * query gets its CPU time slowly, and waiting for it would delay the load by seconds; a selective
 * query that waits that long for the processor only starts a worker it stops at its answer.
 */
const WALL_FACTOR = 4;

/** What the worker thread is given. */
export interface HedgeWorkerData {
  dir: string;
  req: OnceRequest;
  /** Query the ontology with the data (as the index held it beside the data). */
  ontology: boolean;
}

/** What the worker thread answers. */
export type HedgeWorkerReply = { ok: true; answer: WireAnswer } | { ok: false; message: string };

/** Options of {@link answerHedged}. */
export interface HedgeOptions {
  /** CPU time (ms) before the loaded graph is started (default {@link HEDGE_AFTER_MS}); 0 starts it at once. */
  afterMs?: number;
  /** Told when the loaded graph is started beside the index, or why it is not (the index answers alone). */
  notice?: (message: string) => void;
  /** The ontology for --cite's axioms. */
  ontology?: OntologySource;
  /** Query the ontology with the data in the loaded graph (default: whether the index holds it beside the data). */
  withOntology?: boolean;
  /** The query, already parsed (else parsed from the request). */
  ast?: Query;
  /**
   * The index's side of the race (default: `answerRequest` over the index, in canonical order).
   * Tests hold it back to see the loaded graph's answer used.
   */
  onIndex?: (graph: IndexGraph) => Promise<OnceAnswer>;
}

/** Which graph gave the answer. */
export type HedgeWinner = 'index' | 'loaded';

/** What {@link answerHedged} answers. */
export interface HedgedAnswer {
  answer: OnceAnswer;
  winner: HedgeWinner;
  /** The slower side was left to end (the process need not wait for it). */
  leftRunning: boolean;
  /** Why the index answered alone, when the query's answer leaves a choice to the engine (src/query/determined.ts). */
  indexOnly?: string;
}

/**
 * Answers a request over a graph's index, hedged with the graph loaded into Oxigraph in a
 * worker thread after `afterMs` of CPU time; the answer is in canonical order either way.
 *
 * @example
 * ```ts
 * const graph = await loadQueryGraph(dir, { use: 'once' });
 * if (isIndexGraph(graph)) ({ answer } = await answerHedged(dir, graph, req, { ontology }));
 * ```
 */
export async function answerHedged(dir: string, graph: IndexGraph, req: OnceRequest, opts: HedgeOptions = {}): Promise<HedgedAnswer> {
  const ast = opts.ast ?? parseRequest(req);
  const onIndex = opts.onIndex ? opts.onIndex(graph) : answerRequest(graph, req, opts.ontology, true, ast);
  // an answer SPARQL leaves open is the index's alone: which engine is first must not choose it
  const fixed = answerDetermined(ast);
  const indexOnly = fixed.determined ? undefined : fixed.reason;
  let worker: Worker | undefined;
  let timer: NodeJS.Timeout | undefined;
  const afterUs = (opts.afterMs ?? HEDGE_AFTER_MS) * 1000;
  const start = process.cpuUsage();
  const started = performance.now();
  // settles with the loaded graph's answer; never rejects (a failing worker is passed over)
  const loaded = new Promise<OnceAnswer | undefined>((resolve) => {
    const begin = () => {
      if (indexOnly !== undefined) {
        opts.notice?.(`answering from the graph's index alone, not racing it with graph/claimgraph.ttl loaded: ${indexOnly}, so the output would depend on which engine answered first (--store oxigraph answers from the loaded graph instead)`);
        resolve(undefined);
        return;
      }
      opts.notice?.('the query joins more of the graph than its index answers quickly; loading graph/claimgraph.ttl beside it, the first answer is used');
      const data: HedgeWorkerData = { dir, req, ontology: opts.withOntology ?? graph.hasExtra };
      worker = new Worker(workerUrl(), { workerData: data });
      worker.once('message', (m: HedgeWorkerReply) => resolve(m.ok ? fromWire(m.answer) : undefined));
      worker.once('error', () => resolve(undefined));
      worker.once('exit', () => resolve(undefined));
    };
    const check = () => {
      const used = process.cpuUsage(start);
      if (used.user + used.system >= afterUs || performance.now() - started >= afterUs / 1000 * WALL_FACTOR) begin();
      else timer = setTimeout(check, Math.min(50, Math.max(1, (afterUs - used.user - used.system) / 1000)));
    };
    if (afterUs <= 0) begin();
    else timer = setTimeout(check, Math.min(50, afterUs / 1000));
  });
  const stopWorker = () => {
    clearTimeout(timer);
    void worker?.terminate();
  };
  try {
    const first = await Promise.race([
      onIndex.then((answer) => ({ answer, winner: 'index' as const }), (err: unknown) => ({ err })),
      loaded.then((answer) => (answer ? { answer, winner: 'loaded' as const } : undefined)),
    ]);
    if (first && 'winner' in first && first.winner === 'loaded') {
      const rows = first.answer.result.type === 'bindings' ? first.answer.result.rows : [];
      if (!engineFreeOrder(ast, rows)) {
        // values each engine orders its own way (a number beside a string): the index's order is the one printed
        opts.notice?.('the loaded graph answered first, but its ORDER BY compares values SPARQL leaves to the engine to order (numbers beside strings, language-tagged strings, dates...): waiting for the index\'s answer, so the output is the same on every run');
        stopWorker();
        try {
          return { answer: await onIndex, winner: 'index', leftRunning: false };
        } catch {
          // the index failed (as it would on every run): the loaded graph's answer
          return { ...first, leftRunning: false };
        }
      }
      // the index's evaluation is left to end: its look-ups match nothing from now on
      graph.abandon();
      onIndex.catch(() => undefined);
      return { ...first, leftRunning: true };
    }
    if (first && 'answer' in first) return { ...first, leftRunning: !!worker, ...(indexOnly !== undefined ? { indexOnly } : {}) };
    if (first && 'err' in first) {
      // the index failed: the loaded graph's answer, when one is coming, else the index's error
      if (!worker) throw first.err;
      const answer = await loaded;
      if (answer) return { answer, winner: 'loaded', leftRunning: true };
      throw first.err;
    }
    // the worker failed, or was not started (the index answers alone)
    return { answer: await onIndex, winner: 'index', leftRunning: false, ...(indexOnly !== undefined ? { indexOnly } : {}) };
  } finally {
    stopWorker();
  }
}

function workerUrl(): URL {
  // from the bundle in dist/cli/ (scripts/bundle.mjs), its own entry: it shares the chunks
  // already compiled rather than import ~100 modules of dist/ (seconds on a busy machine)
  const bundled = new URL('./main.bundle-hedge-worker.mjs', import.meta.url);
  if (existsSync(fileURLToPath(bundled))) return bundled;
  // ../query/ rather than ./ so the path also holds from dist/cli/
  const js = new URL('../query/hedge-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(js))) return js;
  // running from the TypeScript sources (tests): the worker installs a loader for the rest
  return new URL('./hedge-worker.ts', import.meta.url);
}
