// Round 36 (precision36, fix28b's left F8): an apposition's statement ("X is China's
// vice-minister of finance") in a claim of the past ("X, China's vice-minister of finance, was
// elected ...") holds at the main clause's time; the source's "a former Chinese vice-minister"
// does not say it held then (src/check/compound.ts heldThen). It was SUPPORTED by the former holding.
import { describe, expect, it } from 'vitest';
import { checkGraphDir } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

const { check } = await checkGraphDir(corpusFixture);

describe('a present part of a past claim backed by a former holding', () => {
  it('is undecided (was SUPPORTED); the source\'s own "a former N" is supported', async () => {
    expect((await check("Jin Liqun, China's vice-minister of finance, was elected president of the AIIB.")).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check('Jin Liqun, a former Chinese vice-minister of finance, was elected president of the AIIB.')).verdict).toBe('SUPPORTED');
    expect((await check('Jin Liqun was a vice-minister of finance of China.')).verdict).toBe('SUPPORTED');
  });
});
