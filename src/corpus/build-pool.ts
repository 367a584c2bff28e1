/**
 * The corpus build's worker threads: a fixed-size pool that shares the compile and assemble
 * tasks of build.ts with build-worker.ts, and the messages they exchange.
 */
import type { Worker } from 'node:worker_threads';
import { ClaimgraphError } from '../errors.js';
import type { CompiledClaim } from '../claims/index.js';
import type { AssembleInput } from './build.js';

// Taken when a build starts workers, not when the CLI loads this module: every command pays for
// what is imported at start (`query` never builds).
function workerThreads(): typeof import('node:worker_threads') {
  return process.getBuiltinModule('node:worker_threads');
}

/** A task for a build worker (see build-worker.ts). */
export type BuildTask =
  | { type: 'compile'; id: string }
  | { type: 'assemble'; id: string; input: Omit<AssembleInput, 'lent'> };

/**
 * What the main thread sends a build worker: the membership claims (before the assemble tasks),
 * or a list of tasks that the workers share. Each worker takes the next task itself (`next`
 * counts the tasks taken): no round trip through the main thread per article.
 */
export type BuildMessage =
  | { type: 'membership'; groups: Array<[string, CompiledClaim[]]> }
  | { type: 'remove'; paths: string[] }
  | { type: 'run'; tasks: BuildTask[]; next: SharedArrayBuffer };

/** A build worker's answer: results of tasks (`done` with its last), or an error to rethrow as it was. */
export type BuildAnswer =
  | { ok: true; results: Array<[string, unknown]>; done: boolean }
  | { ok: false; id: string; error: { code?: string; message: string; location?: Record<string, unknown>; stack?: string } };

/** The worker's compiled module (absent when running from TypeScript sources: then no threads). */
// ../corpus/ rather than ./ so the path also holds from the one-file bundle in dist/cli/
export const WORKER_SCRIPT = new URL('../corpus/build-worker.js', import.meta.url);

const YOUNG_GENERATION_MB = 64;

/** Fixed-size pool of build workers sharing a task list (the slow articles do not stall the rest). */
export class WorkerPool {
  private readonly workers: Worker[];

  constructor(size: number, dir: string, fresh: boolean) {
    // A young generation larger than V8's default for a worker: an article's assembly makes
    // tens of MB of short-lived objects while its graph is alive, and scavenges (copying that
    // graph again each time) took 0.6-0.9 s of a worker's 4 s at 1M triples; about a third
    // less with 64 MB. Peak RSS grows by ~100 MB per worker, not with the corpus.
    this.workers = Array.from({ length: size }, () => new (workerThreads().Worker)(WORKER_SCRIPT, {
      workerData: { dir, fresh }, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    }));
  }

  /**
   * Runs every task; `onResult` sees results as they come. Rejects on the first error. This
   * thread takes tasks from the same list with `local`, between the workers' answers.
   */
  run(tasks: BuildTask[], onResult: (id: string, result: unknown) => void, local: (task: BuildTask) => unknown): Promise<void> {
    const next = new SharedArrayBuffer(4);
    return new Promise<void>((resolve, reject) => {
      let running = this.workers.length + 1;
      const counter = new Int32Array(next);
      const runLocal = (): void => {
        if (failed) return;
        const i = Atomics.add(counter, 0, 1);
        if (i >= tasks.length) {
          if (--running === 0) {
            settle();
            resolve();
          }
          return;
        }
        try {
          onResult(tasks[i].id, local(tasks[i]));
        } catch (err) {
          fail(err as Error);
          return;
        }
        // the workers' answers are taken between two tasks
        setImmediate(runLocal);
      };
      let failed = false;
      const settle = (): void => {
        for (const x of this.workers) x.removeAllListeners('message').removeAllListeners('error');
      };
      const fail = (err: Error): void => {
        failed = true;
        // the other workers take no further task
        Atomics.store(new Int32Array(next), 0, tasks.length);
        settle();
        reject(err);
      };
      for (const w of this.workers) {
        w.on('message', (m: BuildAnswer) => {
          if (failed) return;
          if (!m.ok) {
            fail(reviveError(m.error));
            return;
          }
          for (const [id, result] of m.results) onResult(id, result);
          if (m.done && --running === 0) {
            settle();
            resolve();
          }
        });
        w.on('error', (err) => { if (!failed) fail(err); });
        w.postMessage({ type: 'run', tasks, next } satisfies BuildMessage);
      }
      runLocal();
    });
  }

  /** Sends every worker the same message; resolves when all have answered. */
  broadcast(message: BuildMessage): Promise<void> {
    return Promise.all(this.workers.map((w) => this.askOne(w, message))).then(() => undefined);
  }

  /** Sends the first worker a message (while no tasks run); resolves when it has answered. */
  ask(message: BuildMessage): Promise<void> {
    return this.askOne(this.workers[0], message);
  }

  private askOne(w: Worker, message: BuildMessage): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const onError = (err: Error): void => {
        w.off('message', onMessage);
        reject(err);
      };
      const onMessage = (m: BuildAnswer): void => {
        w.off('error', onError);
        if (m.ok) resolve();
        else reject(reviveError(m.error));
      };
      w.once('message', onMessage);
      w.once('error', onError);
      w.postMessage(message);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

function reviveError(e: { code?: string; message: string; location?: Record<string, unknown>; stack?: string }): Error {
  if (e.code) {
    const err = new ClaimgraphError(e.code as never, '', e.location ?? {});
    // The message already carries its location: keep it as the worker formatted it.
    err.message = e.message;
    return err;
  }
  const err = new Error(e.message);
  if (e.stack) err.stack = e.stack;
  return err;
}
