/**
 * The index of a build in progress: laid out from the chunk segments in a worker thread while
 * the main thread merges the Turtle, written once the Turtle's stamp is known (or dropped when
 * the index there turns out current). Falls back to doing the same on the calling thread when
 * no worker can be started.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import { GRAPH_FILE } from '../graph/index.js';
import { ensureIndex, indexDirReady, indexFailed, indexStatus, INDEX_FILE, turtleStamp } from './state.js';
import { indexFromTurtle } from './build.js';
import type { EnsureIndexResult } from './types.js';

/** Messages from the worker (src/index-store/worker.ts). */
export type IndexWorkerMessage =
  | { type: 'prepared'; ok: boolean; error?: string }
  | { type: 'written'; ok: boolean; triples?: number; error?: string };

const WORKER_SCRIPT = new URL('../index-store/worker.js', import.meta.url);

/** A build's index in progress. */
export interface IndexJob {
  /** Makes the index current for the Turtle now on disk (`sha256`: its hash, when known). */
  finish(sha256?: string): Promise<EnsureIndexResult>;
  /** Stops the worker (after a failed build). */
  cancel(): Promise<void>;
}

/**
 * Starts laying out the index of project `dir` from chunk segments (each with the key it must
 * carry) in a worker thread.
 *
 * @example
 * ```ts
 * const job = startIndexJob(dir, segments);
 * try { await mergeTurtle(); } catch (e) { await job.cancel(); throw e; }
 * const index = await job.finish(sha256);
 * ```
 */
export function startIndexJob(dir: string, segments: ReadonlyArray<{ path: string; key: string }>): IndexJob {
  const inline: IndexJob = { finish: (sha256) => ensureIndex(dir, { sha256, segments }), cancel: async () => undefined };
  if (!existsSync(fileURLToPath(WORKER_SCRIPT))) return inline;
  let worker: Worker;
  try {
    worker = new (process.getBuiltinModule('node:worker_threads') as typeof import('node:worker_threads')).Worker(WORKER_SCRIPT, { workerData: { segments } });
  } catch {
    return inline;
  }
  // not keeping the process alive by itself (a build that fails before `finish` exits);
  // `finish` holds it while it waits for the worker
  worker.unref();
  const messages: IndexWorkerMessage[] = [];
  const waiters: Array<(m: IndexWorkerMessage) => void> = [];
  const deliver = (m: IndexWorkerMessage) => {
    const w = waiters.shift();
    if (w) w(m);
    else messages.push(m);
  };
  worker.on('message', deliver);
  worker.on('error', (err) => deliver({ type: 'prepared', ok: false, error: String(err) }));
  worker.on('exit', () => deliver({ type: 'written', ok: false, error: 'the index worker exited' }));
  const next = (): Promise<IndexWorkerMessage> => new Promise((resolve) => {
    const m = messages.shift();
    if (m) resolve(m);
    else waiters.push(resolve);
  });
  const stop = async () => {
    worker.removeAllListeners('exit');
    await worker.terminate();
  };
  return {
    async finish(sha256) {
      // what the index adds to the build: the time from here (the merge is done)
      const t0 = Date.now();
      worker.ref();
      let previous: string | undefined;
      try {
        const status = indexStatus(dir, { verify: true });
        if (status.state === 'current') return { written: false, from: 'current', triples: status.triples, ms: Date.now() - t0 };
        previous = status.state === 'missing' ? undefined : status.reason;
        indexDirReady(dir);
        const stamp = turtleStamp(join(dir, GRAPH_FILE), sha256);
        const prepared = await next();
        if (prepared.type === 'prepared' && prepared.ok) {
          worker.postMessage({ type: 'write', path: join(dir, INDEX_FILE), stamp });
          const written = await next();
          if (written.type === 'written' && written.ok) return { written: true, from: 'segments', triples: written.triples!, previous, ms: Date.now() - t0 };
        }
        // a segment missing or stale (or the worker failed): the Turtle is the source
        const r = await indexFromTurtle(join(dir, INDEX_FILE), join(dir, GRAPH_FILE), stamp);
        return { written: true, from: 'turtle', triples: r.triples, previous, ms: Date.now() - t0 };
      } catch (err) {
        return indexFailed(err, previous, t0);
      } finally {
        await stop();
      }
    },
    cancel: stop,
  };
}
