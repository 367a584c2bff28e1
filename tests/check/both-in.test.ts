// Round 27: two dated things in one period ("Both A and B took place in 2015", "A and B both fell
// in January 2016") and an order within a period ("A took place earlier in 2015 than B")
// (src/check/both-in.ts); and a side whose possessive names an unknown thing ("the AIIB charter's
// entry into force") is not dated by the thing before it (src/check/spans.ts). On 46dd597 the
// claims below were unread (or read as a trip, undecided).
import { describe, expect, it } from 'vitest';
import { checkGraphDir } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

const { check } = await checkGraphDir(corpusFixture);
/** The verdict, or UNREAD when nothing reads the claim. */
const verdict = (text: string): Promise<string> => check(text).then((r) => r.verdict, () => 'UNREAD');

describe('two dated things in one period (corpus fixture)', () => {
  it('is supported when each falls in it', async () => {
    expect(await verdict("Both the Victory Day Parade and Abe's Central Asia tour took place in 2015.")).toBe('SUPPORTED');
    expect(await verdict("The AIIB's opening and Dilnoza R.'s comment both fell in January 2016.")).toBe('SUPPORTED');
  });
  it('is refuted when the graph dates one outside it', async () => {
    expect(await verdict("Abe's Central Asia tour and the AIIB's opening both took place in 2015.")).toBe('REFUTED');
    expect(await verdict("Both the TAPI groundbreaking and Marat K.'s comment came in 2016.")).toBe('REFUTED');
  });
  it('leaves a denial and another verb to the other readers', async () => {
    // (another reader reads the denial as a trip; this reader gives it no reading)
    // round 28: a denied whole is read as the denial of its conjunction (src/check/denied-whole.ts),
    // which this reader may decide: the denial's verdict is the inverse of the conjunction's
    const denied = await check("Abe's Central Asia tour and the AIIB's opening were not both in 2015.").catch(() => undefined);
    expect(denied?.explanation ?? '').toMatch(/^Read as the denial of "Abe's Central Asia tour and the AIIB's opening were both in 2015\."/);
    expect(denied?.verdict).toBe('SUPPORTED');
    const other = await check("The AIIB's opening and Dilnoza R.'s comment both opened in January 2016.").catch(() => undefined);
    expect(other?.interpretation.pattern ?? '').not.toMatch(/each side in the period/);
  });
});

describe('an order within a period (corpus fixture)', () => {
  it('is decided by the order and each side in the period', async () => {
    expect(await verdict('The Victory Day Parade took place earlier in 2015 than the TAPI groundbreaking.')).toBe('SUPPORTED');
    expect(await verdict("Abe's Central Asia tour came later in 2015 than the TAPI groundbreaking.")).toBe('REFUTED');
    // the order is right, but one side is in 2016
    expect(await verdict('The TAPI groundbreaking took place earlier in 2015 than the AIIB opened.')).toBe('REFUTED');
  });
});

describe('a possessive after an unknown noun', () => {
  it('does not date the side by the thing before it', async () => {
    expect(await verdict("Both Abe's tour and the AIIB charter's entry into force happened in 2015")).not.toBe('REFUTED');
    expect(await verdict("The TAPI groundbreaking came after the AIIB charter's entry into force")).toBe('UNREAD');
  });
});
