import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './cli.js';
import { tempDir } from './temp.js';

/** The small generic fixture project of the build pipeline tests. */
export const miniDir = join(projectRoot, 'tests/fixtures/mini');

/**
 * Copies the mini fixture project (ontology/, graph/, queries/) into a fresh temp dir, removed after the test file.
 *
 * @example
 * const dir = copyMini();
 * writeFileSync(join(dir, 'graph/articles/freedonia-guild-2011/claims.yaml'), 'claims: [');
 */
export function copyMini(): string {
  const dir = tempDir('claimgraph-mini-');
  cpSync(miniDir, dir, { recursive: true });
  return dir;
}
