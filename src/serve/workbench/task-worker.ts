/**
 * The entry of a workbench task worker (a piscina worker thread, see `pool.ts`): loads the
 * graph once, then answers tasks with `runTask`. An answer is `{ ok: true, value }` or
 * `{ ok: false, error }`, so the error's code and status cross the thread boundary intact.
 */
import { workerData } from 'node:worker_threads';
import N3 from 'n3';
import { enableCompileCache } from '../../cache-dir.js';
import { ClaimgraphError } from '../../errors.js';
import { INDEX_FILE, openGraphForLookups, openIndex } from '../../index-store/index.js';
import { runTask, taskError, taskState } from './tasks.js';
import type { TaskError } from './tasks.js';
import type { WorkbenchTask } from './types.js';

/** What the pool hands each worker: the project dir (graph file and ontology) or the graph as N-Quads. */
export interface TaskWorkerData {
  dir?: string;
  nquads?: string;
  /** Open the project's persistent index, or fail (`serve --store index`); otherwise a large graph's index is used when current. */
  index?: boolean;
}

/** A task's answer: its JSON text (serialised here, so the server's main thread only copies bytes) or the error. */
export type TaskAnswer = { ok: true; json: string } | { ok: false; error: TaskError };

async function start(): Promise<(task: WorkbenchTask) => Promise<TaskAnswer>> {
  enableCompileCache();
  const data = workerData as TaskWorkerData;
  const store = data.nquads !== undefined
    ? new N3.Store(new N3.Parser({ format: 'application/n-quads' }).parse(data.nquads))
    // a large graph's index when current, as `claimgraph check` reads it: the 1M bench graph
    // parsed into an n3 Store took over 30 s and ~1.8 GB per thread on a loaded machine, its
    // index opens in milliseconds (bench/README.md); forced with `serve --store index`
    : data.index ? openedIndex(data.dir!) : await openGraphForLookups(data.dir!);
  const state = taskState(store, data.dir);
  return async (task) => {
    try {
      return { ok: true, json: JSON.stringify(await runTask(state, task)) };
    } catch (err) {
      return { ok: false, error: taskError(err) };
    }
  };
}

/** The project's index, current (the server checked it at start; a rebuild since then is an error, not a silent switch). */
function openedIndex(dir: string) {
  const r = openIndex(dir);
  if ('graph' in r) return r.graph;
  throw new ClaimgraphError('IO', `--store index: ${r.reason}; run \`claimgraph build\` and restart the server`, { file: INDEX_FILE });
}

/**
 * The worker's task function. A graph that cannot be opened (removed, rebuilt under the server,
 * unreadable) is answered to every task as that error: a worker that failed its start instead
 * would be an uncaught error, which piscina re-emits on the pool with no task to fail.
 */
export default start().catch((err: unknown) => {
  const error = taskError(err);
  return async (): Promise<TaskAnswer> => ({ ok: false, error });
});
