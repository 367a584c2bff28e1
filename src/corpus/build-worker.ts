/**
 * A worker thread of the corpus build: compiles and assembles the articles the main thread
 * hands it, one at a time, with its own copy of the ontology and entities.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ClaimgraphError } from '../errors.js';
import { assembleOne, buildContext, compileOne } from './build.js';
import type { BuildAnswer, BuildContext, BuildTask } from './build.js';

const { dir, fresh } = workerData as { dir: string; fresh: boolean };
let ctx: BuildContext | undefined;

parentPort!.on('message', (task: BuildTask) => {
  let answer: BuildAnswer;
  try {
    ctx ??= buildContext(dir, fresh);
    if (task.type === 'compile') {
      answer = { ok: true, id: task.id, result: compileOne(ctx, task.id) };
    } else {
      answer = { ok: true, id: task.id, result: assembleOne(ctx, task.input) };
    }
  } catch (err) {
    const e = err as Error;
    answer = {
      ok: false, id: task.id,
      error: err instanceof ClaimgraphError
        ? { code: err.code, message: err.message, location: { ...err.location } }
        : { message: e?.message ?? String(err), stack: e?.stack },
    };
  }
  parentPort!.postMessage(answer);
});
