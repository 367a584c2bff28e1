// A time clause that places its dated thing ("at the time of the groundbreaking near X",
// src/check/time-clause.ts placesFit, round 23): the day stands for the claim's time, so a place
// the graph does not give the thing would go unchecked. On the round's merged tree "Hamid Ansari
// was India's vice president at the time of the TAPI ceremony in Ufa" was SUPPORTED by the day alone.
import { describe, expect, it } from 'vitest';
import { checkGraphDir } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

const { check } = await checkGraphDir(corpusFixture);
/** The verdict, or UNREAD when nothing reads the claim. */
const verdict = (text: string): Promise<string> => check(text).then((r) => r.verdict, () => 'UNREAD');

describe('a time clause with a place', () => {
  it('is read when the graph relates the place to the dated thing, or the place holds one it relates', async () => {
    expect(await verdict("Hamid Ansari was India's vice president at the time of the groundbreaking near Mary.")).toBe('SUPPORTED');
    expect(await verdict("Hamid Ansari was India's vice president at the time of the TAPI ceremony in Turkmenistan.")).toBe('SUPPORTED');
    expect(await verdict("Hamid Ansari was Pakistan's prime minister at the time of the groundbreaking near Mary.")).toBe('REFUTED');
  });
  it('is not read by its day when the place is another, or one the graph does not know', async () => {
    expect(await verdict("Hamid Ansari was India's vice president at the time of the TAPI ceremony in Ufa.")).not.toBe('SUPPORTED');
    expect(await verdict("Hamid Ansari was India's vice president at the time of the groundbreaking near Ashgabat.")).not.toBe('SUPPORTED');
  });
  it('keeps a month or a year after "in" a time', async () => {
    expect(await verdict("Hamid Ansari was India's vice president at the time of the TAPI ceremony in December 2015.")).toBe('SUPPORTED');
  });
});
