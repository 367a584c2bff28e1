// "X said P" refuted by whom the graph has P from (src/check/misattribution.ts, round 11): a
// commenter swap, and the sentence reporting X that itself denies P. Both were NOT_ENOUGH_INFO.
import { describe, expect, it } from 'vitest';
import { checkFixture, checkGraphDir, FIXTURE_ARTICLE, READER_FORECAST } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

const { check } = await checkGraphDir(corpusFixture);
const verdict = (s: string): Promise<string> => check(s).then((r) => r.verdict, () => 'UNREAD');

describe('who said it', () => {
  it('refutes a commenter swap, citing the comment that says it', async () => {
    const r = await check('Marat K. wrote that Tashkent will host the SCO summit.');
    expect(r.verdict).toBe('REFUTED');
    // the swap says so in its reason code, which the belief frame keys on (src/check/belief-frame.ts)
    expect(r.reason).toBe('other-commenter');
    expect(r.evidence.map((e) => e.text).join(' ')).toContain('Tashkent will host the SCO summit');
    expect(await verdict('Dilnoza R. wrote that Tashkent will host the SCO summit.')).toBe('SUPPORTED');
  });

  it('refutes what the sentence reporting the speakers itself denies', async () => {
    const r = await check('Analysts in Almaty said the AIIB has already approved a loan to Central Asia.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.reason).not.toBe('other-commenter');
    expect(await verdict('Analysts in Almaty said the AIIB could finance roads in Central Asia.')).toBe('SUPPORTED');
  });

  it('never refutes an article\'s author by a commenter\'s words', async () => {
    expect(await verdict('Hashmi wrote that Tashkent will host the SCO summit.')).not.toBe('REFUTED');
  });
});

// Round 32: the speaker's own claim is no denial "from the reporting sentence": the check of the
// speaker's claims has read it and left the claim open (Zed Q.'s "by 2016" says nothing of "by
// 2014"); read against every source it conflicts only as a year, which his words are not held to.
describe('the speaker\'s own claim (round 32)', () => {
  const forecast = checkFixture(`cga:fixture-article schema:comment <${FIXTURE_ARTICLE}/comment/1> .\n${READER_FORECAST}`);
  it('does not refute an earlier deadline by the speaker\'s own later one', async () => {
    expect((await forecast.check('Zed Q. predicted that Sylvania would join the League by the end of 2014.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await forecast.check('Zed Q. predicted that Sylvania would not join the League by the end of 2018.')).verdict).toBe('REFUTED');
  });
});
