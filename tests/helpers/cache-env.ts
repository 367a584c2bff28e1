/**
 * Gives each test of the calling file its own cache directory (CLAIMGRAPH_CACHE_DIR) with the
 * cache on, and puts the environment back afterwards. Returns a getter for the directory.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';

export function useTempCacheDir(prefix: string): () => string {
  let dir = '';
  const saved = { dir: process.env.CLAIMGRAPH_CACHE_DIR, off: process.env.CLAIMGRAPH_NO_CACHE };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), prefix));
    process.env.CLAIMGRAPH_CACHE_DIR = dir;
    delete process.env.CLAIMGRAPH_NO_CACHE;
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    if (saved.dir === undefined) delete process.env.CLAIMGRAPH_CACHE_DIR;
    else process.env.CLAIMGRAPH_CACHE_DIR = saved.dir;
    if (saved.off === undefined) delete process.env.CLAIMGRAPH_NO_CACHE;
    else process.env.CLAIMGRAPH_NO_CACHE = saved.off;
  });
  return () => dir;
}
