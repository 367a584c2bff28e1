// A counted group with its members named beside it, and a fronted "of" group
// (src/check/apposed-names.ts, round 34). The fixture: Ruritania is Freedonia (a member of the
// League) and Sylvania (not a member).
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../helpers/check-fixture.js';
import { apposedNamesRewrite } from '../../src/check/apposed-names.js';

const { check } = checkFixture();

describe('a count with its members named beside it', () => {
  it('says the count and the names as two statements', () => {
    expect(apposedNamesRewrite('Just one Ruritanian state, Sylvania, is not a member of the League.'))
      .toBe('Just one Ruritanian state is not a member of the League, and Sylvania is not a member of the League.');
    expect(apposedNamesRewrite("Of the League's members, two are Ruritanian states.")).toBe("Two Ruritanian states are among the League's members.");
    expect(apposedNamesRewrite('Of the Ruritanian states, one joined the League.')).toBe('One of the Ruritanian states joined the League.');
    expect(apposedNamesRewrite('Only one of the two Ruritanian states - Sylvania - is not a member of the League.'))
      .toBe('Only one of the two Ruritanian states is not a member of the League, and Sylvania is not a member of the League.');
    // no count before the names: another reader's apposition
    expect(apposedNamesRewrite('The state, Sylvania, is not a member of the League.')).toBeUndefined();
    // a lower-case word in the list: no names
    expect(apposedNamesRewrite('Only one Ruritanian state, as expected, is not a member of the League.')).toBeUndefined();
  });

  it('decides by both statements', async () => {
    expect((await check('Just one Ruritanian state, Sylvania, is not a member of the League.')).verdict).toBe('SUPPORTED');
    expect((await check('Just one Ruritanian state, Freedonia, is not a member of the League.')).verdict).toBe('REFUTED');
  });
});

// Round 34, at the merge: the pattern was case-insensitive, so a "name" could be any words
// ("Sylvania stayed out") and a clause was cut as if it were the named members; a long compound
// claim of users11 then ran for minutes through the rechecks of such cuts
describe('names after a count are capitalised words only', () => {
  it('does not take a clause for the named members', () => {
    expect(apposedNamesRewrite('Just one state, Sylvania stayed out, and Freedonia joined the League.')).toBeUndefined();
    // a date's day is no count: "13, 2015, President Rufus Firefly, joined by ..."
    expect(apposedNamesRewrite('13, 2015, President Rufus Firefly, joined by Pinky, opened the canal.')).toBeUndefined();
    // nor a year before a comma: "2015, Rufus Firefly, President, joined by ..." (the figure took the comma)
    expect(apposedNamesRewrite('2015, Rufus Firefly, President, joined by Pinky Pinkerton, opened the canal.')).toBeUndefined();
    expect(apposedNamesRewrite('Just one Ruritanian state, Sylvania, did not join the League.')).toBe('Just one Ruritanian state did not join the League, and Sylvania did not join the League.');
  });
});
