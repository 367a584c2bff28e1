// "S only V N ..." read as "S V only N ..." (src/check/rewrites.ts `onlyBeforeCount`, round 22):
// "only" before the verb restricts the count after it; the word is moved, never dropped.
import { describe, expect, it } from 'vitest';
import { onlyBeforeCount } from '../../src/check/rewrites.js';
import { checkGraphDir } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

describe('"only" before a verb with a count', () => {
  it('moves "only" before the count, and leaves other claims alone', () => {
    expect(onlyBeforeCount('Rufus only visited two of the League states.')).toBe('Rufus visited only two of the League states.');
    expect(onlyBeforeCount('Rufus only visited 3 states.')).toBe('Rufus visited only 3 states.');
    expect(onlyBeforeCount('Rufus only visited Sylvania.')).toBeUndefined();
    expect(onlyBeforeCount('Rufus visited two states.')).toBeUndefined();
  });
  it('decides the count as "visited only N" does (the corpus fixture: five of five visited)', async () => {
    const { check } = await checkGraphDir(corpusFixture);
    const r = await check('Abe only visited four of the five Central Asian republics.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.explanation).toMatch(/holds for 5/);
  });
});
