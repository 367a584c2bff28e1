// A bare person as the second event of "before" / "after" (src/check/person-event.ts, round 36):
// "Koizumi went to Uzbekistan twelve years before Abe" (u28-durations-10) was unread.
import { describe, expect, it } from 'vitest';
import { personEventRewrite } from '../../src/check/person-event.js';
import { checkFixture } from '../helpers/check-fixture.js';

// the fixture: Rufus Firefly visited Sylvania in 2001, Gloria Teasdale in 2010
const { ctx, check } = checkFixture();
const verdict = (text: string): Promise<string> => check(text).then((r) => r.verdict, () => 'UNREAD');

describe('a bare person after "before" / "after"', () => {
  it('says the first clause\'s verb phrase of the person', () => {
    expect(personEventRewrite(ctx, 'Rufus went to Sylvania nine years before Teasdale.')).toBe('Rufus went to Sylvania nine years before Teasdale went to Sylvania.');
    expect(personEventRewrite(ctx, 'Rufus visited Sylvania before Teasdale did.')).toBe('Rufus visited Sylvania before Teasdale visited Sylvania.');
    // not a person, a clause, or a denied first clause: not this reading
    expect(personEventRewrite(ctx, 'Rufus visited Sylvania before Freedonia.')).toBeUndefined();
    expect(personEventRewrite(ctx, 'Rufus visited Sylvania before Teasdale was elected.')).toBeUndefined();
    expect(personEventRewrite(ctx, 'Rufus never visited Sylvania before Teasdale.')).toBeUndefined();
  });
  it('decides the span between the two deeds', async () => {
    expect(await verdict('Rufus went to Sylvania nine years before Teasdale.')).toBe('SUPPORTED');
    expect(await verdict('Rufus went to Sylvania twelve years before Teasdale.')).toBe('REFUTED');
    expect(await verdict('Teasdale visited Sylvania before Rufus.')).toBe('REFUTED');
  });
});
