// Idioms and WordNet phrasal synonyms said in the lexicon's words (src/check/idioms.ts, round 12):
// "sat out" = stayed out of, "came into operation" = went into service (lexicon cg:idiom), "turned
// up at" = showed up at (WordNet files turn_up with show_up). Fixture graph, fictional entities.
import { describe, expect, it } from 'vitest';
import { idiomRewrites } from '../../src/check/idioms.js';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';

// the fixture plus: Marsovia stayed out of the League, Gloria Teasdale attended the Founders Gala
// and never visited Marsovia
const { ctx, check } = checkFixture(
  fixtureClaim({ id: 'marsovia.memberOf.league', s: 'cgr:marsovia', p: 'cg:memberOf', o: 'cgr:league', polarity: 'Negative', sentence: 's002' })
  + fixtureClaim({ id: 'teasdale.attended.gala', s: 'cgr:teasdale', p: 'cg:attended', o: 'cgr:gala', sentence: 's010', asserted: true })
  + fixtureClaim({ id: 'teasdale.visited.marsovia', s: 'cgr:teasdale', p: 'cg:visited', o: 'cgr:marsovia', polarity: 'Negative', sentence: 's005' }),
);

describe('"used to be" (round 18): a short verb\'s past, looked up by its base', () => {
  it('is said as "was formerly"', () => {
    expect(idiomRewrites(ctx, 'Rufus Firefly used to be a Sylvanian minister.').map((r) => r.claim)).toEqual(['Rufus Firefly was formerly a Sylvanian minister.']);
    // "used" alone, before no "to be", is no idiom
    expect(idiomRewrites(ctx, 'Freedonia used the canal pipeline.')).toEqual([]);
  });
});

describe('idioms of the lexicon (cg:idiom "PHRASE => WORDS")', () => {
  it('say the claim again in the lexicon\'s words, the verb in the form written', () => {
    expect(idiomRewrites(ctx, 'Marsovia came on board the League.').map((r) => r.claim)).toEqual(['Marsovia joined the League.']);
    expect(idiomRewrites(ctx, 'Marsovia has come on board the League.').map((r) => r.claim)).toEqual(['Marsovia has joined the League.']);
    expect(idiomRewrites(ctx, 'The canal pipeline came into operation in 1999.').map((r) => r.claim)).toEqual(['The canal pipeline went into service in 1999.']);
    expect(idiomRewrites(ctx, 'Freedonia calls the shots at the Acme Bank.').map((r) => r.claim)).toEqual(['Freedonia leads the Acme Bank.']);
    // not the phrase: a word of it missing or another word between
    expect(idiomRewrites(ctx, 'Marsovia came on the board of the League.')).toEqual([]);
    expect(idiomRewrites(ctx, 'The canal pipeline came into the operation in 1999.')).toEqual([]);
  });
  it('decide both ways, the words read shown', async () => {
    const out = await check('Freedonia came on board the League.');
    expect(out.verdict).toBe('SUPPORTED');
    expect(out.interpretation.notes?.join(' ')).toMatch(/read 'came on board' as 'joined' \(lexicon cg:idiom\)/);
    expect((await check('Marsovia came on board the League.')).verdict).toBe('REFUTED');
    expect((await check('The canal pipeline came into operation in 1999.')).verdict).toBe('SUPPORTED');
    expect((await check('The canal pipeline came into operation in 2004.')).verdict).toBe('REFUTED');
    expect((await check('Freedonia calls the shots at the Acme Development Bank.')).verdict).toBe('SUPPORTED');
  });
  it('that say how as well ("=>?") decide only by a refutation', async () => {
    expect(idiomRewrites(ctx, 'Rufus Firefly looked in on Sylvania in 2001.')).toEqual([expect.objectContaining({ claim: 'Rufus Firefly visited Sylvania in 2001.', atLeast: true })]);
    const held = await check('Rufus Firefly looked in on Sylvania in 2001.');
    expect(held.verdict).toBe('NOT_ENOUGH_INFO');
    expect(held.explanation).toMatch(/supported, but the claim says how/);
    expect((await check('Gloria Teasdale looked in on Marsovia.')).verdict).toBe('REFUTED');
  });
  it('read a call, a stop or a drop-in as a visit, both ways (round 16)', async () => {
    expect(idiomRewrites(ctx, 'Rufus Firefly dropped in on Sylvania in 2001.')).toEqual([expect.objectContaining({ claim: 'Rufus Firefly visited Sylvania in 2001.' })]);
    expect(idiomRewrites(ctx, 'Rufus Firefly dropped in on Sylvania in 2001.')[0]!.atLeast).toBeUndefined();
    expect((await check('Rufus Firefly dropped in on Sylvania in 2001.')).verdict).toBe('SUPPORTED');
    expect((await check('Rufus Firefly paid a call on Sylvania in 2001.')).verdict).toBe('SUPPORTED');
    expect((await check('Rufus Firefly stopped off in Sylvania in 2001.')).verdict).toBe('SUPPORTED');
    expect((await check('Gloria Teasdale stopped over in Marsovia.')).verdict).toBe('REFUTED');
  });
  it('never read leaving as leading (round 16: "left" was read as "lead")', async () => {
    // before, read as "Freedonia led the Acme Development Bank", supported; unread in rounds 16-21 (no
    // relation of leaving); since round 22 read as leaving the body (cg:leftOrganisation), undecided
    const r = await check('Freedonia left the Acme Development Bank.');
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
    expect(r.interpretation.predicate).toBe('https://w3id.org/claimgraph/ontology#leftOrganisation');
  });
  it('read coming on board as a member as joining (round 16)', async () => {
    // the longer phrase first; the shorter "come on board" leaves "as a member of", which reads as nothing
    expect(idiomRewrites(ctx, 'Marsovia came on board as a member of the League.')[0]!.claim).toBe('Marsovia joined the League.');
    expect((await check('Freedonia came on board as a member of the League.')).verdict).toBe('SUPPORTED');
    expect((await check('Marsovia came aboard as a member of the League.')).verdict).toBe('REFUTED');
  });
  it('read the lexicon\'s patterns of round 16: put in charge of is leading', async () => {
    expect((await check('Freedonia was put in charge of the Acme Development Bank.')).verdict).toBe('SUPPORTED');
  });
  it('read pulling out of a body as no longer being in it, refutation only (round 16)', async () => {
    expect(idiomRewrites(ctx, 'Freedonia pulled out of the League.').map((r) => r.claim)).toEqual(['Freedonia was no longer a member of the League.']);
    expect(idiomRewrites(ctx, 'Freedonia has withdrawn from the League.').map((r) => r.claim)).toEqual(['Freedonia has been no longer a member of the League.']);
    expect((await check('Freedonia pulled out of the League.')).verdict).toBe('REFUTED');
    // Marsovia stayed out: "no longer a member" is supported, but the claim also says it once was
    expect((await check('Marsovia pulled out of the League.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
  it('read signing up as a member as joining (round 15)', async () => {
    expect(idiomRewrites(ctx, 'Marsovia signed up as a member of the League.').map((r) => r.claim)).toEqual(['Marsovia joined the League.']);
    expect((await check('Freedonia signed up as a member of the League.')).verdict).toBe('SUPPORTED');
    expect((await check('Marsovia signed on as a member of the League.')).verdict).toBe('REFUTED');
  });
  it('leave the verbs of abstaining to the refusal reader', async () => {
    expect(idiomRewrites(ctx, 'Marsovia sat out the League.')).toEqual([]);
    // a verb of staying out decides both ways (lexicon cg:stayingOutVerb, round 18)
    expect((await check('Marsovia sat out the League.')).verdict).toBe('SUPPORTED');
    expect((await check('Freedonia sat out the League.')).verdict).toBe('REFUTED');
    // one that says more (an offer refused) only refutes
    expect((await check('Marsovia passed up the League.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check('Freedonia passed up the League.')).verdict).toBe('REFUTED');
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

describe('phrasal verbs of giving, joining and going (round 19, lexicon cg:idiom)', () => {
  it('are said in the lexicon\'s words', () => {
    expect(idiomRewrites(ctx, 'Marsovia enrolled in the League.').map((r) => r.claim)).toEqual(['Marsovia joined the League.']);
    expect(idiomRewrites(ctx, 'Marsovia has signed on with the League.').map((r) => r.claim)).toEqual(['Marsovia has joined the League.']);
    expect(idiomRewrites(ctx, 'Freedonia chipped in US$ 2 million in grants for Grand Fenwick.').map((r) => r.claim))
      .toEqual(['Freedonia contributed US$ 2 million in grants for Grand Fenwick.']);
    expect(idiomRewrites(ctx, 'Gloria Teasdale made her way to Marsovia.').map((r) => r.claim)).toEqual(['Gloria Teasdale went to Marsovia.']);
  });
  it('decide by the graph: a body the graph says a state stayed out of refutes its enrolling', async () => {
    expect((await check('Marsovia enrolled in the League.')).verdict).toBe('REFUTED');
    // a grant the graph holds only as possible is not said given
    expect((await check('Freedonia set aside US$ 2 million in grants for Grand Fenwick.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
  it('"made one\'s way to" says how one went: a place never visited refutes, a visit never supports', async () => {
    expect((await check('Gloria Teasdale made her way to Marsovia.')).verdict).toBe('REFUTED');
  });
});

describe('cutting the ribbon and signing up (round 19, lexicon data)', () => {
  it('"cut the ribbon at E" is attending E and more: only a refutation decides', async () => {
    expect((await check('Gloria Teasdale cut the ribbon at the Founders Gala.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check('The President of Sylvania cut the ribbon at the Founders Gala.')).verdict).toBe('REFUTED');
  });
  it('"signed up to" a body is also joining it: a state that stayed out did not', async () => {
    expect((await check('Marsovia signed up to the League.')).verdict).toBe('REFUTED');
  });
});
