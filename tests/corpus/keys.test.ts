import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { codeHash, COMPILER_DIRS } from '../../src/corpus/keys.js';
import { tempDir } from '../helpers/temp.js';

// The build cache is keyed on the compiler's code. It used to hash a hand-kept list of files, so a
// module added later (a date reader under source/) could change the Turtle without invalidating
// cached chunks. Now every module of the compiler's folders counts.
describe('codeHash: the compiler code the build cache is keyed on', () => {
  function fakeDist(): string {
    const root = tempDir('claimgraph-keys-');
    for (const d of COMPILER_DIRS) {
      mkdirSync(join(root, d));
      writeFileSync(join(root, d, 'index.js'), `export const dir = '${d}';\n`);
    }
    return root;
  }
  const hashOf = (root: string) => codeHash(pathToFileURL(`${root}/`));

  it('changes when a module that no list names is added or edited in any compiler folder', () => {
    for (const d of COMPILER_DIRS) {
      const root = fakeDist();
      const before = hashOf(root);
      writeFileSync(join(root, d, 'dates.js'), 'export const year = 1;\n');
      const added = hashOf(root);
      expect(added).not.toBe(before);
      writeFileSync(join(root, d, 'dates.js'), 'export const year = 2;\n');
      expect(hashOf(root)).not.toBe(added);
    }
  });

  it('ignores what is not compiled code (maps, declarations) and is stable', () => {
    const root = fakeDist();
    const before = hashOf(root);
    writeFileSync(join(root, 'graph', 'index.js.map'), '{}');
    writeFileSync(join(root, 'graph', 'index.d.ts'), 'export {};');
    expect(hashOf(root)).toBe(before);
    expect(hashOf(root)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('names folders that exist in the compiled dist/ (a renamed folder would go unhashed)', () => {
    for (const d of COMPILER_DIRS) expect(existsSync(new URL(`../../dist/${d}/index.js`, import.meta.url))).toBe(true);
  });
});
