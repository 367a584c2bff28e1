/**
 * A worker thread laying out the graph's index while the build's other threads assemble the
 * chunks and its main thread merges them into the Turtle (src/corpus/build.ts): it reads each
 * chunk's segment as soon as the chunk is written (`segments`), sorts once told there are no
 * more (`prepare`, sent when the merge starts), and writes the file once told the Turtle's stamp
 * (`write`). On two cores the index then costs the build little wall time: reading the
 * segments overlaps the assembly, sorting overlaps the merge.
 */
import { parentPort } from 'node:worker_threads';
import { closeSync } from 'node:fs';
import { beginReplace, type PendingReplace } from '../graph/atomic-file.js';
import { TermTable, writeIndexAtomically } from './build.js';
import { beginPreparedIndex, endPreparedIndex, guessTurtleSize, type PendingIndexFile, type PreparedIndex } from './format.js';
import type { IndexWorkerMessage, IndexWorkerRequest } from './job.js';

const port = parentPort!;
const table = new TermTable();
/** Why the index cannot come from the segments (then the Turtle is its source). */
let failed: string | undefined;
let prepared: PreparedIndex | undefined;
/** The index file being written beside the merge (its sections; the header waits for `write`). */
let pending: { file: PendingIndexFile; replace: PendingReplace } | undefined;
const message = (err: unknown): string => String((err as Error)?.message ?? err);

port.on('message', (m: IndexWorkerRequest) => {
  if (m.type === 'segments') {
    if (failed) return;
    try {
      for (const s of m.segments) {
        if (!table.addSegment(s.path, s.key)) {
          failed = `the segment ${s.path} is missing or stale`;
          return;
        }
      }
    } catch (err) {
      failed = message(err);
    }
  } else if (m.type === 'prepare') {
    try {
      if (!failed) prepared = table.prepare();
    } catch (err) {
      failed = message(err);
    }
    port.postMessage({ type: 'prepared', ok: prepared !== undefined, error: failed } satisfies IndexWorkerMessage);
    // the sections go into their file now, beside the merge: only the header waits for the Turtle
    if (prepared && m.early) {
      const replace = beginReplace(m.early.path, m.early.tmp);
      try {
        pending = { file: beginPreparedIndex(replace.tmp, prepared, { size: guessTurtleSize(prepared.triples, m.early.sizeHint) }), replace };
      } catch {
        replace.abort(); // written whole at `write` instead
      }
    }
  } else if (m.type === 'discard') {
    discard();
    port.postMessage({ type: 'discarded' } satisfies IndexWorkerMessage);
  } else {
    try {
      if (pending && pending.replace.tmp.startsWith(`${m.path}.tmp-`)) {
        const { file, replace } = pending;
        pending = undefined;
        try {
          endPreparedIndex(file, m.stamp);
          replace.commit();
        } catch (err) {
          replace.abort();
          throw err;
        }
        port.postMessage({ type: 'written', ok: true, triples: prepared!.triples } satisfies IndexWorkerMessage);
        return;
      }
      discard();
      const r = writeIndexAtomically(m.path, prepared!, m.stamp);
      port.postMessage({ type: 'written', ok: true, triples: r.triples } satisfies IndexWorkerMessage);
    } catch (err) {
      port.postMessage({ type: 'written', ok: false, error: message(err) } satisfies IndexWorkerMessage);
    }
  }
});

/** Closes and deletes an index file begun beside the merge (the build failed, or kept the index it had). */
function discard(): void {
  if (!pending) return;
  const { file, replace } = pending;
  pending = undefined;
  try {
    closeSync(file.fd);
  } catch {
    // deleted below either way
  }
  replace.abort();
}
