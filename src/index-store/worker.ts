/**
 * A worker thread laying out the graph's index while the build's other threads assemble the
 * chunks and its main thread merges them into the Turtle (src/corpus/build.ts): it reads each
 * chunk's segment as soon as the chunk is written (`segments`), sorts once told there are no
 * more (`prepare`, sent when the merge starts), and writes the file once told the Turtle's stamp
 * (`write`). On two cores the index then costs the build little wall time: reading the
 * segments overlaps the assembly, sorting overlaps the merge.
 */
import { parentPort } from 'node:worker_threads';
import { TermTable, writeIndexAtomically } from './build.js';
import type { PreparedIndex } from './format.js';
import type { IndexWorkerMessage, IndexWorkerRequest } from './job.js';

const port = parentPort!;
const table = new TermTable();
/** Why the index cannot come from the segments (then the Turtle is its source). */
let failed: string | undefined;
let prepared: PreparedIndex | undefined;
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
  } else {
    try {
      const r = writeIndexAtomically(m.path, prepared!, m.stamp);
      port.postMessage({ type: 'written', ok: true, triples: r.triples } satisfies IndexWorkerMessage);
    } catch (err) {
      port.postMessage({ type: 'written', ok: false, error: message(err) } satisfies IndexWorkerMessage);
    }
  }
});
