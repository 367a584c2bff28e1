// Claim shapes enumerated in round 25 (branch structure25): discourse words before a question and
// "yes or no?" after one (src/check/sentence-shapes.ts), copular frames that are no job title
// (src/check/copular-frames.ts: "X was the venue of E", "X is the smallest N"), and joiners the
// compound reader did not cut (src/check/join-rewrites.ts: "yet", "as well as", parentheses,
// "not only ... but also", "along with", "in addition to V-ing", "having V-en").
import { describe, expect, it } from 'vitest';
import { peelSentenceShape } from '../../src/check/sentence-shapes.js';
import { calledClaim, oppositeSuperlative, venueClaim } from '../../src/check/copular-frames.js';
import { joinRewrites } from '../../src/check/join-rewrites.js';
import { checkFixture } from '../helpers/check-fixture.js';

const { check, ctx } = checkFixture();
// a host of the gala, for the venue words of cg:hostOf (lexicon, round 25)
const hosted = checkFixture(`
cgc:sylvania.hostOf.gala a cg:Claim ; rdf:subject cgr:sylvania ; rdf:predicate cg:hostOf ; rdf:object cgr:gala ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s010> .
cgr:sylvania cg:hostOf cgr:gala .
`);
const verdict = (s: string): Promise<string> => check(s).then((r) => r.verdict, () => 'UNREAD');

describe('discourse words and "yes or no?" around a question', () => {
  it('peels the discourse word before a yes/no question, never before a wh- question', () => {
    expect(peelSentenceShape('So did Freedonia join the League?')?.core).toBe('Did Freedonia join the League?');
    expect(peelSentenceShape('OK so is Freedonia a member of the League?')?.core).toBe('Is Freedonia a member of the League?');
    expect(peelSentenceShape('But did Freedonia join the League?')?.core).toBe('Did Freedonia join the League?');
    expect(peelSentenceShape('Well, did Freedonia join the League?')?.core).toBe('Did Freedonia join the League?');
    expect(peelSentenceShape('Hmm, did Freedonia join the League?')?.core).toBe('Did Freedonia join the League?');
    expect(peelSentenceShape('So who joined the League?')).toBeUndefined();
    // "right" opens a claim only with its comma
    expect(peelSentenceShape('Right, did Freedonia join the League?')?.core).toBe('Did Freedonia join the League?');
  });

  it('keeps the question before "yes or no?" a question, and leaves a wh- question alone', () => {
    expect(peelSentenceShape('Did Freedonia join the League, yes or no?')?.core).toBe('Did Freedonia join the League?');
    expect(peelSentenceShape('Is Freedonia a member of the League (yes/no)?')?.core).toBe('Is Freedonia a member of the League?');
    expect(peelSentenceShape('Freedonia joined the League, true or not?')?.core).toBe('Freedonia joined the League.');
    expect(peelSentenceShape('Who joined the League, yes or no?')).toBeUndefined();
  });

  it('peels "Am I right that P?", "Would it be accurate to say that P?"', () => {
    expect(peelSentenceShape('Am I right that Freedonia joined the League?')?.core).toBe('Freedonia joined the League.');
    expect(peelSentenceShape('Would it be accurate to say that Freedonia joined the League?')?.core).toBe('Freedonia joined the League.');
    expect(peelSentenceShape('Would it be false to say that Freedonia joined the League?')).toBeUndefined();
  });

  it('decides the question inside', async () => {
    expect(await verdict('So is Freedonia a member of the League?')).toBe('SUPPORTED');
    expect(await verdict('OK so is Sylvania a member of the League?')).toBe('REFUTED');
    expect(await verdict('Is Freedonia a member of the League, yes or no?')).toBe('SUPPORTED');
  });
});

describe('copular frames that are no job title', () => {
  it('says "X was the venue of E" as "E took place in X", in the copula\'s tense', () => {
    expect(venueClaim(ctx, 'Zembla was the venue of the Founders Gala')).toBe('The Founders Gala took place in Zembla');
    expect(venueClaim(ctx, 'Zembla will be the site for the Founders Gala')).toBe('The Founders Gala will take place in Zembla');
    expect(venueClaim(ctx, 'The venue of the Founders Gala was Zembla')).toBe('The Founders Gala took place in Zembla');
    expect(venueClaim(ctx, 'Zembla was not the venue of the Founders Gala')).toBeUndefined();
    expect(venueClaim(ctx, 'Rufus Firefly was the host of the Founders Gala')).toBeUndefined();
  });

  it('reads a venue noun of cg:hostOf and a name said with "is called"', async () => {
    expect(await hosted.check('Sylvania was the venue of the Founders Gala').then((r) => r.verdict)).toBe('SUPPORTED');
    expect(await hosted.check('The venue of the Founders Gala was Sylvania').then((r) => r.verdict)).toBe('SUPPORTED');
    expect(calledClaim('The largest Ruritanian economy is called Freedonia')).toBe('The largest Ruritanian economy is Freedonia');
    expect(calledClaim('Rufus Firefly was named the Prime Minister of Freedonia')).toBeUndefined();
    expect(calledClaim('The largest Ruritanian economy is not called Freedonia')).toBeUndefined();
  });

  it('swaps an opposite superlative, but not with a denial, a modal, an ordinal or "one of"', () => {
    expect(oppositeSuperlative(ctx, 'Freedonia is the smallest economy in the region')?.claim).toBe('Freedonia is the largest economy in the region');
    expect(oppositeSuperlative(ctx, 'Freedonia is not the smallest economy in the region')).toBeUndefined();
    expect(oppositeSuperlative(ctx, 'Freedonia may be the smallest economy in the region')).toBeUndefined();
    expect(oppositeSuperlative(ctx, 'Freedonia is the second smallest economy in the region')).toBeUndefined();
    expect(oppositeSuperlative(ctx, 'Freedonia is one of the smallest economies in the region')).toBeUndefined();
    expect(oppositeSuperlative(ctx, 'The smallest economy in the region buys the largest share')).toBeUndefined();
    // a bound, not a rank (a false REFUTED on users15 before the determiner was required)
    expect(oppositeSuperlative(ctx, 'Rufus Firefly stayed in Sylvania for at least a week')).toBeUndefined();
  });

  it('refutes the smallest by the graph\'s largest, and never supports', async () => {
    expect(await verdict('Freedonia is the smallest economy in the region')).toBe('REFUTED');
    expect(await verdict('Is Freedonia the smallest economy in the region?')).toBe('REFUTED');
    // not the largest is not the smallest
    expect(await verdict('Sylvania is the smallest economy in the region')).not.toMatch(/SUPPORTED|REFUTED/);
    expect(await verdict('Freedonia is not the smallest economy in the region')).not.toBe('REFUTED');
  });
});

describe('joiners said in the ones the compound reader cuts', () => {
  const said = (s: string) => joinRewrites(ctx, s).map((r) => r.claim);
  it('rewrites yet, as well as, parentheses, not only, along with, in addition to, having', () => {
    expect(said('Freedonia is a member of the League, yet Sylvania is not')).toContain('Freedonia is a member of the League, but Sylvania is not');
    expect(said('Sylvania has not yet joined the League')).toEqual([]);
    expect(said('Rufus Firefly visited Sylvania as well as Grand Fenwick')).toContain('Rufus Firefly visited Sylvania and Grand Fenwick');
    expect(said('Rufus Firefly (the Prime Minister of Freedonia) visited Sylvania')).toContain('Rufus Firefly, the Prime Minister of Freedonia, visited Sylvania');
    expect(said('The League of Nations States (LNS) admitted Freedonia')).toEqual([]);
    expect(said('Not only did Freedonia join the League, but it also leads it')).toContain('Freedonia join the League, and it leads it');
    expect(said('Sylvania is not a member of the League; however, Freedonia is')).toContain('Sylvania is not a member of the League; Freedonia is');
    expect(said('Rufus Firefly, along with Gloria Teasdale, visited Sylvania')).toContain('Rufus Firefly and Gloria Teasdale visited Sylvania');
    expect(joinRewrites(ctx, 'In addition to visiting Sylvania, Gloria Teasdale visited Grand Fenwick')[0]).toMatchObject({ claim: 'Gloria Teasdale visited Grand Fenwick, and visited Sylvania', refuteOnly: false });
    expect(joinRewrites(ctx, 'Having visited Sylvania, Gloria Teasdale visited Grand Fenwick')[0]).toMatchObject({ claim: 'Gloria Teasdale visited Grand Fenwick, and had visited Sylvania', refuteOnly: true });
  });

  it('decides each part; a joiner that says an order only refutes', async () => {
    expect(await verdict('Freedonia is a member of the League, yet Sylvania is not a member of the League')).toBe('SUPPORTED');
    expect(await verdict('Gloria Teasdale visited Sylvania as well as Grand Fenwick')).toBe('SUPPORTED');
    expect(await verdict('Rufus Firefly (the Prime Minister of Freedonia) visited Sylvania')).toBe('SUPPORTED');
    expect(await verdict('Not only did Freedonia join the League, but Sylvania is also a member of the League')).toBe('REFUTED');
    expect(await verdict('Having visited Sylvania, Gloria Teasdale visited Grand Fenwick')).toBe('NOT_ENOUGH_INFO');
    expect(await verdict('Having visited Sylvania, Sylvania joined the League')).not.toBe('SUPPORTED');
  });
});
