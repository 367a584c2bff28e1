import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { corpusFixture } from './cli.js';
import { tempDir } from './temp.js';

/**
 * Copies the corpus fixture (ontology/, graph/ and queries/, links followed) into a fresh temp
 * dir, removed after the test file, so a test can mutate inputs.
 *
 * @example
 * const dir = copyProject();
 * writeFileSync(join(dir, 'graph/articles/x/claims.yaml'), 'claims: [');
 */
export function copyProject(): string {
  const dir = tempDir('claimgraph-test-');
  for (const sub of ['ontology', 'graph', 'queries']) {
    cpSync(join(corpusFixture, sub), join(dir, sub), { recursive: true, dereference: true });
  }
  return dir;
}

/**
 * SHA-256 of a file, to assert that a failed command left it untouched.
 *
 * @example
 * const before = fileHash(join(dir, 'graph/claimgraph.ttl'));
 */
export function fileHash(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}
