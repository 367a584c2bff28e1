// A span's side said as a clause in other words than the span reader dates (round 16,
// src/check/span-clause-sides.ts): "before TAPI broke ground", "after ground was broken on",
// "when its construction started", "before Abe set off on his tour". On 682fe10 each left the
// whole claim unread.
import { describe, expect, it } from 'vitest';
import { spanSideRewrite } from '../../src/check/span-clause-sides.js';
import { checkGraphDir } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

const { check } = await checkGraphDir(corpusFixture);
/** The verdict, or UNREAD when nothing reads the claim. */
const verdict = (text: string): Promise<string> => check(text).then((r) => r.verdict, () => 'UNREAD');

describe('spanSideRewrite', () => {
  it('says a work begun in the words of its construction start', () => {
    expect(spanSideRewrite('the canal broke ground')).toBe('construction of the canal began');
    expect(spanSideRewrite('ground was broken on the canal')).toBe('construction of the canal began');
    // round 31: the ground named as the project's
    expect(spanSideRewrite('the canal ground was broken')).toBe('construction of canal began');
    expect(spanSideRewrite("the canal's ground was broken")).toBe('construction of canal began');
    expect(spanSideRewrite('the ground for the canal was broken')).toBe('construction of the canal began');
    expect(spanSideRewrite('the ground was broken')).toBeUndefined();
    expect(spanSideRewrite('the canal ground was not broken')).toBeUndefined();
    expect(spanSideRewrite("the canal's construction started")).toBe('construction of the canal began');
    expect(spanSideRewrite('work on the canal began')).toBe('construction of the canal began');
    expect(spanSideRewrite('the canal construction was launched')).toBe('construction of the canal began');
    expect(spanSideRewrite('construction of the canal was begun')).toBe('construction of the canal began');
    // said in those words already: nothing to say again
    expect(spanSideRewrite('construction of the canal began')).toBeUndefined();
  });
  it('says a departure as the first day of the trip', () => {
    expect(spanSideRewrite('Firefly set off on his Sylvanian tour')).toBe("Firefly's Sylvanian tour began");
    expect(spanSideRewrite('Firefly set out for Sylvania')).toBe("Firefly's trip to Sylvania began");
    expect(spanSideRewrite('Gloria Teasdale left for Marsovia.')).toBe("Gloria Teasdale's trip to Marsovia began");
  });
  it('leaves other sides, an agent that broke ground and denials alone', () => {
    for (const t of ['Freedonia broke ground on the canal', 'the canal had not broken ground', 'Firefly left for home', 'the gala', 'Firefly set off'])
      expect(spanSideRewrite(t), t).toBeUndefined();
  });
});

describe('spans with such a side (corpus fixture)', () => {
  it('are decided by the dates the graph gives', async () => {
    expect(await verdict("Turkmenistan's neutrality was recognised about two decades before TAPI broke ground.")).toBe('SUPPORTED');
    expect(await verdict('The Central Asia-China gas pipeline started operating less than five years before ground was broken on TAPI.')).toBe('REFUTED');
    expect(await verdict("The AIIB opened about a month after TAPI's construction started.")).toBe('SUPPORTED');
    expect(await verdict('The Central Asia-China gas pipeline had been operating for more than ten years when TAPI broke ground.')).toBe('REFUTED');
    expect(await verdict('The AIIB opened before TAPI construction was launched.')).toBe('REFUTED');
  });
  it('leave a denied side undecided', async () => {
    expect(['NOT_ENOUGH_INFO', 'UNREAD']).toContain(await verdict("Turkmenistan's neutrality was recognised about two decades before TAPI had not broken ground."));
  });
});
