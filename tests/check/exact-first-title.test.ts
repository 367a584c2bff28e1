// Three false verdicts the held-out set tests/check/cases/users3/ found on its first run (2026-12-03),
// each fixed where the verdict is made; every expectation marked "old:" failed on the code before.
import { describe, expect, it } from 'vitest';
import { checkGraphDir } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

describe('trust fixes from the users3 set, on the committed graph', async () => {
  const { check } = await checkGraphDir(corpusFixture);

  it('"exactly N units" is to the day (src/check/spans.ts), "about" and "just" stay as near', async () => {
    // old: SUPPORTED (34 days was read as "about one month")
    const r = await check('The AIIB opened exactly one month after the TAPI groundbreaking.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.explanation).toContain('34 days');
    expect((await check('The AIIB opened about one month after the TAPI groundbreaking.')).verdict).toBe('SUPPORTED');
    expect((await check('The AIIB opened exactly 34 days after the TAPI groundbreaking.')).verdict).toBe('SUPPORTED');
    expect((await check('The AIIB opened just three weeks after its Articles of Agreement came into force.')).verdict).toBe('SUPPORTED');
    // a side known by its year only cannot be exact: it decides only when the count is off anyway
    expect((await check("Koizumi's visit to Kazakhstan came exactly five years before Abe's.")).verdict).toBe('REFUTED');
    await expect(check("Koizumi's visit to Kazakhstan came exactly nine years before Abe's.")).rejects.toThrow(/could not read/);
  });

  it('"the first comment" is the earliest dated one, not any comment (src/check/metadata.ts)', async () => {
    // old: SUPPORTED (the second comment is dated January 18)
    const r = await check('The first comment on the AIIB article was posted on 18 January 2016.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.explanation).toContain('2016-01-17');
    expect((await check('The first comment on the AIIB article was posted on 17 January 2016.')).verdict).toBe('SUPPORTED');
    expect((await check('A reader comment on the AIIB article was posted on 18 January 2016.')).verdict).toBe('SUPPORTED');
  });

  it('a title given in other words is not another title; a word the title lacks still refutes (src/check/metadata.ts)', async () => {
    // old: REFUTED (the words were not contiguous in the headline)
    expect((await check("Sana Hashmi's piece calls Japan's engagement in Central Asia 'better late than never'.")).verdict).not.toBe('REFUTED');
    expect((await check("The Japan analysis is titled 'Better Late Than Ever'.")).verdict).toBe('REFUTED');
  });
});
