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
import { parentPort, workerData } from 'node:worker_threads';
import N3 from 'n3';
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

function nquadsStore(nquads: string): N3.Store {
  const store = new N3.Store();
  store.addQuads(new N3.Parser({ format: 'application/n-quads' }).parse(nquads));
  return store;
}

async function main(): Promise<void> {
  const port = parentPort!;
  const init = workerData as WorkerInit;
  enableCompileCache();
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
  };
  // the first query builds the engine (Comunica's modules, the store's query source): before
  // the worker says it is ready, so no request pays for it
  const warm = 'ASK { ?s ?p ?o }';
  await runParsedQuery(graph, parseQuery(warm), warm);
  // requests are parsed in this thread: traqula's parser is built now (the warm query may have
  // come from the query cache without it), not during the first request
  warmQueryParser();

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
      port.postMessage({ id: req.id, ...reply } satisfies WorkerResponse);
    });
  });
  port.postMessage({ id: -1, ready: true, triples: graph.size } satisfies WorkerResponse);
}

main().catch((err: unknown) => {
  parentPort!.postMessage({ id: -1, failed: err instanceof Error ? err.message : String(err) } satisfies WorkerResponse);
});
