/**
 * The body of a query worker thread (started through `worker.ts`): loads the graph once, then
 * answers one job at a time with the handlers of `jobs.ts`.
 *
 * Why threads: everything a request contains is parsed, run and serialized here, so the HTTP
 * thread never computes on request content, and a request that runs too long is stopped by
 * terminating its thread (destroying a Comunica result stream does not stop an aggregate that
 * is still consuming its input; a parse or an Oxigraph evaluation cannot be interrupted at
 * all). The server then starts a fresh worker.
 *
 * Cache writes of a job (parsed queries, src/cache-dir.ts) are held until it has succeeded:
 * a refused or failed request leaves nothing in the cache.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import N3 from 'n3';
import { GRAPH_FILE, ONTOLOGY_FILE } from '../graph/index.js';
import { beginCacheTransaction, enableCompileCache } from '../cache-dir.js';
import { listNamedQueries, loadQueryGraph, OXIGRAPH_FROM_BYTES, OxigraphGraph, parseQuery, resolveNamedQuery, runParsedQuery, warmQueryParser, type QuerySourceGraph } from '../query/index.js';
import { JOB_HANDLERS, checkStoreLoader, replyForError } from './jobs.js';
import type { JobHandler, WorkerContext } from './jobs.js';
import type { JobReply, WorkerInit, WorkerRequest, WorkerResponse } from './types.js';

async function loadGraph(init: WorkerInit): Promise<QuerySourceGraph> {
  if (init.nquads !== undefined) {
    const useN3 = init.storeKind === 'n3' || (init.storeKind === 'auto' && init.nquads.length < OXIGRAPH_FROM_BYTES);
    if (!useN3) return await OxigraphGraph.fromTurtle(init.nquads, 'application/n-quads');
    const store = new N3.Store();
    store.addQuads(new N3.Parser({ format: 'application/n-quads' }).parse(init.nquads));
    return store;
  }
  return await loadQueryGraph(init.dir!, { store: init.storeKind });
}

/** Size, inode and modification time of the files a worker answers from (`-` for a missing one). */
function stamps(dir: string): string {
  return [GRAPH_FILE, ONTOLOGY_FILE].map((f) => {
    try {
      const st = statSync(join(dir, f));
      return `${st.ino}:${st.size}:${st.mtimeMs}`;
    } catch {
      return '-';
    }
  }).join(' ');
}

/**
 * What the worker answers from, hashed (SHA-256): the graph and the ontology as loaded, and the
 * named queries. The server's answer cache (answers.ts) keys answers by it, so an answer is never
 * served from another graph. `undefined` when the files changed while the worker loaded them
 * (which content was loaded cannot be told): its answers are not cached.
 */
function graphIdentity(init: WorkerInit, named: Map<string, { sparql: string }>, before: string | undefined): string | undefined {
  const hash = createHash('sha256');
  if (init.nquads !== undefined) hash.update(init.nquads);
  if (init.dir) {
    if (init.nquads === undefined) {
      for (const f of [GRAPH_FILE, ONTOLOGY_FILE]) {
        try {
          hash.update(readFileSync(join(init.dir, f)));
        } catch {
          hash.update('-');
        }
        hash.update('\0');
      }
      if (stamps(init.dir) !== before) return undefined;
    }
  }
  for (const [name, q] of [...named].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) hash.update(`\0${name}\0${q.sparql}`);
  return hash.digest('hex');
}

function nquadsStore(nquads: string): N3.Store {
  const store = new N3.Store();
  store.addQuads(new N3.Parser({ format: 'application/n-quads' }).parse(nquads));
  return store;
}

async function main(): Promise<void> {
  const port = parentPort!;
  const init = workerData as WorkerInit;
  enableCompileCache();
  const before = init.dir && init.nquads === undefined ? stamps(init.dir) : undefined;
  const graph = await loadGraph(init);
  let fromText: N3.Store | undefined;
  const ctx: WorkerContext = {
    graph,
    checkStore: init.nquads !== undefined && graph instanceof OxigraphGraph
      ? async () => (fromText ??= nquadsStore(init.nquads!))
      : checkStoreLoader(graph, init.dir),
    named: new Map(init.dir ? listNamedQueries(init.dir).map((n) => [n, resolveNamedQuery(init.dir!, n)] as const) : []),
    maxResults: init.maxResults,
    ...(init.dir ? { dir: init.dir } : {}),
    ...(init.claimBudgetMs !== undefined ? { claimBudgetMs: init.claimBudgetMs } : {}),
  };
  // the first query builds the engine (Comunica's modules, the store's query source): before
  // the worker says it is ready, so no request pays for it
  const warm = 'ASK { ?s ?p ?o }';
  await runParsedQuery(graph, parseQuery(warm), warm);
  // requests are parsed in this thread: traqula's parser is built now (the warm query may have
  // come from the query cache without it), not during the first request
  warmQueryParser();
  const identity = graphIdentity(init, ctx.named, before);

  port.on('message', (req: WorkerRequest) => {
    const tx = beginCacheTransaction();
    const handler = JOB_HANDLERS[req.job.kind] as JobHandler | undefined;
    const run = handler ? handler(req.job, ctx) : Promise.reject(new Error(`unknown job kind ${req.job.kind}`));
    void run.then(
      (reply) => reply,
      (err: unknown) => replyForError(err) as JobReply,
    ).then((reply) => {
      if (reply.ok) tx.commit();
      else tx.discard();
      port.postMessage({ id: req.id, ...reply, sentAt: performance.timeOrigin + performance.now() } satisfies WorkerResponse);
    });
  });
  port.postMessage({ id: -1, ready: true, triples: graph.size, ...(identity ? { graph: identity } : {}) } satisfies WorkerResponse);
}

main().catch((err: unknown) => {
  parentPort!.postMessage({ id: -1, failed: err instanceof Error ? err.message : String(err) } satisfies WorkerResponse);
});
