// docs/check-modules.md lists every module of src/check/ with the first sentence of its leading
// comment (scripts/module-index.mjs). A module added, removed or re-described without running the
// script leaves the index stale: this test fails then, so the reader's guide cannot drift.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { firstSentence, render } from '../../scripts/module-index.mjs';

const INDEX = fileURLToPath(new URL('../../docs/check-modules.md', import.meta.url));

describe('module index (docs/check-modules.md)', () => {
  it('is what the script writes from src/check/ now', () => {
    expect(readFileSync(INDEX, 'utf8')).toBe(render());
  });
  it('takes the first sentence of the leading comment, without a leading round marker', () => {
    expect(firstSentence('/**\n * Round 27 (branch x): a reader of gifts. It reads "X gave Y".\n */\nexport {};')).toBe('a reader of gifts.');
    expect(firstSentence('/**\n * Amounts in U.S. dollars, e.g. "$5bn". More.\n */')).toBe('Amounts in U.S. dollars, e.g. "$5bn".');
    expect(firstSentence('export const x = 1;')).toBe('(no leading comment)');
  });
});
