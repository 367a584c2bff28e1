import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from './cli.js';

/** The small generic fixture project of the build pipeline tests. */
export const miniDir = join(projectRoot, 'tests/fixtures/mini');

/**
 * Copies the mini fixture project (ontology/, graph/, queries/) into a fresh temp dir.
 *
 * @example
 * const dir = copyMini();
 * writeFileSync(join(dir, 'graph/articles/freedonia-guild-2011/claims.yaml'), 'claims: [');
 */
export function copyMini(): string {
  const dir = mkdtempSync(join(tmpdir(), 'claimgraph-mini-'));
  cpSync(miniDir, dir, { recursive: true });
  return dir;
}
