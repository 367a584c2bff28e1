/**
 * Where claimgraph keeps what it can recompute, and the bounds on it.
 *
 * The directory is per user, beside Node's own compile cache (`$TMPDIR/claimgraph-cache-<uid>`),
 * or `CLAIMGRAPH_CACHE_DIR`; none with `CLAIMGRAPH_NO_CACHE=1`. Readers treat a missing,
 * unreadable or foreign entry as a miss.
 *
 * Why the checks: the default root sits in a shared temporary directory, where another local
 * user could create it first (or plant a symlink to a folder of theirs) and so read or feed
 * every cached parse. Before first use in a process the root and each kind's folder are checked:
 * a real directory (not a symlink), owned by this user, with no access for group or others
 * (a folder of ours with looser bits is set to 0700). A root that fails is not used: caching
 * is then off for the process, and {@link cacheDirProblem} says why.
 *
 * Why the bounds: a server caches what requests contain. Each kind has a bound on entries and
 * bytes on disk (least recently used entries go first; a hit refreshes the file's time) and a
 * largest entry (a larger one is not stored). {@link MemoryLru} bounds in-memory memos the same
 * way. Writes made while a {@link CacheTransaction} is open are held until it commits, so a
 * request that is refused or fails leaves nothing behind.
 */
import { lstatSync, chmodSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import module from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Bounds of one kind of cache entry on disk. */
export interface CacheLimits {
  /** Most entries kept in the kind's folder. */
  maxEntries: number;
  /** Most bytes kept in the kind's folder. */
  maxBytes: number;
  /** Largest entry stored; a larger one is not written. */
  maxEntryBytes: number;
}

const MiB = 1024 * 1024;

/**
 * The bounds per kind. `queries`: parsed queries and algebra, a few kB each (the named queries'
 * entries are 2-40 kB). `graphs`: parsed small graphs (src/graph/load-cache.ts; at most 4 M
 * characters of Turtle, whose entry is about as large). `contexts`: a check context's compiled
 * lexicon and ontology (src/check/context-cache.ts; a few MB, one per ontology and code version).
 */
export const CACHE_LIMITS: Record<string, CacheLimits> = {
  queries: { maxEntries: 2000, maxBytes: 64 * MiB, maxEntryBytes: 1 * MiB },
  graphs: { maxEntries: 16, maxBytes: 256 * MiB, maxEntryBytes: 64 * MiB },
  contexts: { maxEntries: 16, maxBytes: 256 * MiB, maxEntryBytes: 32 * MiB },
};
const DEFAULT_LIMITS: CacheLimits = { maxEntries: 500, maxBytes: 64 * MiB, maxEntryBytes: 4 * MiB };

/** The limits of a kind (its own, or the defaults). */
export function cacheLimits(kind: string): CacheLimits {
  return CACHE_LIMITS[kind] ?? DEFAULT_LIMITS;
}

/**
 * The cache directory for one kind of entry, or undefined when caching is off or the directory
 * failed its ownership check.
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
    const explicit = env.CLAIMGRAPH_CACHE_DIR;
    const root = explicit || join(tmpdir(), `claimgraph-cache-${process.getuid?.() ?? 'user'}`);
    const sub = join(root, kind);
    // checked once per process if they exist; created (and checked again) on the first write
    const problem = secureDir(root, { followLink: !!explicit, create: false }) ?? secureDir(sub, { followLink: false, create: false });
    if (problem) problems.set(root, problem);
    else roots.set(sub, { root, followLink: !!explicit });
    dir = problem ? null : sub;
    dirs.set(envKey, dir);
  }
  return dir ?? undefined;
}

/**
 * Turns on Node's compile cache in claimgraph's own `compile` folder (created 0700 and checked
 * like every kind's folder), or not at all when caching is off or the folder fails its check.
 * Node's own default would be a shared `$TMPDIR/node-compile-cache` that no setting of ours
 * removes; NODE_COMPILE_CACHE, when set, is Node's choice and wins. Returns the folder used.
 *
 * @example
 * ```ts
 * enableCompileCache(); // '/tmp/claimgraph-cache-1000/compile'
 * ```
 */
export function enableCompileCache(): string | undefined {
  const dir = cacheDir('compile');
  if (!dir || secureDir(dir, { followLink: false })) return undefined;
  module.enableCompileCache?.(dir);
  return dir;
}

const dirs = new Map<string, string | null>();
const problems = new Map<string, string>();
/** The root of each kind's folder handed out, for the check on the first write. */
const roots = new Map<string, { root: string; followLink: boolean }>();
/** Folders created or checked for writing in this process. */
const writable = new Set<string>();

/** Creates a kind's folder and its root when missing and checks both, once per process. */
function ensureWritable(folder: string): boolean {
  if (writable.has(folder)) return true;
  const r = roots.get(folder);
  const problem = (r ? secureDir(r.root, { followLink: r.followLink }) : undefined) ?? secureDir(folder, { followLink: false });
  if (problem) {
    problems.set(r?.root ?? folder, problem);
    return false;
  }
  writable.add(folder);
  return true;
}

/**
 * Why the cache is off for this process, or undefined when it is not (or not yet asked).
 *
 * @example
 * ```ts
 * if (!cacheDir('queries')) console.warn(cacheDirProblem());
 * ```
 */
export function cacheDirProblem(): string | undefined {
  return [...problems.values()].at(-1);
}

/**
 * Creates a folder (mode 0700; unless `create` is false) or checks an existing one: a directory
 * owned by `uid`, not a symlink (unless `followLink`: a root the user named), without group or
 * other access (set to 0700 when it is ours). Returns what is wrong, or undefined (also for a
 * folder that does not exist and is not to be created).
 *
 * @example
 * ```ts
 * secureDir('/tmp/claimgraph-cache-1000', { followLink: false }); // undefined when fine
 * ```
 */
export function secureDir(path: string, opts: { followLink: boolean; uid?: number; create?: boolean }): string | undefined {
  const uid = opts.uid ?? process.getuid?.();
  if (opts.create !== false) {
    try {
      mkdirSync(path, { recursive: true, mode: 0o700 });
    } catch (err) {
      return `cannot create the cache folder ${path}: ${(err as Error).message}`;
    }
  }
  let st;
  try {
    st = opts.followLink ? statSync(path) : lstatSync(path);
  } catch (err) {
    if (opts.create === false && (err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    return `cannot read the cache folder ${path}: ${(err as Error).message}`;
  }
  if (st.isSymbolicLink()) return `the cache folder ${path} is a symbolic link; not used`;
  if (!st.isDirectory()) return `the cache folder ${path} is not a directory; not used`;
  // Windows has no uids: nothing to compare
  if (uid === undefined) return undefined;
  if (st.uid !== uid) return `the cache folder ${path} belongs to user ${st.uid}, not to this user (${uid}); not used`;
  if ((st.mode & 0o077) !== 0) {
    try {
      chmodSync(path, 0o700);
    } catch (err) {
      return `the cache folder ${path} is open to other users and cannot be closed: ${(err as Error).message}`;
    }
  }
  return undefined;
}

/**
 * Reads a cache file as JSON; undefined when it is missing, unreadable, not JSON or not the
 * user's own. A hit refreshes the file's time (least recently used entries are evicted first).
 *
 * @example
 * ```ts
 * const entry = readCacheJson(join(cacheDir('graphs')!, 'abc.json'));
 * ```
 */
export function readCacheJson(file: string): unknown {
  try {
    if (process.getuid && statSync(file).uid !== process.getuid()) return undefined;
    const value = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    const now = new Date();
    utimesSync(file, now, now);
    return value;
  } catch {
    return undefined;
  }
}

/**
 * Reads a cache file written by {@link writeCacheSerialized} (Node's structured serialization,
 * `node:v8`); undefined when it is missing, unreadable, damaged or not the user's own. A hit
 * refreshes the file's time, as {@link readCacheJson} does.
 *
 * @example
 * ```ts
 * const entry = readCacheSerialized(join(cacheDir('contexts')!, 'abc.v8'));
 * ```
 */
export function readCacheSerialized(file: string): unknown {
  try {
    if (process.getuid && statSync(file).uid !== process.getuid()) return undefined;
    const value = v8().deserialize(readFileSync(file)) as unknown;
    const now = new Date();
    utimesSync(file, now, now);
    return value;
  } catch {
    return undefined;
  }
}

/**
 * Writes a cache file as Node's structured serialization (`node:v8`), atomically and within its
 * kind's limits, as {@link writeCacheJson} does. Why: Maps, Sets and shared objects come back as
 * they were without a decoding pass of our own; a check context's compiled lexicon (~45k
 * containers) read back in about two thirds of the time of `JSON.parse` plus that pass.
 *
 * @example
 * ```ts
 * writeCacheSerialized(join(cacheDir('contexts')!, 'abc.v8'), new Map([['a', new Set([1])]]));
 * ```
 */
export function writeCacheSerialized(file: string, value: unknown): void {
  const bytes = v8().serialize(value);
  deferCacheWrite(() => writeNow(file, bytes));
}

// loaded on first use (~5 ms of CPU): only a check context's cache reads it, not every command's start
const v8 = (): typeof import('node:v8') => process.getBuiltinModule('node:v8');

/**
 * Writes a cache file atomically (temporary file, then rename); failures are ignored, since a
 * cache that cannot be written only costs the next run the work again. An entry larger than its
 * kind's `maxEntryBytes` is not written; inside an open {@link CacheTransaction} the write waits
 * for its commit. The kind is the name of the file's folder.
 *
 * @example
 * ```ts
 * writeCacheJson(join(cacheDir('graphs')!, 'abc.json'), { version: 1 });
 * ```
 */
export function writeCacheJson(file: string, value: unknown): void {
  const text = JSON.stringify(value);
  deferCacheWrite(() => writeNow(file, text));
}

function writeNow(file: string, text: string | Buffer): void {
  const folder = join(file, '..');
  const kind = folder.split(/[\\/]/).at(-1) ?? '';
  const limits = cacheLimits(kind);
  const bytes = Buffer.byteLength(text);
  if (bytes > limits.maxEntryBytes || !ensureWritable(folder)) return;
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, text, { mode: 0o600 });
    renameSync(tmp, file);
  } catch {
    rmSync(tmp, { force: true });
    return;
  }
  noteWrite(folder, limits, bytes);
}

// What this process believes each folder holds: read once, then counted up on every write; when
// it passes a bound the folder is listed again and its oldest entries removed. Other processes
// writing to the same folder are seen at that listing.
const usage = new Map<string, { entries: number; bytes: number }>();

function noteWrite(folder: string, limits: CacheLimits, bytes: number): void {
  let u = usage.get(folder);
  if (!u) usage.set(folder, (u = listFolder(folder).reduce((a, e) => ({ entries: a.entries + 1, bytes: a.bytes + e.size }), { entries: 0, bytes: 0 })));
  else {
    u.entries++;
    u.bytes += bytes;
  }
  if (u.entries > limits.maxEntries || u.bytes > limits.maxBytes) usage.set(folder, pruneFolder(folder, limits));
}

function listFolder(folder: string): { path: string; size: number; time: number }[] {
  const out: { path: string; size: number; time: number }[] = [];
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return out;
  }
  for (const name of names) {
    if (name.endsWith('.tmp')) continue;
    try {
      const st = statSync(join(folder, name));
      if (st.isFile()) out.push({ path: join(folder, name), size: st.size, time: st.mtimeMs });
    } catch {
      // removed meanwhile
    }
  }
  return out;
}

/**
 * Removes the least recently used entries of a folder until it is within its bounds, down to
 * 90% of them so the next writes do not list it again at once; returns what is left.
 *
 * @example
 * ```ts
 * pruneFolder(cacheDir('queries')!, cacheLimits('queries'));
 * ```
 */
export function pruneFolder(folder: string, limits: CacheLimits): { entries: number; bytes: number } {
  const entries = listFolder(folder).sort((a, b) => a.time - b.time);
  let count = entries.length;
  let bytes = entries.reduce((n, e) => n + e.size, 0);
  const maxEntries = Math.floor(limits.maxEntries * 0.9);
  const maxBytes = Math.floor(limits.maxBytes * 0.9);
  for (const e of entries) {
    if (count <= maxEntries && bytes <= maxBytes) break;
    rmSync(e.path, { force: true });
    count--;
    bytes -= e.size;
  }
  return { entries: count, bytes };
}

// ------------------------------------------------------------------ transactions

let open: (() => void)[] | undefined;

/** Cache writes held back until a request has succeeded. */
export interface CacheTransaction {
  /** Performs the held writes. */
  commit(): void;
  /** Drops them. */
  discard(): void;
}

/**
 * Opens a transaction: until it is committed or discarded, cache writes of this thread (files and
 * {@link MemoryLru} entries) are held. One at a time per thread (a server's query worker runs one
 * request at a time); opening a second discards the first.
 *
 * @example
 * ```ts
 * const tx = beginCacheTransaction();
 * try { answer = run(request); tx.commit(); } catch (e) { tx.discard(); throw e; }
 * ```
 */
export function beginCacheTransaction(): CacheTransaction {
  const held: (() => void)[] = [];
  open = held;
  const close = (): void => {
    if (open === held) open = undefined;
  };
  return {
    commit() {
      close();
      for (const write of held.splice(0)) write();
    },
    discard() {
      close();
      held.length = 0;
    },
  };
}

/**
 * Runs a cache write now, or when the open transaction commits.
 *
 * @example
 * ```ts
 * deferCacheWrite(() => memo.set(key, value));
 * ```
 */
export function deferCacheWrite(write: () => void): void {
  if (open) open.push(write);
  else write();
}

// ------------------------------------------------------------------ memory

/**
 * A least-recently-used map bounded by entries and by bytes (as the caller counts them). Writes
 * go through {@link deferCacheWrite}, so they respect an open transaction; an entry larger than
 * the whole byte bound is not kept.
 *
 * @example
 * ```ts
 * const memo = new MemoryLru<string>({ maxEntries: 256, maxBytes: 16 * 1024 * 1024 });
 * memo.set('k', 'v', 1);
 * memo.get('k'); // 'v'
 * ```
 */
export class MemoryLru<V> {
  readonly #map = new Map<string, { value: V; bytes: number }>();
  #bytes = 0;

  constructor(readonly limits: { maxEntries: number; maxBytes: number }) {}

  /** Entries held. */
  get size(): number {
    return this.#map.size;
  }

  /** Bytes held, as counted by the callers of `set`. */
  get bytes(): number {
    return this.#bytes;
  }

  /** The value of a key, made the most recently used. */
  get(key: string): V | undefined {
    const e = this.#map.get(key);
    if (!e) return undefined;
    this.#map.delete(key);
    this.#map.set(key, e);
    return e.value;
  }

  has(key: string): boolean {
    return this.#map.has(key);
  }

  /** Stores a value of `bytes` bytes (now, or when the open transaction commits). */
  set(key: string, value: V, bytes: number): void {
    deferCacheWrite(() => this.#setNow(key, value, bytes));
  }

  delete(key: string): void {
    const e = this.#map.get(key);
    if (!e) return;
    this.#bytes -= e.bytes;
    this.#map.delete(key);
  }

  clear(): void {
    this.#map.clear();
    this.#bytes = 0;
  }

  #setNow(key: string, value: V, bytes: number): void {
    this.delete(key);
    if (bytes > this.limits.maxBytes) return;
    this.#map.set(key, { value, bytes });
    this.#bytes += bytes;
    for (const [k, e] of this.#map) {
      if (this.#map.size <= this.limits.maxEntries && this.#bytes <= this.limits.maxBytes) break;
      this.#bytes -= e.bytes;
      this.#map.delete(k);
    }
  }
}
