/**
 * Temporary folders of the tests. `tempDir()` makes one under the run's temp root and removes it
 * when the test file ends (tests/helpers/setup-temp.ts registers the hook); the run's temp root
 * itself (tests/helpers/global-temp.ts) is removed when the run ends, so whatever a test or a
 * program it starts leaves in `os.tmpdir()` goes with it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made = new Set<string>();

/**
 * A fresh temporary folder, removed after the calling test file.
 *
 * @example
 * const dir = tempDir('claimgraph-add-');
 */
export function tempDir(prefix = 'claimgraph-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.add(dir);
  return dir;
}

/** Removes every folder {@link tempDir} made so far (called after each test file). */
export function removeTempDirs(): void {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
  made.clear();
}
