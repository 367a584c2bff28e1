// Child process of tests/corpus/build.test.ts (bounded memory): builds a project with the
// compiled library and prints {maxLiveHeapMB, peakRssMB, triples} as JSON. Run with --expose-gc.
// Usage: node --expose-gc corpus-memory-child.mjs DIR stream|parallel|memory
import { readFileSync } from 'node:fs';

const [dir, mode] = process.argv.slice(2);
const corpus = await import(new URL('../../dist/corpus/index.js', import.meta.url).href);
const graph = await import(new URL('../../dist/graph/index.js', import.meta.url).href);
let maxLive = 0;
const sample = () => {
  globalThis.gc();
  maxLive = Math.max(maxLive, process.memoryUsage().heapUsed);
};
sample();
const base = maxLive;
let summary;
if (mode === 'stream' || mode === 'parallel') {
  let n = 0;
  summary = await corpus.buildCorpus(dir, { clean: true, jobs: mode === 'parallel' ? 2 : 1, onProgress: () => { if (++n % 4 === 0) sample(); } });
} else {
  // Keep the in-memory graph alive while sampling: that is what the in-memory build holds.
  const built = graph.buildGraph(graph.loadProject(dir));
  sample();
  summary = { triples: built.quads.length };
}
sample();
const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
process.stdout.write(JSON.stringify({ baseHeapMB: base / 2 ** 20, maxLiveHeapMB: maxLive / 2 ** 20, peakRssMB: Number(hwm[1]) / 1024, triples: summary.triples }) + '\n');
