/**
 * Where a project's index lives and whether it stands for the current Turtle: paths, the
 * Turtle's stamp, status, opening with the reason when it cannot be used, keeping it current
 * after a build, and the notices when it is passed over.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { IndexFile, IndexUnusable, type TurtleStamp } from './format.js';
import { IndexGraph } from './graph.js';
import { prepareFromSegments, indexFromTurtle, restampIndexAtomically, writeIndexAtomically } from './build.js';
import { GRAPH_FILE, loadGraphStore } from '../graph/index.js';
import type N3 from 'n3';

import type { IndexStatus, EnsureIndexResult } from './types.js';

/** The index folder (relative to the project): ignored by git through its own .gitignore. */
export const INDEX_DIR = join('graph', '.index');
/** The index file (relative to the project). */
export const INDEX_FILE = join(INDEX_DIR, 'claimgraph.cgi');

/**
 * Size, modification time and SHA-256 of a Turtle file (`sha256` when the caller has it).
 *
 * @example
 * ```ts
 * turtleStamp('graph/claimgraph.ttl').sha256;
 * ```
 */
export function turtleStamp(path: string, sha256?: string): TurtleStamp {
  const st = statSync(path);
  return { size: st.size, mtimeMs: st.mtimeMs, sha256: sha256 ?? createHash('sha256').update(readFileSync(path)).digest('hex') };
}

/**
 * Whether the index of a project stands for its current Turtle, without reading more than the
 * index's header (and the Turtle, hashed, only when its time changed but not its size);
 * `verify` also reads and checks every block and page of a current index; `sha256`, the
 * Turtle's hash when the caller knows it (a build, which hashed what it wrote), spares hashing it.
 *
 * @example
 * ```ts
 * indexStatus('.'); // { state: 'current', triples: 983949 } or { state: 'stale', reason: '...' }
 * ```
 */
export function indexStatus(dir: string, opts: { verify?: boolean; sha256?: string } = {}): IndexStatus {
  const file = join(dir, INDEX_FILE);
  let f: IndexFile;
  try {
    f = IndexFile.open(file);
  } catch (err) {
    return unusable(err);
  }
  try {
    const status = compare(f.header.turtle, join(dir, GRAPH_FILE), f.header.triples, opts.sha256);
    if (status.state === 'current' && opts.verify) f.verify();
    return status;
  } catch (err) {
    return unusable(err);
  } finally {
    f.close();
  }
}

function unusable(err: unknown): IndexStatus {
  if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'missing', reason: `no index at ${INDEX_FILE}` };
  if (err instanceof IndexUnusable) return { state: 'damaged', reason: `${INDEX_FILE} is unusable: ${err.message}` };
  return { state: 'damaged', reason: `${INDEX_FILE} cannot be read: ${(err as Error).message}` };
}

function compare(recorded: TurtleStamp, turtle: string, triples: number, sha256?: string): IndexStatus {
  let st;
  try {
    st = statSync(turtle);
  } catch {
    return { state: 'stale', reason: `${GRAPH_FILE} is missing` };
  }
  if (st.size !== recorded.size) return { state: 'stale', reason: `${GRAPH_FILE} changed since the index was built` };
  if (st.mtimeMs === recorded.mtimeMs) return { state: 'current', triples };
  // touched (checkout, copy, a build writing the same bytes) but maybe not changed: the content decides
  const sha = sha256 ?? createHash('sha256').update(readFileSync(turtle)).digest('hex');
  return sha === recorded.sha256 ? { state: 'current', triples, touched: true } : { state: 'stale', reason: `${GRAPH_FILE} changed since the index was built` };
}

/**
 * Opens the index of a project when it is current (its header and small sections read and
 * checked; term blocks and pages are checked as they are read). Otherwise returns why not.
 *
 * @example
 * ```ts
 * const r = openIndex('.');
 * if ('graph' in r) await runQuery(r.graph, 'ASK { ?s ?p ?o }');
 * else console.error(r.reason);
 * ```
 */
export function openIndex(dir: string): { graph: IndexGraph } | { state: Exclude<IndexStatus['state'], 'current'>; reason: string } {
  let f: IndexFile;
  try {
    f = IndexFile.open(join(dir, INDEX_FILE));
  } catch (err) {
    return unusable(err) as { state: 'missing' | 'damaged'; reason: string };
  }
  try {
    const status = compare(f.header.turtle, join(dir, GRAPH_FILE), f.header.triples);
    if (status.state !== 'current') {
      f.close();
      return status;
    }
    return { graph: new IndexGraph(f) };
  } catch (err) {
    f.close();
    return unusable(err) as { state: 'damaged'; reason: string };
  }
}

/**
 * Makes the index of a project current after a build: kept when it already is, else written
 * from the chunk segments when they are all there with the expected keys, else from the Turtle.
 * `sha256` is the Turtle's hash when the caller computed it while writing.
 *
 * @example
 * ```ts
 * await ensureIndex('.', { segments: [{ path: 'x.chunk', key: 'k' }] });
 * ```
 */
export async function ensureIndex(dir: string, opts: { sha256?: string; segments?: ReadonlyArray<{ path: string; key: string }> } = {}): Promise<EnsureIndexResult> {
  const t0 = Date.now();
  const kept = keepIfCurrent(dir, opts.sha256, t0);
  if ('result' in kept) return kept.result;
  const { previous } = kept;
  try {
    indexDirReady(dir);
    const turtle = join(dir, GRAPH_FILE);
    const stamp = turtleStamp(turtle, opts.sha256);
    const path = join(dir, INDEX_FILE);
    if (opts.segments) {
      const prepared = prepareFromSegments(opts.segments);
      const r = prepared && writeIndexAtomically(path, prepared, stamp);
      if (r) return { written: true, from: 'segments', triples: r.triples, previous, ms: Date.now() - t0 };
    }
    const r = await indexFromTurtle(path, turtle, stamp);
    return { written: true, from: 'turtle', triples: r.triples, previous, ms: Date.now() - t0 };
  } catch (err) {
    return indexFailed(err, previous, t0);
  }
}

/**
 * A build's first step with the index: kept when it stands for the Turtle now on disk (read
 * whole and checked); when only the Turtle's time changed (a build rewrote the same bytes, a
 * checkout), its record of the Turtle is brought up to date, or every reader would hash the
 * Turtle to find it current (~0.3 s at 1M triples). Otherwise why it cannot be kept.
 *
 * @example
 * ```ts
 * const kept = keepIfCurrent('.', sha256, Date.now());
 * if ('result' in kept) return kept.result;
 * ```
 */
export function keepIfCurrent(dir: string, sha256: string | undefined, t0: number): { result: EnsureIndexResult } | { previous?: string } {
  const status = indexStatus(dir, { verify: true, sha256 });
  if (status.state !== 'current') return { previous: status.state === 'missing' ? undefined : status.reason };
  if (status.touched) {
    try {
      restampIndexAtomically(join(dir, INDEX_FILE), turtleStamp(join(dir, GRAPH_FILE), sha256));
    } catch {
      // still current, found so by hashing the Turtle: slower to open, never wrong
    }
  }
  return { result: { written: false, from: 'current', triples: status.triples, ms: Date.now() - t0 } };
}

/**
 * The result for an index that could not be written: the build itself succeeded (the Turtle is
 * the source of truth), queries read the Turtle with a notice, the build's output says why.
 */
export function indexFailed(err: unknown, previous: string | undefined, t0: number): EnsureIndexResult {
  return { written: false, from: 'failed', triples: 0, previous, error: `${INDEX_FILE}: ${(err as Error)?.message ?? String(err)}`, ms: Date.now() - t0 };
}

/**
 * Creates the index folder with its own .gitignore (the index is never committed).
 *
 * @example
 * ```ts
 * indexDirReady('.');
 * ```
 */
export function indexDirReady(dir: string): void {
  const folder = join(dir, INDEX_DIR);
  mkdirSync(folder, { recursive: true });
  if (!existsSync(join(folder, '.gitignore'))) writeFileSync(join(folder, '.gitignore'), '*\n');
}

/**
 * The built graph for look-ups (checking, citing): from `fromBytes` of Turtle on (default
 * {@link LARGE_GRAPH_BYTES}), its index when current; else the Turtle parsed into an n3 Store
 * (a small graph's parse is cached). An index passed over is reported through `notice` (a
 * missing one only for a large graph), unless the Turtle is under `quietBelow` bytes.
 *
 * `claimgraph check` opens the index whatever the graph's size (`fromBytes: 0`, quiet below
 * {@link LARGE_GRAPH_BYTES}): opening it reads a few kB, where filling an n3 Store with even the
 * seed graph cost a fresh process ~0.1-0.2 s, and a check's output does not depend on the
 * store (tested). Long-running callers (serve's /check, the workbench) keep the default.
 *
 * @example
 * ```ts
 * const graph = await openGraphForLookups('.', (m) => console.error(m));
 * checkClaim(graph, 'Freedonia is a member of the League.');
 * ```
 */
export async function openGraphForLookups(dir: string, notice?: (message: string) => void, opts: { fromBytes?: number; quietBelow?: number } = {}): Promise<IndexGraph | N3.Store> {
  const bytes = turtleBytes(dir);
  if (bytes < (opts.fromBytes ?? LARGE_GRAPH_BYTES)) return loadGraphStore(dir);
  const r = openIndex(dir);
  if ('graph' in r) return r.graph;
  if (notice && bytes >= (opts.quietBelow ?? 0) && worthANotice(dir, r.state)) notice(passedOver(r));
  return loadGraphStore(dir);
}

/**
 * Whether passing over the index deserves a word: always when one is there but unusable (stale,
 * damaged), when it is missing only for a large graph (a small one's Turtle loads in tens of
 * milliseconds, and a fresh clone of a project has no index until its first build).
 *
 * @example
 * ```ts
 * worthANotice('.', 'stale'); // true
 * ```
 */
export function worthANotice(dir: string, state: IndexStatus['state']): boolean {
  return state !== 'missing' || turtleBytes(dir) >= LARGE_GRAPH_BYTES;
}

/**
 * Size of a project's Turtle (0 when there is none).
 *
 * @example
 * ```ts
 * turtleBytes('.') >= LARGE_GRAPH_BYTES;
 * ```
 */
export function turtleBytes(dir: string): number {
  try {
    return statSync(join(dir, GRAPH_FILE)).size;
  } catch {
    return 0;
  }
}

/** From this size of Turtle on, reading it instead of a missing index is worth a notice (~0.5 s and more). */
export const LARGE_GRAPH_BYTES = 4_000_000;

/**
 * The notice for an index passed over: why, what is read instead, what to run.
 *
 * @example
 * ```ts
 * passedOver({ state: 'stale', reason: 'graph/claimgraph.ttl changed since the index was built' });
 * ```
 */
export function passedOver(r: { state: string; reason: string }): string {
  return `${r.reason}; reading ${GRAPH_FILE} instead (slower). Run \`claimgraph build\` to ${r.state === 'missing' ? 'write' : 'rebuild'} the index.`;
}
