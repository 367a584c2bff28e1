/**
 * A worker thread of the corpus build: compiles and assembles the articles the main thread
 * hands it, one at a time, with its own copy of the ontology and entities.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ClaimgraphError } from '../errors.js';
import { assembleOne, buildContext, compileOne, lentClaims } from './build.js';
import type { BuildAnswer, BuildContext, BuildTask } from './build.js';
import type { CompiledClaim } from '../claims/index.js';

const { dir, fresh } = workerData as { dir: string; fresh: boolean };
let ctx: BuildContext | undefined;
/** Corpus-wide membership claims by group, sent once before the assemble tasks. */
let membership = new Map<string, CompiledClaim[]>();

parentPort!.on('message', (task: BuildTask) => {
  let answer: BuildAnswer;
  try {
    ctx ??= buildContext(dir, fresh);
    if (task.type === 'compile') {
      answer = { ok: true, id: task.id, result: compileOne(ctx, task.id) };
    } else if (task.type === 'membership') {
      membership = new Map(task.groups);
      answer = { ok: true, id: task.id, result: true };
    } else {
      const { input } = task;
      answer = { ok: true, id: task.id, result: assembleOne(ctx, { ...input, lent: lentClaims(membership, input.id, input.info.groups) }) };
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
