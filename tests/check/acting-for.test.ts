// The leaders of named states as those states (src/check/acting-for.ts, round 17).
import { describe, expect, it } from 'vitest';
import { actingFor } from '../../src/check/acting-for.js';
import { checkGraphDir } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

describe('leaders acting for named states', () => {
  it('says the states for their leaders, as subject or after "by"', () => {
    expect(actingFor('The leaders of Freedonia and Sylvania signed the treaty.')).toBe('Freedonia and Sylvania signed the treaty.');
    expect(actingFor('Presidents of Freedonia, Sylvania and Marsovia signed the treaty.')).toBe('Freedonia, Sylvania and Marsovia signed the treaty.');
    expect(actingFor('The treaty was signed by the presidents of Freedonia and Sylvania.')).toBe('The treaty was signed by Freedonia and Sylvania.');
  });
  it('leaves one leader, a count and other nouns alone', () => {
    expect(actingFor('The leader of Freedonia signed the treaty.')).toBeUndefined();
    expect(actingFor('Leaders of four countries signed the treaty.')).toBeUndefined();
    expect(actingFor('The citizens of Freedonia and Sylvania signed the treaty.')).toBeUndefined();
  });
  it('decides as the states\' deed', async () => {
    const { check } = await checkGraphDir(corpusFixture);
    expect((await check('The leaders of Turkmenistan, Afghanistan, Pakistan and India started construction of the TAPI pipeline.')).verdict).toBe('SUPPORTED');
  });
});
