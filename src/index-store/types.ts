/**
 * Whether a project's index stands for its current Turtle (`indexStatus`); `touched`: current by
 * the Turtle's hash, its size or time being another than the index records.
 */
export type IndexStatus =
  | { state: 'current'; triples: number; touched?: boolean }
  | { state: 'missing' | 'stale' | 'damaged'; reason: string };

/** What `ensureIndex` did. */
export interface EnsureIndexResult {
  /** False when the index was current already. */
  written: boolean;
  /** Where the triples came from: the chunk segments of the build, the Turtle; or nothing to do; or it could not be written. */
  from: 'segments' | 'turtle' | 'current' | 'failed';
  triples: number;
  /** Why the index there before could not be kept (stale, damaged); absent when there was none. */
  previous?: string;
  /** Why it could not be written (`failed`: queries then read the Turtle, with a notice). */
  error?: string;
  /** Wall time, ms. */
  ms: number;
}
