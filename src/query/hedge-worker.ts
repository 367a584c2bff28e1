/**
 * Entry of the hedge's worker thread (src/query/hedge.ts): loads the graph's Turtle into
 * Oxigraph and answers the request, in canonical order, as plain data.
 *
 * Started as `dist/query/hedge-worker.js` from the compiled code; from the TypeScript sources
 * (tests) it installs the loader of src/serve/source-hooks.ts first, so it must stay plain
 * enough for Node's type stripping (hence the dynamic imports).
 */
import { parentPort, workerData } from 'node:worker_threads';

if (import.meta.url.endsWith('.ts')) {
  const hooks = new URL('../serve/source-hooks.ts', import.meta.url).href;
  const { registerSourceHooks } = (await import(hooks)) as { registerSourceHooks: () => void };
  registerSourceHooks();
}
const { loadQueryGraph, ontologyQuads } = await import('./graph.js');
const { answerRequest, toWire } = await import('./once.js');
const data = workerData as import('./hedge.js').HedgeWorkerData;
let reply: import('./hedge.js').HedgeWorkerReply;
try {
  // the Turtle into Oxigraph whatever its size: the index this hedges is only opened for large graphs
  const graph = await loadQueryGraph(data.dir, { store: 'oxigraph', ontology: data.ontology });
  const answer = await answerRequest(graph, data.req, () => ontologyQuads(data.dir), true);
  reply = { ok: true, answer: toWire(answer) };
} catch (err) {
  reply = { ok: false, message: err instanceof Error ? err.message : String(err) };
}
parentPort!.postMessage(reply);
