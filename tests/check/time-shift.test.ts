// Nouns that move a time away from the thing they are said of (round 23, src/check/time-shift.ts).
// On d6fcef5 "a day after the 20th anniversary of X" was measured from X's own day: a held-out
// claim came back falsely REFUTED ("1995-12-12 to 2015-12-13 is 7306 days").
import { describe, expect, it } from 'vitest';
import { timeShift } from '../../src/check/time-shift.js';
import { checkGraphDir } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

const { check } = await checkGraphDir(corpusFixture);
/** The verdict, or UNREAD when nothing reads the claim. */
const verdict = (text: string): Promise<string> => check(text).then((r) => r.verdict, () => 'UNREAD');

describe('timeShift', () => {
  it('reads an anniversary with its count as a shift in whole years', () => {
    expect(timeShift('the 10th anniversary of the Freedonian treaty')).toEqual({ years: 10, rest: 'the Freedonian treaty', said: '10th anniversary' });
    expect(timeShift('the first anniversary of the gala')).toEqual({ years: 1, rest: 'the gala', said: 'first anniversary' });
    expect(timeShift("the treaty's twentieth anniversary")).toEqual({ years: 20, rest: 'the treaty', said: 'twentieth anniversary' });
  });
  it('leaves a side that moves the time in a way no day gives unread', () => {
    for (const t of ['the anniversary of the gala', 'the eve of the gala', 'the run-up to the gala', 'the aftermath of the gala', 'the 5th anniversary of the eve of the gala'])
      expect(timeShift(t), t).toBe('unread');
  });
  it('says nothing of a side that names the thing itself', () => {
    expect(timeShift('the gala')).toBeUndefined();
    expect(timeShift("the UN's recognition of the canal's neutrality")).toBeUndefined();
  });
});

describe('a span to an anniversary (corpus fixture)', () => {
  it('is measured from the anniversary, not from the thing', async () => {
    expect(await verdict("The TAPI groundbreaking fell a day after the 20th anniversary of the UN's recognition of Turkmen neutrality.")).toBe('SUPPORTED');
    expect(await verdict("The TAPI groundbreaking came a week after the 20th anniversary of the UN's recognition of Turkmen neutrality.")).toBe('REFUTED');
    expect(await verdict('The AIIB opened a week after the first anniversary of its Articles of Agreement.')).toBe('REFUTED');
  });
  it('is not read when the anniversary has no count or another noun moves the time', async () => {
    expect(await verdict("The TAPI groundbreaking fell a day after the anniversary of the UN's recognition of Turkmen neutrality.")).toBe('UNREAD');
    expect(await verdict("The TAPI groundbreaking came a day after the eve of the UN's recognition of Turkmen neutrality.")).toBe('UNREAD');
  });
});
