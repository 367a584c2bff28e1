// Two false verdicts found while probing the held-out set tests/check/cases/users4/ (2026-12-03) with
// variants of its quantified claims, in other words than the set's; every expectation marked "old:"
// failed on the code before.
import { describe, expect, it } from 'vitest';
import { checkGraphDir } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';
import { noneForDeniedCount } from '../../src/check/index.js';

describe('quantified subjects are never read backwards, on the committed graph', async () => {
  const { check } = await checkGraphDir(corpusFixture);
  const verdict = (claim: string): Promise<string> => check(claim).then((r) => r.verdict, () => 'NOT_ENOUGH_INFO');

  it('"not one of the X did P" is no "one X did not P" (src/check/index.ts)', async () => {
    // old: SUPPORTED (read as "at least one republic is not a member": Turkmenistan); unread from
    // then to round 36; round 37 reads the denied count as "none of the X" / "no X" (counts37)
    expect(await verdict('Not one of the Central Asian republics joined the AIIB.')).toBe('REFUTED');
    expect(await verdict('Not one Central Asian republic is an SCO member.')).toBe('REFUTED');
    expect(await verdict('Not one of the Central Asian republics stayed out of the SCO.')).not.toBe('SUPPORTED');
    // the count without the denial reads as before
    expect(await verdict('One of the Central Asian republics did not join the AIIB.')).toBe('SUPPORTED');
  });

  it('"not all X did P" and "all X did not P" are no "every X did not P" (src/check/index.ts)', async () => {
    // found around tests/check/cases/users5/; old: REFUTED (read as "no republic joined"); round 28
    // reads "not all" / "not every" as the denial of "all X did P" (src/check/denied-whole.ts)
    expect(await verdict('Not all Central Asian republics joined the AIIB.')).toBe('SUPPORTED');
    expect(await verdict('All Central Asian republics did not join the AIIB.')).toBe('NOT_ENOUGH_INFO');
    expect(await verdict('Not every Central Asian republic is an SCO member.')).toBe('SUPPORTED');
    // "each X did not P" denies each member, as before
    expect(await verdict('Each of the Central Asian republics did not join the AIIB.')).toBe('REFUTED');
  });

  it('"Is it true that not every X P?" asks the denied count, no "every X did not P" (src/check/index.ts)', async () => {
    // round 37 (lead, users30's probes): the parser read past the frame; old: REFUTED ("not every")
    // and SUPPORTED ("not one": four of the five joined)
    expect(await verdict('Is it true that not every Central Asian republic joined the AIIB?')).toBe('SUPPORTED');
    expect(await verdict('Is it true that not one Central Asian republic joined the AIIB?')).toBe('REFUTED');
    expect(await verdict('Is it the case that not all Central Asian republics joined the AIIB?')).toBe('SUPPORTED');
  });

  it('"A and B did not both P" is no "neither A nor B did P" (src/check/index.ts)', async () => {
    // found around round 27's time claims; old: REFUTED (read as "each of them is not a member":
    // Kazakhstan is), though the claim is true (Turkmenistan is not); unread in round 27, read in
    // round 28 as the denial of the conjunction (src/check/denied-whole.ts)
    expect(await verdict('Kazakhstan and Turkmenistan are not both members of the AIIB.')).toBe('SUPPORTED');
    expect(await verdict("Kazakhstan and Turkmenistan weren't both founding members of the AIIB.")).toBe('SUPPORTED');
    expect(await verdict('It is not the case that both Kazakhstan and Turkmenistan joined the AIIB.')).toBe('SUPPORTED');
    expect(await verdict('Kazakhstan and Uzbekistan did not all join the AIIB.')).toBe('REFUTED');
    // "both ... not" denies each of them, as before
    expect(await verdict('Kazakhstan and Uzbekistan both did not join the AIIB.')).toBe('REFUTED');
  });

  it('"some X presidents" is at least one holder, never each of them (src/check/parser.ts)', async () => {
    // old: REFUTED (read as "each Central Asian president attended", refuted by Turkmenistan's);
    // round 37 left it unread; round 38 (fix30c, src/check/role-counts.ts) counts the offices, at
    // least one, as "some Central Asian republics" counts the states
    expect(await verdict("Some Central Asian presidents attended China's Victory Day Parade.")).toBe('SUPPORTED');
    // round 24: "several X presidents" is counted as their countries (at least two): four attended
    expect(await verdict("Several Central Asian presidents attended China's Victory Day Parade.")).toBe('SUPPORTED');
    // Turkmenistan's did not: at least one (never refuted by the four who did)
    expect(await verdict("Some Central Asian presidents did not attend China's Victory Day Parade.")).toBe('SUPPORTED');
    // "all" still reads every holder
    expect(await verdict("All the Central Asian presidents attended China's Victory Day Parade.")).toBe('REFUTED');
  });
});

describe('a denied count read as "none" (round 37, branch counts37)', () => {
  it('says "not one of the X" as "none of the X" and "not a single X" as "no X"', async () => {
    expect(noneForDeniedCount('Not one of the Sylvanian towns hosted the gala.')).toBe('None of the Sylvanian towns hosted the gala.');
    expect(noneForDeniedCount('Not a single Sylvanian town hosted the gala.')).toBe('No Sylvanian town hosted the gala.');
    expect(noneForDeniedCount('Not even one of the towns hosted it.')).toBe('None of the towns hosted it.');
    // a denied whole, or a count corrected by "but", is no "none"
    expect(noneForDeniedCount('Not all Sylvanian towns hosted the gala.')).toBeUndefined();
    expect(noneForDeniedCount('Not one but two towns hosted the gala.')).toBeUndefined();
  });
  it('decides the denied count as "none" on the committed graph', async () => {
    const { check } = await checkGraphDir(corpusFixture);
    expect((await check('Not one of the five Central Asian republics stayed out of the AIIB.')).verdict).toBe('REFUTED');
    // "no X attended" unread as before: the denied count is left unread, never read backwards
    expect(await check("Not a single Central Asian president attended China's Victory Day Parade.").then((r) => r.verdict, () => 'UNREAD')).not.toBe('SUPPORTED');
  });
});
