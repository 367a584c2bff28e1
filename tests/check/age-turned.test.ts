/**
 * An age said with "turned" (src/check/age-turned.ts, round 35): said again as the span from the
 * thing's day, and decided by the span reader on the fixture's dated events (the League recognised
 * the neutrality on 1995-12-12; the Founders Gala was held on 2015-12-13).
 */
import { describe, expect, it } from 'vitest';
import { ageTurnedRewrite } from '../../src/check/age-turned.js';
import { checkFixture } from '../helpers/check-fixture.js';
import { DATED_EVENTS } from '../helpers/dated-events.js';

const { ctx, check } = checkFixture(DATED_EVENTS);
const verdict = (text: string): Promise<string> => check(text).then((r) => r.verdict, () => 'UNREAD');

describe('ageTurnedRewrite', () => {
  it('says "turned N <offset> before C" as N years and the offset before C', () => {
    expect(ageTurnedRewrite(ctx, 'The neutrality turned 20 the day before the Founders Gala.')).toBe('The neutrality came 20 years and one day before the Founders Gala.');
    expect(ageTurnedRewrite(ctx, 'The neutrality turned twenty two days before the gala.')).toBe('The neutrality came 20 years and 2 days before the gala.');
    expect(ageTurnedRewrite(ctx, 'The neutrality turned 20 years old a week before the gala.')).toBe('The neutrality came 20 years and one week before the gala.');
  });
  it('says the same day as "exactly", and "when" / "by the time" as an age', () => {
    expect(ageTurnedRewrite(ctx, 'The neutrality turned 20 on the day of the gala.')).toBe('The neutrality came exactly 20 years before the gala.');
    expect(ageTurnedRewrite(ctx, 'The neutrality turned 20 when the gala was held.')).toBe('The neutrality was 20 years old when the gala was held.');
    expect(ageTurnedRewrite(ctx, 'The neutrality had turned 20 by the time the gala was held.')).toBe('The neutrality was at least 20 years old by the time the gala was held.');
  });
  it('says "fell on the Nth anniversary of S" as the same day as it', () => {
    expect(ageTurnedRewrite(ctx, 'The gala fell on the 20th anniversary of the neutrality.')).toBe('The gala came on the same day as the 20th anniversary of the neutrality.');
    expect(ageTurnedRewrite(ctx, 'The gala coincided with the twentieth anniversary of the neutrality.')).toBe('The gala came on the same day as the twentieth anniversary of the neutrality.');
  });
  it('says a status named with its recogniser as the recognition', () => {
    expect(ageTurnedRewrite(ctx, "Sylvania's League-recognised neutrality turned 20 the day before the gala.")).toBe("the League's recognition of Sylvania's neutrality turned 20 the day before the gala.");
    expect(ageTurnedRewrite(ctx, "The gala came a day after the 20th anniversary of the League-recognised neutrality.")).toBe("The gala came a day after the 20th anniversary of the League's recognition of the neutrality.");
    // a recogniser the graph does not know is not made a side's owner (it would be dropped there)
    expect(ageTurnedRewrite(ctx, "Sylvania's Atlantis-recognised neutrality turned 20 when the gala was held.")).toBe("Sylvania's Atlantis-recognised neutrality was 20 years old when the gala was held.");
  });
  it('leaves denials, questions and other words alone', () => {
    expect(ageTurnedRewrite(ctx, 'The neutrality had not turned 20 the day before the gala.')).toBeUndefined();
    expect(ageTurnedRewrite(ctx, 'Had the neutrality turned 20 the day before the gala?')).toBeUndefined();
    expect(ageTurnedRewrite(ctx, 'Rufus turned the page the day before the gala.')).toBeUndefined();
    expect(ageTurnedRewrite(ctx, 'The neutrality turned 20 two days after the gala.')).toBeUndefined();
  });
});

describe('an age said with "turned", end to end (unread before round 35)', () => {
  it('is decided to the day', async () => {
    expect(await verdict('The neutrality turned 20 the day before the Founders Gala.')).toBe('SUPPORTED');
    expect(await verdict('The neutrality turned 21 the day before the Founders Gala.')).toBe('REFUTED');
    expect(await verdict('The neutrality turned 20 two days before the Founders Gala.')).toBe('REFUTED');
    expect(await verdict('The neutrality turned 20 on the day of the Founders Gala.')).toBe('REFUTED');
    expect(await verdict('The neutrality had turned 20 by the time the Founders Gala was held.')).toBe('SUPPORTED');
    expect(await verdict('The Founders Gala fell on the 25th anniversary of the neutrality.')).toBe('REFUTED');
  });
});
