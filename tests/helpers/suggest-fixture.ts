import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { projectRoot } from './cli.js';

/** The suggest fixture (fictional states): tests/fixtures/suggest/graph. */
export const SUGGEST_FIXTURE = join(projectRoot, 'tests/fixtures/suggest');

/**
 * A fresh project in a temp dir: the repository's ontology/ with the suggest fixture's graph/
 * (two articles: one curated with the members of a group, one barely curated). Removed when
 * the calling file's tests are done, with the cache off so nothing is left behind.
 *
 * @example
 * const dir = suggestProject();
 */
export function suggestProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'claimgraph-suggest-'));
  cpSync(join(projectRoot, 'ontology'), join(dir, 'ontology'), { recursive: true });
  cpSync(join(SUGGEST_FIXTURE, 'graph'), join(dir, 'graph'), { recursive: true });
  made.push(dir);
  return dir;
}

const made: string[] = [];
const savedCache = process.env.CLAIMGRAPH_NO_CACHE;
process.env.CLAIMGRAPH_NO_CACHE = '1';
afterAll(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
  if (savedCache === undefined) delete process.env.CLAIMGRAPH_NO_CACHE;
  else process.env.CLAIMGRAPH_NO_CACHE = savedCache;
});
