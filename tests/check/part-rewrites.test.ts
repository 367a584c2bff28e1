// Parts of a compound claim completed from the part before them (src/check/part-rewrites.ts,
// src/check/compound.ts): a pronoun subject, a missing object, a participle compound on a name,
// and a manner ("by ...ing") that is itself refuted.
import { describe, expect, it } from 'vitest';
import { absoluteMemberCut, carriedPlace, doSoRewrite, gappingCut, listObjectRewrite, neitherNorCuts, objectInsertions, possessiveRewrites, premodifierCut, pronounRewrites } from '../../src/check/part-rewrites.js';
import type { Interpretation } from '../../src/check/types.js';
import { checkFixture, checkGraphDir } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

const { ctx, check } = checkFixture();

const first = {
  subject: { kind: 'entity', iri: 'x:f', label: 'Freedonia', mention: 'Freedonia' },
  object: { kind: 'entity', iri: 'x:l', label: 'League', mention: 'the League' },
} as unknown as Interpretation;

describe('the rewrites', () => {
  it('a pronoun is the first part\'s subject, then its object', () => {
    expect(pronounRewrites('it is a member of the Bank', first)).toEqual(['Freedonia is a member of the Bank', 'the League is a member of the Bank']);
    expect(pronounRewrites('Sylvania is a member', first)).toEqual([]);
  });
  it('a missing object goes after each word in turn', () => {
    expect(objectInsertions('Sylvania joined', first).slice(0, 2)).toEqual(['Sylvania the League joined', 'Sylvania joined the League']);
  });
  it('a missing object closes an intransitive part after a preposition', () => {
    expect(objectInsertions('Sylvania stayed out', first)).toContain('Sylvania stayed out of the League');
  });
  it('"neither A nor B" is two denials', () => {
    expect(neitherNorCuts(ctx, 'Freedonia is neither a member of the League nor a party to the Pact.'))
      .toEqual([['Freedonia is not a member of the League', 'Freedonia is not a party to the Pact']]);
    expect(neitherNorCuts(ctx, 'Neither Freedonia nor Sylvania joined the League'))
      .toEqual([['Freedonia not joined the League', 'Sylvania not joined the League']]);
    expect(neitherNorCuts(ctx, 'Neither of them joined the League, nor did Sylvania')).toEqual([]);
  });
  it('a participle compound on a name is a statement of its own, when a known name follows', () => {
    expect(premodifierCut(ctx, 'The Sylvania-initiated League counts Freedonia among its members'))
      .toEqual(['League Sylvania-initiated', 'The League counts Freedonia among its members']);
    expect(premodifierCut(ctx, 'The Sylvania-initiated Unheard Club is large')).toBeUndefined();
  });
});

describe('compound claims completed from the first part', () => {
  it('a pronoun subject borrows the first part\'s subject', async () => {
    const r = await check('Freedonia signed energy deals with Sylvania, and it is a member of the League of Nations States.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.parts?.map((p) => p.interpretation.predicateName)).toEqual(['signedDealWith', 'memberOf']);
    expect((await check('Freedonia signed energy deals with Sylvania, and it is not a member of the League of Nations States.')).verdict).toBe('REFUTED');
  });
  it('a part without its object takes the first part\'s', async () => {
    const r = await check('Sylvania is not a member of the League, but Freedonia joined.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.parts?.[1]?.text).toMatch(/^Freedonia joined (?:the )?League$/);
  });
  it('"the X-initiated Y" says Y was initiated by X', async () => {
    const r = await check('The Sylvania-initiated League counts Freedonia among its members.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.parts?.map((p) => p.interpretation.predicateName)).toEqual(['initiatedBy', 'hasMember']);
  });
  it('a means the graph refutes refutes the claim; one it supports is not taken as the means', async () => {
    const r = await check('Sylvania backs the Acme Development Bank by joining the League.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.parts?.some((p) => p.text === 'Sylvania joining the League' && p.verdict === 'REFUTED')).toBe(true);
    const s = await check('Freedonia signed energy deals with Sylvania by joining the League.');
    expect(s.verdict).toBe('NOT_ENOUGH_INFO');
  });
});

describe('"to do so" and "either" stand for the first part', () => {
  it('rewrites only a clause of its own, not the tail of a list', () => {
    expect(doSoRewrite('becoming the first to do so', 'Rufus visited Sylvania', 'Rufus')).toBe('becoming the first to visited Sylvania');
    expect(doSoRewrite('Grand Fenwick and Sylvania, becoming the first to do so', 'Rufus visited Marsovia', 'Rufus')).toBeUndefined();
  });
  it('decides the first-holder claim for what the first part did', async () => {
    expect((await check('Gloria Teasdale visited Grand Fenwick, becoming the first Prime Minister of Freedonia to do so.')).verdict).toBe('SUPPORTED');
    // Rufus Firefly, also Prime Minister of Freedonia, visited Sylvania in 2001
    expect((await check('Gloria Teasdale visited Sylvania and Grand Fenwick, becoming the first Prime Minister of Freedonia to visit either.')).verdict).toBe('REFUTED');
  });
});

describe('round 8: gapping, an absolute of membership, an apposition read in part (src/check/part-rewrites.ts, compound.ts)', () => {
  it('gapping borrows the first clause\'s verb; names must be whole', () => {
    expect(gappingCut(ctx, 'The Acme Development Bank is led by Freedonia, the League of Nations States by Sylvania.'))
      .toEqual(['The Acme Development Bank is led by Freedonia', 'the League of Nations States is led by Sylvania']);
    expect(gappingCut(ctx, 'The Acme Development Bank is led by Freedonia, the big one by Sylvania.')).toBeUndefined();
  });
  it('a gapped claim is checked part by part: the wrong side is not supported', async () => {
    expect((await check('The Acme Development Bank is led by Freedonia, the League of Nations States by Freedonia.')).verdict).not.toBe('SUPPORTED');
    const r = await check('The Acme Development Bank is led by Sylvania, the League of Nations States by Freedonia.');
    expect(r.verdict).not.toBe('SUPPORTED');
  });
  it('"S ... with N members, X among them" says X is among S\'s members', () => {
    expect(absoluteMemberCut(ctx, 'The League of Nations States opened with 12 founding members, Sylvania among them.'))
      .toEqual(['The League of Nations States opened with 12 founding members', 'Sylvania is among the founding members of The League of Nations States']);
    expect(absoluteMemberCut(ctx, 'The League of Nations States opened with 12 members, including Sylvania.')?.[1])
      .toBe('Sylvania is among the members of The League of Nations States');
    expect(absoluteMemberCut(ctx, 'The League of Nations States opened in May, Sylvania among them.')).toBeUndefined();
  });
  it('a refuted member refutes the claim; an apposition read while the main clause is not is not enough information', async () => {
    expect((await check('The League of Nations States opened with 12 members, Sylvania among them.')).verdict).toBe('REFUTED');
    const r = await check('Freedonia, a member of the League of Nations States, will build a canal to the moon.');
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
    expect(r.explanation).toContain('Read in part');
  });
});

describe('possessive and list pronouns in a later part', () => {
  const listed = {
    subject: { kind: 'entities', items: [], label: 'Freedonia and Sylvania', mention: 'Freedonia and Sylvania' },
    object: { kind: 'entity', iri: 'x:r', label: 'Ruritania', mention: 'Ruritania' },
  } as unknown as Interpretation;
  it('"its" is the first part\'s subject, then its object; two possessives are no rewrite', () => {
    expect(possessiveRewrites('Sylvania is one of its founding members', first))
      .toEqual(["Sylvania is one of Freedonia's founding members", "Sylvania is one of the League's founding members"]);
    expect(possessiveRewrites('its members visited their capital', first)).toEqual([]);
  });
  it('"both of them" is the first part\'s one list', () => {
    expect(listObjectRewrite('the canal crosses both of them', listed)).toBe('the canal crosses Freedonia and Sylvania');
    expect(listObjectRewrite('the canal crosses both of them', first)).toBeUndefined();
  });
  const withFounders = checkFixture(`
cgc:freedonia.foundingMemberOf.league a cg:Claim ; rdf:subject cgr:freedonia ; rdf:predicate cg:foundingMemberOf ; rdf:object cgr:league ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s001> .
cgr:freedonia cg:foundingMemberOf cgr:league .`);
  it('reads "..., and X is one of its founding members" with the possessor that reads', async () => {
    const r = await withFounders.check('The League was founded by Sylvania, and Freedonia is one of its founding members.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.parts?.map((p) => p.interpretation.predicateName)).toEqual(['initiatedBy', 'foundingMemberOf']);
    // Sylvania is not a member: not one of its founding members either
    expect((await withFounders.check('The League was founded by Sylvania, and Sylvania is one of its founding members.')).verdict).toBe('REFUTED');
  });
});


// round 40 (misses32; users32 compound-09): "A sent P to E, and B sent Q" shares the goal "to E"
describe('a goal or place shared by a second part with the same verb', () => {
  it('is carried over only to a part with the verb and no preposition of its own', () => {
    expect(carriedPlace('Freedonia sent Rufus to the gala', 'Sylvania sent Zed')).toBe('Sylvania sent Zed to the gala');
    expect(carriedPlace('Freedonia sent Rufus to the gala', 'Sylvania sent Zed to the summit')).toBeUndefined();
    // no verb shared: "hosted" is not "sent"
    expect(carriedPlace('Freedonia sent Rufus to the gala', 'Sylvania hosted Zed')).toBeUndefined();
    // a first part with no closing goal gives nothing to share
    expect(carriedPlace('Freedonia sent Rufus', 'Sylvania sent Zed')).toBeUndefined();
  });

  it('reads the completed part in a claim, each part with its own evidence', async () => {
    const corpus = await checkGraphDir(corpusFixture);
    expect((await corpus.check('Afghanistan sent President Ashraf Ghani to the TAPI launch, and Pakistan sent Nawaz Sharif.')).verdict).toBe('SUPPORTED');
    expect((await corpus.check('Pakistan sent Nawaz Sharif to the TAPI ceremony, and India sent its Prime Minister.')).verdict).toBe('REFUTED');
    expect((await corpus.check('Afghanistan sent Ashraf Ghani to the TAPI ceremony, and Kazakhstan sent its president.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});
