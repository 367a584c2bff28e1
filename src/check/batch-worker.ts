/**
 * Entry of a `check --batch --jobs N` worker thread (batch-jobs.ts): opens the project's graph
 * and check context as the CLI does, then checks the batch lines it takes from the shared
 * counter until none is left, sending each line's JSON and score back.
 *
 * From the TypeScript sources (tests) it installs the loader of src/serve/source-hooks.ts first,
 * so it must stay plain enough for Node's type stripping (hence the dynamic imports).
 */
import { parentPort, workerData } from 'node:worker_threads';

if (import.meta.url.endsWith('.ts')) {
  const hooks = new URL('../serve/source-hooks.ts', import.meta.url).href;
  const { registerSourceHooks } = (await import(hooks)) as { registerSourceHooks: () => void };
  registerSourceHooks();
}
const [{ LARGE_GRAPH_BYTES, openGraphForLookups }, { checkClaim, loadCheckContext }, { batchLineJSON, checkBatchLine }, { ClaimgraphError }] = await Promise.all([
  import('../index-store/index.js'), import('./index.js'), import('./batch.js'), import('../errors.js'),
]);
const data = workerData as import('./batch-jobs.js').BatchWorkerData;
type Reply = import('./batch-jobs.js').BatchWorkerReply;
const post = (m: Reply): void => parentPort!.postMessage(m);
try {
  // the same store as the CLI's (check.ts); its notices are the main thread's to give
  const store = await openGraphForLookups(data.dir, undefined, { fromBytes: 0, quietBelow: LARGE_GRAPH_BYTES });
  const context = loadCheckContext(store, { dir: data.dir });
  const check = (claim: string) => checkClaim(store, claim, { context, ...(data.budgetMs !== undefined ? { budgetMs: data.budgetMs } : {}) });
  const counter = new Int32Array(data.next);
  for (;;) {
    const k = Atomics.add(counter, 0, 1);
    if (k >= data.order.length) break;
    const index = data.order[k];
    const r = await checkBatchLine(data.inputs[index], check);
    const json = JSON.stringify(batchLineJSON(r));
    // the check result itself stays here: its JSON line carries it
    const { result, ...line } = r;
    post({ ok: true, index, json, line: { ...line, checked: !!result } });
  }
} catch (err) {
  const e = err as Error;
  post(err instanceof ClaimgraphError ? { ok: false, code: err.code, message: err.message } : { ok: false, message: e?.message ?? String(err), stack: e?.stack });
}
