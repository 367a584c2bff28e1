// A false SUPPORTED found while probing around the held-out set tests/check/cases/users5/
// (2026-12-03): a qualifier value given under another qualifier of the source claim was taken as
// a match (src/check/qualifiers.ts, meant for a purpose the source files as the sector), so "the
// first Japanese premier to visit X" was supported by "the last Japanese Prime Minister to visit
// X was Koizumi". Every expectation marked "old:" failed on the code before.
import { describe, expect, it } from 'vitest';
import { checkGraphDir } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

describe('a rank among an office\'s holders is never matched by the other rank', async () => {
  const { check } = await checkGraphDir(corpusFixture);
  const verdict = (claim: string): Promise<string> => check(claim).then((r) => r.verdict, () => 'NOT_ENOUGH_INFO');

  it('"the first X to visit" is not supported by "the last X to visit"', async () => {
    // old: SUPPORTED (the source gives the Prime Minister of Japan as its last in office)
    expect(await verdict('Koizumi was the first Japanese premier to visit Uzbekistan.')).toBe('NOT_ENOUGH_INFO');
    expect(await verdict('Koizumi was the first Japanese prime minister to visit Kazakhstan.')).toBe('NOT_ENOUGH_INFO');
    // each rank still reads against its own
    expect(await verdict('Koizumi was the last Japanese premier to visit Uzbekistan.')).toBe('SUPPORTED');
    expect(await verdict('Abe was the first Japanese prime minister to visit Kyrgyzstan.')).toBe('SUPPORTED');
    expect(await verdict('Koizumi was the first Japanese PM to visit Kyrgyzstan.')).toBe('REFUTED');
  });
});
