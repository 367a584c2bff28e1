/**
 * The index of a build in progress: a worker thread reads each chunk's segment as soon as the
 * build has it (while the other chunks are being assembled), lays the index out while the main
 * thread merges the Turtle, and writes it once the Turtle's stamp is known (or the index there
 * is kept when it turns out current). Falls back to doing the same on the calling thread when no
 * worker can be started.
 */
import { existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import { GRAPH_FILE } from '../graph/index.js';
import { tempPathFor } from '../graph/atomic-file.js';
import { ensureIndex, indexDirReady, indexFailed, keepIfCurrent, INDEX_FILE, turtleStamp } from './state.js';
import { indexFromTurtle } from './build.js';
import type { TurtleStamp } from './format.js';
import type { EnsureIndexResult } from './types.js';

/** A chunk file holding its segment (src/index-store/build.ts) and the key the segment must carry. */
export interface SegmentRef {
  path: string;
  key: string;
}

/** Requests to the worker (src/index-store/worker.ts), in this order: any number of `segments`, one `prepare`, one `write`. */
export type IndexWorkerRequest =
  | { type: 'segments'; segments: SegmentRef[] }
  | { type: 'prepare'; early?: { path: string; tmp: string; sizeHint?: number } }
  | { type: 'write'; path: string; stamp: TurtleStamp }
  | { type: 'discard' };

/** Messages from the worker. */
export type IndexWorkerMessage =
  | { type: 'prepared'; ok: boolean; error?: string }
  | { type: 'written'; ok: boolean; triples?: number; error?: string }
  | { type: 'discarded' };

const WORKER_SCRIPT = new URL('../index-store/worker.js', import.meta.url);
/** Segments per message to the worker. */
const SEGMENT_BATCH = 32;

/** A build's index in progress. */
export interface IndexJob {
  /** Segments written (any order, each once: the index does not depend on the order). */
  add(segments: readonly SegmentRef[]): void;
  /**
   * Every segment has been added: the index is laid out and its sections written to a temporary
   * file (beside the merge). `sizeHint`: the Turtle's likely size (a previous build's), which
   * places the sections; a wrong one costs writing them again at `finish`.
   */
  seal(sizeHint?: number): void;
  /** Makes the index current for the Turtle now on disk (`sha256`: its hash, when known). */
  finish(sha256?: string): Promise<EnsureIndexResult>;
  /** Stops the worker (after a failed build). */
  cancel(): Promise<void>;
}

/**
 * Starts the index of project `dir` in a worker thread; the build adds the chunks' segments as
 * they are written, seals when the last one is, and finishes once the Turtle is written.
 *
 * @example
 * ```ts
 * const job = startIndexJob(dir);
 * job.add([{ path: chunk, key: chunkKey }]);
 * job.seal();
 * try { await mergeTurtle(); } catch (e) { await job.cancel(); throw e; }
 * const index = await job.finish(sha256);
 * ```
 */
export function startIndexJob(dir: string): IndexJob {
  const all: SegmentRef[] = [];
  const inline: IndexJob = {
    add: (segments) => { all.push(...segments); },
    seal: () => undefined,
    finish: (sha256) => ensureIndex(dir, { sha256, segments: all }),
    cancel: async () => undefined,
  };
  if (!existsSync(fileURLToPath(WORKER_SCRIPT))) return inline;
  let worker: Worker;
  try {
    worker = new (process.getBuiltinModule('node:worker_threads') as typeof import('node:worker_threads')).Worker(WORKER_SCRIPT);
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
  const post = (m: IndexWorkerRequest) => worker.postMessage(m);
  // segments go in batches: each message wakes the worker (on a loaded machine a message per
  // chunk cost the build's thread ~1 s of waiting in postMessage at 1M triples)
  let batch: SegmentRef[] = [];
  const flush = () => {
    if (batch.length) post({ type: 'segments', segments: batch });
    batch = [];
  };
  let sealed = false;
  /** The temporary index file the worker writes beside the merge (deleted unless renamed into place). */
  let early: { path: string; tmp: string; sizeHint?: number } | undefined;
  const seal = (sizeHint?: number) => {
    flush();
    if (!sealed) {
      try {
        indexDirReady(dir);
        const path = join(dir, INDEX_FILE);
        early = { path, tmp: tempPathFor(path), ...(sizeHint !== undefined ? { sizeHint } : {}) };
      } catch {
        early = undefined; // written at `finish`, whose errors are reported
      }
      post({ type: 'prepare', ...(early ? { early } : {}) });
    }
    sealed = true;
  };
  let written = false;
  const stop = async () => {
    worker.removeAllListeners('exit');
    if (early && !written) {
      // the worker closes and deletes the file it began (its descriptor is this process's)
      worker.ref();
      await new Promise<void>((resolve) => {
        worker.on('message', (m: IndexWorkerMessage) => { if (m.type === 'discarded') resolve(); });
        worker.once('exit', () => resolve());
        post({ type: 'discard' });
      });
    }
    await worker.terminate();
    if (early && !written) rmSync(early.tmp, { force: true });
  };
  return {
    add(segments) {
      batch.push(...segments);
      if (batch.length >= SEGMENT_BATCH) flush();
    },
    seal,
    async finish(sha256) {
      // what the index adds to the build: the time from here (the merge is done)
      const t0 = Date.now();
      worker.ref();
      seal();
      let previous: string | undefined;
      try {
        const kept = keepIfCurrent(dir, sha256, t0);
        if ('result' in kept) return kept.result;
        previous = kept.previous;
        indexDirReady(dir);
        const stamp = turtleStamp(join(dir, GRAPH_FILE), sha256);
        const prepared = await next();
        if (prepared.type === 'prepared' && prepared.ok) {
          post({ type: 'write', path: join(dir, INDEX_FILE), stamp });
          const answer = await next();
          if (answer.type === 'written' && answer.ok) {
            written = true;
            return { written: true, from: 'segments', triples: answer.triples!, previous, ms: Date.now() - t0 };
          }
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
