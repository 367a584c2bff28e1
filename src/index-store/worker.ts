/**
 * A worker thread laying out the graph's index from chunk segments while the build's main
 * thread merges the chunks into the Turtle (src/corpus/chunks.ts): on two cores the index costs
 * the build little wall time. It writes the file once told the Turtle's stamp.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { prepareFromSegments, writeIndexAtomically } from './build.js';
import type { PreparedIndex, TurtleStamp } from './format.js';
import type { IndexWorkerMessage } from './job.js';

const { segments } = workerData as { segments: Array<{ path: string; key: string }> };
const port = parentPort!;
let prepared: PreparedIndex | undefined;
try {
  prepared = prepareFromSegments(segments);
  port.postMessage({ type: 'prepared', ok: prepared !== undefined } satisfies IndexWorkerMessage);
} catch (err) {
  port.postMessage({ type: 'prepared', ok: false, error: String((err as Error)?.message ?? err) } satisfies IndexWorkerMessage);
}
port.on('message', (m: { type: 'write'; path: string; stamp: TurtleStamp }) => {
  try {
    const r = writeIndexAtomically(m.path, prepared!, m.stamp);
    port.postMessage({ type: 'written', ok: true, triples: r.triples } satisfies IndexWorkerMessage);
  } catch (err) {
    port.postMessage({ type: 'written', ok: false, error: String((err as Error)?.message ?? err) } satisfies IndexWorkerMessage);
  }
});
