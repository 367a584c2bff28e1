/**
 * Replacing a file so that no reader ever sees half of it: the new content goes to a temporary
 * file beside it (`<path>.tmp-<pid>-<time>-<n>`, the same folder, so the rename stays on one file
 * system), which is then renamed over `path`. A reader that has the old file open keeps reading
 * the old file; a build killed mid-write leaves only the temporary file, which the next replace
 * of the same path removes (src/graph/stale-temp.ts: only when its process has ended).
 *
 * One module for every such writer (the graph's Turtle, in memory or merged by the corpus build,
 * exports, and the graph's index): the temporary names must be the ones `removeStaleTemps` and
 * the project's .gitignore know.
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { removeStaleTemps } from './stale-temp.js';

/** Distinguishes two temporary files of one process made in the same millisecond. */
let made = 0;

/**
 * A fresh temporary path beside `path`, in the form {@link removeStaleTemps} recognises.
 *
 * @example
 * ```ts
 * tempPathFor('graph/claimgraph.ttl'); // 'graph/claimgraph.ttl.tmp-4242-1764660000000-1'
 * ```
 */
export function tempPathFor(path: string): string {
  return `${path}.tmp-${process.pid}-${Date.now()}-${++made}`;
}

/**
 * Replaces `path` with what `write` writes to the temporary path it is given. When `write`
 * returns false the temporary file is deleted and `path` left as it was (e.g. it already had
 * those bytes). On an error the temporary file is deleted and the error rethrown. Temporary
 * files that killed writers left beside `path` are removed first. Returns whether `path` was
 * replaced.
 *
 * @example
 * ```ts
 * replaceFile('graph/.index/claimgraph.cgi', (tmp) => writeIndexTo(tmp));
 * ```
 */
export function replaceFile(path: string, write: (tmp: string) => boolean | void): boolean {
  removeStaleTemps(path);
  const tmp = tempPathFor(path);
  try {
    return settle(tmp, path, write(tmp));
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

/** Puts a written temp file in place, or removes it when its writer declined (returned false). */
function settle(tmp: string, path: string, written: boolean | void): boolean {
  if (written === false) {
    rmSync(tmp, { force: true });
    return false;
  }
  renameSync(tmp, path);
  return true;
}

/**
 * {@link replaceFile} for a writer that works asynchronously (a streamed or merged file).
 *
 * @example
 * ```ts
 * await replaceFileAsync('graph/claimgraph.ttl', async (tmp) => { await mergeInto(tmp); return true; });
 * ```
 */
export async function replaceFileAsync(path: string, write: (tmp: string) => Promise<boolean | void>): Promise<boolean> {
  removeStaleTemps(path);
  const tmp = tempPathFor(path);
  try {
    return settle(tmp, path, await write(tmp));
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

/** A replacement of a file begun by {@link beginReplace}: written to `tmp`, then committed or aborted. */
export interface PendingReplace {
  /** The temporary path to write. */
  readonly tmp: string;
  /** Renames the temporary file over the target. */
  commit(): void;
  /** Deletes the temporary file (whatever was written of it). */
  abort(): void;
}

/**
 * {@link replaceFile} in two steps, for a writer that starts before it knows whether (or with
 * what ending) the file is wanted: the index of a build, laid out while the Turtle is merged.
 *
 * @example
 * ```ts
 * const r = beginReplace('graph/.index/claimgraph.cgi');
 * writeFileSync(r.tmp, bytes);
 * if (wanted) r.commit(); else r.abort();
 * ```
 */
export function beginReplace(path: string, tmp = tempPathFor(path)): PendingReplace {
  removeStaleTemps(path);
  return {
    tmp,
    commit: () => renameSync(tmp, path),
    abort: () => rmSync(tmp, { force: true }),
  };
}

/**
 * Writes `content` to `path` atomically ({@link replaceFile}).
 *
 * @example
 * ```ts
 * writeFileReplacing('out.ttl', ttl);
 * ```
 */
export function writeFileReplacing(path: string, content: string | Uint8Array): void {
  replaceFile(path, (tmp) => writeFileSync(tmp, content));
}
