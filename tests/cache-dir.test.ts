// The cache folder and its bounds (src/cache-dir.ts; issue 17, finding 4).
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  MemoryLru, beginCacheTransaction, cacheDir, cacheDirProblem, cacheLimits, pruneFolder, readCacheJson, readCacheSerialized, secureDir, writeCacheJson, writeCacheSerialized,
} from '../src/cache-dir.js';

const KEYS = ['TMPDIR', 'CLAIMGRAPH_CACHE_DIR', 'CLAIMGRAPH_NO_CACHE'] as const;
const saved = Object.fromEntries(KEYS.map((k) => [k, process.env[k]]));
let scratch = '';
beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), 'cg-cachedir-'));
  delete process.env.CLAIMGRAPH_CACHE_DIR;
  delete process.env.CLAIMGRAPH_NO_CACHE;
});
afterEach(() => {
  for (const k of KEYS) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
  rmSync(scratch, { recursive: true, force: true });
});

const uid = process.getuid?.() ?? 0;

describe('the folder in the shared temporary directory', () => {
  test('created on the first write with mode 0700, owned by the user', () => {
    process.env.TMPDIR = join(scratch, 'tmp-a');
    mkdirSync(process.env.TMPDIR);
    const dir = cacheDir('queries')!;
    expect(dir).toBe(join(scratch, 'tmp-a', `claimgraph-cache-${uid}`, 'queries'));
    expect(existsSync(dir)).toBe(false); // nothing written yet, nothing created
    writeCacheJson(join(dir, 'x.json'), { a: 1 });
    for (const d of [join(dir, '..'), dir]) {
      expect(statSync(d).mode & 0o777).toBe(0o700);
      expect(statSync(d).uid).toBe(uid);
    }
    expect(readCacheJson(join(dir, 'x.json'))).toEqual({ a: 1 });
  });

  test('a serialized entry comes back with its Maps, Sets and shared objects; a damaged one reads as nothing', () => {
    process.env.CLAIMGRAPH_CACHE_DIR = scratch;
    const dir = cacheDir('contexts')!;
    const shared = { word: 'join' };
    writeCacheSerialized(join(dir, 'x.v8'), { m: new Map([['a', new Set([1, 2])]]), list: [shared, shared] });
    const back = readCacheSerialized(join(dir, 'x.v8')) as { m: Map<string, Set<number>>; list: object[] };
    expect(back.m.get('a')).toEqual(new Set([1, 2]));
    expect(back.list[0]).toBe(back.list[1]);
    writeFileSync(join(dir, 'x.v8'), 'not a serialization');
    expect(readCacheSerialized(join(dir, 'x.v8'))).toBeUndefined();
    expect(readCacheSerialized(join(dir, 'missing.v8'))).toBeUndefined();
  });

  test('a symlink planted where the folder goes is not used, and nothing is written through it', () => {
    process.env.TMPDIR = join(scratch, 'tmp-b');
    mkdirSync(process.env.TMPDIR);
    const elsewhere = join(scratch, 'attacker');
    mkdirSync(elsewhere);
    symlinkSync(elsewhere, join(scratch, 'tmp-b', `claimgraph-cache-${uid}`));
    expect(cacheDir('queries')).toBeUndefined();
    expect(cacheDirProblem()).toMatch(/is a symbolic link; not used/);
    expect(readdirSync(elsewhere)).toEqual([]);
  });

  test('a folder of another user is not used', () => {
    const other = join(scratch, 'theirs');
    mkdirSync(other, { mode: 0o700 });
    expect(secureDir(other, { followLink: false, uid: uid + 1 })).toMatch(new RegExp(`belongs to user ${uid}, not to this user \\(${uid + 1}\\); not used`));
  });

  test.runIf(uid === 0)('a real one (chowned to another uid) is refused by cacheDir', () => {
    process.env.TMPDIR = join(scratch, 'tmp-c');
    mkdirSync(process.env.TMPDIR);
    const planted = join(scratch, 'tmp-c', `claimgraph-cache-${uid}`);
    mkdirSync(planted, { mode: 0o777 });
    chownSync(planted, 4242, 4242);
    expect(cacheDir('graphs')).toBeUndefined();
    expect(cacheDirProblem()).toMatch(/belongs to user 4242/);
  });

  test('a folder of ours open to others is closed to 0700', () => {
    const loose = join(scratch, 'loose');
    mkdirSync(loose);
    chmodSync(loose, 0o777);
    expect(secureDir(loose, { followLink: false })).toBeUndefined();
    expect(statSync(loose).mode & 0o777).toBe(0o700);
  });
});

describe('bounds', () => {
  test('past its bound on entries, a folder keeps the most recently used ones', () => {
    const folder = join(scratch, 'queries');
    mkdirSync(folder);
    for (let i = 0; i < 20; i++) {
      writeFileSync(join(folder, `e${i}.json`), '{}');
      utimesSync(join(folder, `e${i}.json`), new Date(1000 * i), new Date(1000 * i));
    }
    // e0 was read lately: it is recent again
    utimesSync(join(folder, 'e0.json'), new Date(), new Date());
    const left = pruneFolder(folder, { maxEntries: 10, maxBytes: 1e9, maxEntryBytes: 1e9 });
    expect(left.entries).toBe(9);
    expect(readdirSync(folder).sort()).toEqual(['e0.json', ...[12, 13, 14, 15, 16, 17, 18, 19].map((i) => `e${i}.json`)].sort());
  });

  test('writing past the bounds prunes; an entry larger than its kind allows is not written', () => {
    process.env.CLAIMGRAPH_CACHE_DIR = scratch;
    const dir = cacheDir('queries')!;
    const limits = cacheLimits('queries');
    writeCacheJson(join(dir, 'big.json'), { text: 'x'.repeat(limits.maxEntryBytes + 1) });
    expect(existsSync(join(dir, 'big.json'))).toBe(false);
    // 30 entries of 3 MB: the byte bound (64 MB) holds
    const blob = 'y'.repeat(3 * 1024 * 1024 - 100);
    for (let i = 0; i < 30; i++) writeCacheJson(join(dir, `b${i}.json`), { blob, i });
    // each entry is over the 1 MB entry bound: none is written (the folder is not even made)
    expect(existsSync(dir) ? readdirSync(dir) : []).toEqual([]);
    const medium = 'z'.repeat(900 * 1024);
    for (let i = 0; i < 100; i++) writeCacheJson(join(dir, `m${i}.json`), { medium, i });
    const bytes = readdirSync(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0);
    expect(bytes).toBeLessThanOrEqual(limits.maxBytes);
    expect(existsSync(join(dir, 'm99.json'))).toBe(true);
  });

  test('memory: bounded by entries and by bytes, least recently used first', () => {
    const lru = new MemoryLru<string>({ maxEntries: 3, maxBytes: 100 });
    lru.set('a', 'A', 10);
    lru.set('b', 'B', 10);
    lru.set('c', 'C', 10);
    expect(lru.get('a')).toBe('A'); // a is now the most recent
    lru.set('d', 'D', 10);
    expect([lru.has('a'), lru.has('b'), lru.has('c'), lru.has('d')]).toEqual([true, false, true, true]);
    lru.set('e', 'E', 85);
    expect(lru.bytes).toBeLessThanOrEqual(100);
    expect(lru.has('e')).toBe(true);
    lru.set('huge', 'H', 101);
    expect(lru.has('huge')).toBe(false);
  });
});

describe('transactions: nothing is cached for a request that fails', () => {
  test('discarded writes never happen; committed ones do', () => {
    process.env.CLAIMGRAPH_CACHE_DIR = scratch;
    const dir = cacheDir('queries')!;
    const lru = new MemoryLru<number>({ maxEntries: 10, maxBytes: 1000 });
    const failed = beginCacheTransaction();
    writeCacheJson(join(dir, 'refused.json'), { refused: true });
    lru.set('refused', 1, 1);
    failed.discard();
    expect(existsSync(join(dir, 'refused.json'))).toBe(false);
    expect(lru.has('refused')).toBe(false);
    const ok = beginCacheTransaction();
    writeCacheJson(join(dir, 'ok.json'), { ok: true });
    lru.set('ok', 1, 1);
    expect(existsSync(join(dir, 'ok.json'))).toBe(false);
    ok.commit();
    expect(readCacheJson(join(dir, 'ok.json'))).toEqual({ ok: true });
    expect(lru.get('ok')).toBe(1);
  });
});

describe("Node's compile cache", () => {
  // Node's own default (`$TMPDIR/node-compile-cache`, mode 0755) is a shared folder no setting of
  // claimgraph's removes: the CLI and every worker thread (serve's query and workbench workers)
  // put theirs in the checked `compile` folder, or nowhere with caching off.
  const run = (env: NodeJS.ProcessEnv) => spawnSync(process.execPath, ['--input-type=module', '-e', `
    import { Worker } from 'node:worker_threads';
    const { enableCompileCache } = await import(${JSON.stringify(new URL('../dist/cache-dir.js', import.meta.url).href)});
    const here = enableCompileCache();
    const code = 'import(' + JSON.stringify(${JSON.stringify(new URL('../dist/cache-dir.js', import.meta.url).href)}) + ').then((m) => process.getBuiltinModule("node:worker_threads").parentPort.postMessage(m.enableCompileCache() ?? null))';
    const w = new Worker(code, { eval: true });
    w.once('message', (there) => { console.log(JSON.stringify([here ?? null, there])); w.terminate(); });
  `], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, NODE_COMPILE_CACHE: undefined, ...env } });

  test('in the main thread and a worker: the checked folder (0700), nothing in the temp directory', () => {
    const tmp = join(scratch, 'tmp');
    mkdirSync(tmp);
    const cache = join(scratch, 'cache');
    const r = run({ TMPDIR: tmp, CLAIMGRAPH_CACHE_DIR: cache });
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([join(cache, 'compile'), join(cache, 'compile')]);
    expect(statSync(join(cache, 'compile')).mode & 0o777).toBe(0o700);
    expect(readdirSync(tmp)).toEqual([]);
  });

  test('with CLAIMGRAPH_NO_CACHE=1: none at all', () => {
    const tmp = join(scratch, 'tmp');
    mkdirSync(tmp);
    const r = run({ TMPDIR: tmp, CLAIMGRAPH_NO_CACHE: '1' });
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([null, null]);
    expect(readdirSync(tmp)).toEqual([]);
  });
});
