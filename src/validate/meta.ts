// Reads only `sha256:` of an article's meta.yaml (with its line), tolerant of other problems:
// validation reports a hash mismatch even when the rest of the project does not build.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The sha256 line of graph/articles/<id>/meta.yaml, or undefined when absent.
 *
 * @example
 * ```ts
 * loadArticleMetaHash('.', 'freedonia-vote'); // { file, line: 3, sha256: '…' }
 * ```
 */
export function loadArticleMetaHash(dir: string, id: string): { file: string; line: number; sha256: string } | undefined {
  const file = `graph/articles/${id}/meta.yaml`;
  const path = join(dir, file);
  if (!existsSync(path)) return undefined;
  const lines = readFileSync(path, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^sha256:\s*["']?([0-9a-fA-F]{64})["']?\s*(#.*)?$/.exec(lines[i]);
    if (m) return { file, line: i + 1, sha256: m[1].toLowerCase() };
  }
  return undefined;
}
