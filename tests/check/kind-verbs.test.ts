// What a thing carries, said as its kind (src/check/kind-verbs.ts, lexicon cg:kindPhrase, round 17).
import { describe, expect, it } from 'vitest';
import { kindByVerb } from '../../src/check/kind-verbs.js';
import { checkFixture, checkGraphDir } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

const { ctx } = checkFixture();

describe('a verb phrase that says a kind', () => {
  it('reads "X [will] carry oil" as "X is an oil pipeline"', () => {
    expect(kindByVerb(ctx, 'The canal pipeline carries oil.')?.claim).toBe('The canal pipeline is an oil pipeline.');
    expect(kindByVerb(ctx, 'The canal pipeline will transport natural gas.')?.claim).toBe('The canal pipeline is a gas pipeline.');
    // the phrase must close the claim
    expect(kindByVerb(ctx, 'The canal pipeline carries oil to Sylvania.')).toBeUndefined();
  });
  it('refutes by a disjoint kind, never supports, and reads no subject of another kind', async () => {
    const { check } = await checkGraphDir(corpusFixture);
    expect((await check('The TAPI pipeline will carry oil.')).verdict).toBe('REFUTED');
    expect((await check('The TAPI pipeline carries gas.')).verdict).toBe('NOT_ENOUGH_INFO');
    await expect(check('Turkmenistan carries gas.')).rejects.toThrow(/could not read/);
  });
});
