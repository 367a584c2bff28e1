// Round 30 lexicon patterns (ontology/lexicon.ttl, "Round 30 (branch desc30)"): membership said
// with the members' class noun after the body's possessive, and as a part taken "as a member".
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../helpers/check-fixture.js';

const { check } = checkFixture();

describe('membership with a class noun, and taking part as a member', () => {
  it('reads "one of X\'s member states" and "among the member countries of X" as membership', async () => {
    expect((await check("Freedonia is one of the League's member states.")).verdict).toBe('SUPPORTED');
    expect((await check('Freedonia is among the member countries of the League.')).verdict).toBe('SUPPORTED');
    // the graph denies Sylvania's membership
    expect((await check("Sylvania is one of the League's member nations.")).verdict).toBe('REFUTED');
  });

  it('reads "takes part in X as a member" as membership, with its polarity', async () => {
    expect((await check('Freedonia participates in the League as a member.')).verdict).toBe('SUPPORTED');
    expect((await check('Sylvania takes part in the League as a full member.')).verdict).toBe('REFUTED');
    expect((await check('Freedonia does not take part in the League as a member.')).verdict).toBe('REFUTED');
  });

  it('keeps the direction: the body is no member of its member', async () => {
    expect((await check("The League is one of Freedonia's member states.")).verdict).not.toBe('SUPPORTED');
    expect((await check('The League takes part in Freedonia as a member.')).verdict).not.toBe('SUPPORTED');
  });
});

describe('membership as a member state taken part, and "part and parcel of" (round 36)', () => {
  it('reads "participates in X as a member state" and "is part and parcel of X" as membership', async () => {
    expect((await check('Freedonia participates in the League as a member state.')).verdict).toBe('SUPPORTED');
    expect((await check('Sylvania takes part in the League as a member country.')).verdict).toBe('REFUTED');
    expect((await check('Freedonia is part and parcel of the League.')).verdict).toBe('SUPPORTED');
    expect((await check('Sylvania is part and parcel of the League.')).verdict).toBe('REFUTED');
  });
  it('keeps the direction', async () => {
    expect((await check('The League is part and parcel of Freedonia.')).verdict).not.toBe('SUPPORTED');
  });
});
