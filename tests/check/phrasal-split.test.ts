// Split phrasal verbs rejoined (src/check/phrasal-split.ts, round 14): "sat the League out",
// "wrapped the visit up", "brought the visit to a close" read as the joined phrase, which the
// patterns and idioms decide. Fixture graph, fictional entities.
import { describe, expect, it } from 'vitest';
import { splitRejoins } from '../../src/check/phrasal-split.js';
import { idiomRewrites } from '../../src/check/idioms.js';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';

// the fixture plus: Marsovia stayed out of the League
const { ctx, check } = checkFixture(
  fixtureClaim({ id: 'marsovia.memberOf.league', s: 'cgr:marsovia', p: 'cg:memberOf', o: 'cgr:league', polarity: 'Negative', sentence: 's002' }),
);

describe('a particle after the object moved back to its verb', () => {
  it('rejoins WordNet verb-particle verbs and the lexicon\'s separable phrases', () => {
    expect(splitRejoins(ctx, 'Marsovia sat the League out.').map((r) => r.claim)).toEqual(['Marsovia sat out the League.']);
    expect(splitRejoins(ctx, 'Rufus Firefly wrapped his state visit up on May 3, 2011.').map((r) => r.claim))
      .toEqual(['Rufus Firefly wrapped up his state visit on May 3, 2011.']);
    expect(splitRejoins(ctx, 'Rufus Firefly brought his visit to Sylvania to a close in 2011.').map((r) => r.claim))
      .toEqual(['Rufus Firefly brought to a close his visit to Sylvania in 2011.']);
    expect(splitRejoins(ctx, 'Acme Bank handed US$ 5 million over to Sylvania.').map((r) => r.claim))
      .toEqual(['Acme Bank handed over US$ 5 million to Sylvania.']);
  });
  it('moves nothing that is no split phrase', () => {
    // written joined
    expect(splitRejoins(ctx, 'Marsovia sat out the League.')).toEqual([]);
    // a preposition or a clause in between: no one noun phrase
    expect(splitRejoins(ctx, 'Rufus Firefly took a delegation with him on his visit.')).toEqual([]);
    expect(splitRejoins(ctx, 'Freedonia set the rules that Sylvania gave up.')).toEqual([]);
    // a particle that is also a preposition of place is not moved ("got Sylvania in")
    expect(splitRejoins(ctx, 'The League got Sylvania in.')).toEqual([]);
    // the particle followed by an object of its own: another construction
    expect(splitRejoins(ctx, 'Freedonia gave the League back its seat.')).toEqual([]);
    // a verb form after a determiner is a noun
    expect(splitRejoins(ctx, 'The set the League out.')).toEqual([]);
  });
  it('decides as the joined phrase does, both ways', async () => {
    const out = await check('Marsovia sat the League out.');
    expect(out.interpretation.notes?.join(' ')).toMatch(/read 'sat the League out' as 'sat out the League'/);
    expect(out.verdict).toBe((await check('Marsovia sat out the League.')).verdict);
    expect((await check('Freedonia sat the League out.')).verdict).toBe((await check('Freedonia sat out the League.')).verdict);
  });
});

describe('idioms with a possessive ("one\'s" in the lexicon)', () => {
  it('match any possessive and keep it', () => {
    expect(idiomRewrites(ctx, 'Freedonia threw in its lot with the League.').map((r) => r.claim)).toEqual(['Freedonia joined the League.']);
    expect(idiomRewrites(ctx, 'The canal made its debut in 1999.').map((r) => r.claim)).toEqual(['The canal opened in 1999.']);
    expect(idiomRewrites(ctx, 'The canal made a debut in 1999.')).toEqual([]);
  });
});

describe('"voted in" is no verb of saying', () => {
  it('an election voted in is read as nothing said', async () => {
    // unread (an error) or not enough information: never a verdict on something said
    const out = await check('Rufus Firefly voted in the League election.').catch(() => undefined);
    expect(out?.verdict ?? 'NOT_ENOUGH_INFO').toBe('NOT_ENOUGH_INFO');
  });
});
