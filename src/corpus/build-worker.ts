/**
 * A worker thread of the corpus build: compiles and assembles articles of the task lists the
 * main thread shares among its workers, with its own copy of the ontology and entities.
 */
import { rmSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { ClaimgraphError } from '../errors.js';
import { assembleOne, buildContext, compileOne, lentClaims } from './build.js';
import type { BuildContext } from './build.js';
import type { BuildAnswer, BuildMessage, BuildTask } from './build-pool.js';
import type { CompiledClaim } from '../claims/index.js';

const { dir, fresh } = workerData as { dir: string; fresh: boolean };
let ctx: BuildContext | undefined;
/** Corpus-wide membership claims by group, sent once before the assemble tasks. */
let membership = new Map<string, CompiledClaim[]>();

/** Results go back in batches: a message per article costs more than the article under load. */
const BATCH = 32;
const BATCH_MS = 50;

function run(task: BuildTask): unknown {
  ctx ??= buildContext(dir, fresh);
  if (task.type === 'compile') return compileOne(ctx, task.id);
  const { input } = task;
  return assembleOne(ctx, { ...input, lent: lentClaims(membership, input.id, input.info.groups) });
}

function failure(id: string, err: unknown): BuildAnswer {
  const e = err as Error;
  return {
    ok: false, id,
    error: err instanceof ClaimgraphError
      ? { code: err.code, message: err.message, location: { ...err.location } }
      : { message: e?.message ?? String(err), stack: e?.stack },
  };
}

parentPort!.on('message', (m: BuildMessage) => {
  if (m.type === 'membership') {
    membership = new Map(m.groups);
    parentPort!.postMessage({ ok: true, results: [], done: true } satisfies BuildAnswer);
    return;
  }
  if (m.type === 'remove') {
    // what is left is deleted by the next build (its folders keep their trash prefix)
    for (const p of m.paths) {
      try { rmSync(p, { recursive: true, force: true }); } catch { /* left for the next build */ }
    }
    parentPort!.postMessage({ ok: true, results: [], done: true } satisfies BuildAnswer);
    return;
  }
  const next = new Int32Array(m.next);
  let results: Array<[string, unknown]> = [];
  let sent = Date.now();
  for (;;) {
    const i = Atomics.add(next, 0, 1);
    if (i >= m.tasks.length) break;
    const task = m.tasks[i];
    try {
      results.push([task.id, run(task)]);
    } catch (err) {
      // what this worker finished still counts: the main thread reports the error either way
      if (results.length) parentPort!.postMessage({ ok: true, results, done: false } satisfies BuildAnswer);
      parentPort!.postMessage(failure(task.id, err));
      return;
    }
    if (results.length >= BATCH || Date.now() - sent >= BATCH_MS) {
      parentPort!.postMessage({ ok: true, results, done: false } satisfies BuildAnswer);
      results = [];
      sent = Date.now();
    }
  }
  parentPort!.postMessage({ ok: true, results, done: true } satisfies BuildAnswer);
});
