// Round 28 (branch precision28): "exactly N hours" between two comments timed to the minute is held
// to the minute (src/check/span-hours.ts); it was matched within the half hour a plain count is
// rounded to, so "exactly 36 hours" for 36 h 28 min was SUPPORTED.
import { describe, expect, it } from 'vitest';
import { checkGraphDir } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

const { check } = await checkGraphDir(corpusFixture);
const verdict = (text: string): Promise<string> => check(text).then((r) => r.verdict, () => 'UNREAD');

describe('a span in hours said exactly (corpus fixture)', () => {
  it('is refuted off the minute, and a plain or approximate count keeps its rounding', async () => {
    expect(await verdict('Marat K. commented exactly 36 hours after Dilnoza R.')).toBe('REFUTED');
    expect(await verdict('Marat K. commented precisely 36 hours after Dilnoza R.')).toBe('REFUTED');
    expect(await verdict('Marat K. commented 36 hours after Dilnoza R.')).toBe('SUPPORTED');
    expect(await verdict('Marat K. commented about 36 hours after Dilnoza R.')).toBe('SUPPORTED');
  });

  it('is undecided against a day without its hour', async () => {
    expect(await verdict('Dilnoza R. commented exactly 20 hours after the AIIB opened.')).toBe('NOT_ENOUGH_INFO');
  });
});
