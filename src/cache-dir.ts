/**
 * Where claimgraph keeps what it can recompute: a per-user directory beside Node's own compile
 * cache (`$TMPDIR/claimgraph-cache-<uid>`), or `CLAIMGRAPH_CACHE_DIR`; none with
 * `CLAIMGRAPH_NO_CACHE=1`. Readers treat a missing, unreadable or foreign entry as a miss.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The cache directory for one kind of entry, or undefined when caching is off.
 *
 * @example
 * ```ts
 * cacheDir('queries'); // '/tmp/claimgraph-cache-1000/queries'
 * ```
 */
export function cacheDir(kind: string): string | undefined {
  const env = process.env;
  if (env.CLAIMGRAPH_NO_CACHE === '1') return undefined;
  // tmpdir() and getuid() are system calls: a warm engine asks once per query
  const envKey = `${env.CLAIMGRAPH_CACHE_DIR ?? ''}\0${env.TMPDIR ?? ''}\0${env.TMP ?? ''}\0${env.TEMP ?? ''}\0${kind}`;
  let dir = dirs.get(envKey);
  if (dir === undefined) {
    const root = env.CLAIMGRAPH_CACHE_DIR || join(tmpdir(), `claimgraph-cache-${process.getuid?.() ?? 'user'}`);
    dirs.set(envKey, (dir = join(root, kind)));
  }
  return dir;
}

const dirs = new Map<string, string>();

/**
 * Reads a cache file as JSON; undefined when it is missing, unreadable, not JSON or (in a shared
 * temporary directory) not the user's own.
 *
 * @example
 * ```ts
 * const entry = readCacheJson(join(cacheDir('graphs')!, 'abc.json'));
 * ```
 */
export function readCacheJson(file: string): unknown {
  try {
    if (process.getuid && statSync(file).uid !== process.getuid()) return undefined;
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Writes a cache file atomically (temporary file, then rename); failures are ignored, since a
 * cache that cannot be written only costs the next run the work again.
 *
 * @example
 * ```ts
 * writeCacheJson(join(cacheDir('graphs')!, 'abc.json'), { version: 1 });
 * ```
 */
export function writeCacheJson(file: string, value: unknown): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(join(file, '..'), { recursive: true, mode: 0o700 });
    writeFileSync(tmp, JSON.stringify(value), { mode: 0o600 });
    renameSync(tmp, file);
  } catch {
    rmSync(tmp, { force: true });
  }
}
