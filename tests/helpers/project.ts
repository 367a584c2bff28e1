import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { projectRoot } from './cli.js';

/**
 * Copies ontology/, graph/ and queries/ of the repository into a fresh temp dir, so a test can
 * mutate inputs without touching the committed graph.
 *
 * @example
 * const dir = copyProject();
 * writeFileSync(join(dir, 'graph/articles/x/claims.yaml'), 'claims: [');
 */
export function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'claimgraph-test-'));
  for (const sub of ['ontology', 'graph', 'queries']) {
    cpSync(join(projectRoot, sub), join(dir, sub), { recursive: true });
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
