// Idioms and WordNet phrasal synonyms said in the lexicon's words (src/check/idioms.ts, round 12):
// "sat out" = stayed out of, "came into operation" = went into service (lexicon cg:idiom), "turned
// up at" = showed up at (WordNet files turn_up with show_up). Fixture graph, fictional entities.
import { describe, expect, it } from 'vitest';
import { idiomRewrites } from '../../src/check/idioms.js';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';

// the fixture plus: Marsovia stayed out of the League, Gloria Teasdale attended the Founders Gala
const { ctx, check } = checkFixture(
  fixtureClaim({ id: 'marsovia.memberOf.league', s: 'cgr:marsovia', p: 'cg:memberOf', o: 'cgr:league', polarity: 'Negative', sentence: 's002' })
  + fixtureClaim({ id: 'teasdale.attended.gala', s: 'cgr:teasdale', p: 'cg:attended', o: 'cgr:gala', sentence: 's010', asserted: true }),
);

describe('idioms of the lexicon (cg:idiom "PHRASE => WORDS")', () => {
  it('say the claim again in the lexicon\'s words, the verb in the form written', () => {
    expect(idiomRewrites(ctx, 'Marsovia sat out the League.').map((r) => r.claim)).toEqual(['Marsovia stayed out of the League.']);
    expect(idiomRewrites(ctx, 'Marsovia has kept out of the League.').map((r) => r.claim)).toEqual(['Marsovia has stayed out of the League.']);
    expect(idiomRewrites(ctx, 'The canal pipeline came into operation in 1999.').map((r) => r.claim)).toEqual(['The canal pipeline went into service in 1999.']);
    expect(idiomRewrites(ctx, 'Marsovia steers clear of the League.').map((r) => r.claim)).toEqual(['Marsovia stays out of the League.']);
    // not the phrase: a word of it missing or another word between
    expect(idiomRewrites(ctx, 'Marsovia sat in the League.')).toEqual([]);
    expect(idiomRewrites(ctx, 'Marsovia came on the board of the League.')).toEqual([]);
  });
  it('decide both ways, the words read shown', async () => {
    const out = await check('Marsovia sat out the League.');
    expect(out.verdict).toBe('SUPPORTED');
    expect(out.interpretation.notes?.join(' ')).toMatch(/read 'sat out' as 'stayed out of' \(lexicon cg:idiom\)/);
    expect((await check('Freedonia steered clear of the League.')).verdict).toBe('REFUTED');
    expect((await check('Freedonia came on board the League.')).verdict).toBe('SUPPORTED');
    expect((await check('The canal pipeline came into operation in 1999.')).verdict).toBe('SUPPORTED');
    expect((await check('The canal pipeline came into operation in 2004.')).verdict).toBe('REFUTED');
    expect((await check('Rufus Firefly dropped in on Sylvania in 2001.')).verdict).toBe('SUPPORTED');
  });
});

describe('WordNet phrasal synonyms of the patterns\' phrasal verbs', () => {
  it('are derived phrase to phrase, in the most frequent senses', () => {
    expect(ctx.derived.phrasalSynonyms.get('turn up')).toEqual(['show up']);
    // a phrase a pattern writes itself keeps the pattern's sense ("{s} work at {o}")
    expect(ctx.derived.phrasalSynonyms.has('work at')).toBe(false);
  });
  it('read the claim as the pattern\'s phrase', async () => {
    expect(idiomRewrites(ctx, 'Gloria Teasdale turned up at the Founders Gala.').map((r) => r.claim)).toEqual(['Gloria Teasdale showed up at the Founders Gala.']);
    const out = await check('Gloria Teasdale turned up at the Founders Gala.');
    expect(out.verdict).toBe('SUPPORTED');
    expect(out.interpretation.notes?.join(' ')).toMatch(/WordNet files "turn up" with "show up"/);
    expect((await check('The President of Sylvania turned up at the Founders Gala.')).verdict).toBe('REFUTED');
  });
});
