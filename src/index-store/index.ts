/**
 * The persistent index of the built graph: `graph/.index/claimgraph.cgi`, written by `build`
 * next to graph/claimgraph.ttl, so a fresh process answers a query or a check without parsing
 * the Turtle (which stays the committed source of truth and the export format).
 *
 * Current or not: the index records the size, modification time and SHA-256 of the Turtle it
 * was built from. Opening it compares the Turtle's size and time (a stat); when only the time
 * differs (a checkout, a copy) the Turtle's hash decides. A stale, damaged or foreign index is
 * reported with the reason and not used: the caller reads the Turtle, `build` rewrites it.
 * The folder ignores itself in git (its own .gitignore), as the build cache does.
 */
export { IndexGraph, isIndexGraph, type TermArg } from './graph.js';
export { IndexUnusable, INDEX_FORMAT, type TurtleStamp, type IndexHeader } from './format.js';
export { encodeSegment, type TripleBlock } from './build.js';
export { startIndexJob, type IndexJob, type SegmentRef } from './job.js';
export {
  INDEX_DIR, INDEX_FILE, LARGE_GRAPH_BYTES, ensureIndex, indexDirReady, indexStatus, openGraphForLookups, openIndex, passedOver,
  turtleBytes, turtleStamp, worthANotice,
} from './state.js';
export type * from './types.js';
