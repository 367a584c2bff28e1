// Round 34 (branch cmp34), src/check/verb-bounds.ts: comparisons, bounds, ranks and counts carried
// by a verb idiom ("stretch past the N km mark", "top out at", "runs to", "trails only", "more
// generous to", "a bigger N than it gave", "the launch brought together the leaders of N"), said
// in the words the other readers take. The fixture: the canal pipeline will run about 1,800 km
// and carry 9 bcm a year; the bank's authorised capital is US$ 100 billion; Freedonia is the
// League's largest shareholder, Sylvania its second; Freedonia gave Sylvania US$ 4 million and
// Marsovia US$ 2 million in financial assistance; Freedonia and Sylvania (two, a closed list)
// launched the canal; the bank counts 57 prospective founding members.
import { describe, expect, it } from 'vitest';
import { verbBoundRewrite } from '../../src/check/verb-bounds.js';
import { checkFixture, fixtureClaim, SHAREHOLDER_RANKS } from '../helpers/check-fixture.js';
import { freedoniaAid } from '../helpers/aid-claims.js';

const claim = (id: string, s: string, p: string, o: string, sentence = 's001'): string => `
cgc:${id} a cg:Claim ; rdf:subject ${s} ; rdf:predicate cg:${p} ; rdf:object ${o} ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/${sentence}> .`;

const { check, ctx } = checkFixture(`
${fixtureClaim({ id: 'canal.lengthKm.1800.expected', s: 'cgr:canal', p: 'cg:lengthKm', o: '"1800"^^xsd:decimal', modality: 'Expected', more: 'cg:approximate true ; cg:statedIn cga:fixture-article' })}
${fixtureClaim({ id: 'canal.annualCapacityBcm.9.expected', s: 'cgr:canal', p: 'cg:annualCapacityBcm', o: '"9"^^xsd:decimal', modality: 'Expected', more: 'cg:statedIn cga:fixture-article' })}
${fixtureClaim({ id: 'acme-bank.authorisedCapitalUSD', s: 'cgr:acme-bank', p: 'cg:authorisedCapitalUSD', o: '"100000000000"^^xsd:decimal', more: 'cg:statedIn cga:fixture-article' })}
cgr:acme-bank cg:authorisedCapitalUSD "100000000000"^^xsd:decimal .
${SHAREHOLDER_RANKS}
${freedoniaAid('financialAssistanceTo', 'sylvania', 4_000_000)}
${freedoniaAid('financialAssistanceTo', 'marsovia', 2_000_000)}
${claim('freedonia.launched.canal', 'cgr:freedonia', 'launchedConstructionOf', 'cgr:canal', 's003')}
${claim('sylvania.launched.canal', 'cgr:sylvania', 'launchedConstructionOf', 'cgr:canal', 's003')}
${claim('acme-bank.founders', 'cgr:acme-bank', 'prospectiveFoundingMemberCount', '"57"^^xsd:positiveInteger')}
cgr:acme-bank cg:prospectiveFoundingMemberCount "57"^^xsd:positiveInteger .
${claim('canal.launcherCount.2', 'cgr:canal', 'launcherCount', '"2"^^xsd:nonNegativeInteger', 's003')}
`);
const verdict = (text: string): Promise<string> => check(text).then((r) => r.verdict, () => 'UNREAD');

describe('verbBoundRewrite', () => {
  it('says a mark passed or missed as its bound', () => {
    expect(verbBoundRewrite(ctx, 'The canal will stretch past the 2,000 km mark.')).toBe('The canal will stretch more than 2,000 km.');
    expect(verbBoundRewrite(ctx, 'The canal will run shy of the 2,000 km mark.')).toBe('The canal will run less than 2,000 km.');
    expect(verbBoundRewrite(ctx, "The canal's length will pass the 1,500 km mark.")).toBe("The canal's length will be more than 1,500 km.");
    expect(verbBoundRewrite(ctx, 'The cost came in under the US$ 5 billion mark.')).toBe('The cost came in under US$ 5 billion.');
  });
  it('says a ceiling and a verb of reaching as the copula', () => {
    expect(verbBoundRewrite(ctx, "The canal's yearly capacity will top out at 9 bcm.")).toBe("The canal's yearly capacity will be up to 9 bcm.");
    expect(verbBoundRewrite(ctx, "The bank's authorised capital runs to US$ 100 billion.")).toBe("The bank's authorised capital is US$ 100 billion.");
    // "runs to" a place is no amount
    expect(verbBoundRewrite(ctx, 'The canal runs to Sylvania.')).toBeUndefined();
  });
  it('says a rank behind one other as "second only to"', () => {
    expect(verbBoundRewrite(ctx, "Sylvania's League stake trails only Freedonia's.")).toBe("Sylvania's League stake is second only to Freedonia's.");
    expect(verbBoundRewrite(ctx, 'Sylvania ranks behind only Freedonia in League stake.')).toBe("Sylvania's League stake is second only to Freedonia's.");
    // "is only" is no rank
    expect(verbBoundRewrite(ctx, 'Sylvania is only a member in name.')).toBeUndefined();
  });
  it('says generosity and a bigger thing given as "gave more"', () => {
    expect(verbBoundRewrite(ctx, 'Freedonia was more generous to Marsovia than to Sylvania.')).toBe('Freedonia gave more to Marsovia than to Sylvania.');
    expect(verbBoundRewrite(ctx, 'Freedonia gave Sylvania a bigger aid package than Marsovia.')).toBe('Freedonia gave Sylvania more aid than Marsovia.');
    expect(verbBoundRewrite(ctx, 'Freedonia pledged Sylvania more aid than it promised Marsovia.')).toBe('Freedonia pledged Sylvania more aid than Marsovia.');
    // a repeated verb of a gift made says the second side was given: kept (a pledge is no gift)
    expect(verbBoundRewrite(ctx, 'Freedonia gave Sylvania a bigger aid package than it gave Marsovia.')).toBe('Freedonia gave Sylvania more aid than it gave Marsovia.');
    expect(verbBoundRewrite(ctx, 'Freedonia gave Sylvania more aid than it gave Marsovia.')).toBeUndefined();
  });
  it('says influence measured by a named attribute, and "several, not just one"', () => {
    expect(verbBoundRewrite(ctx, 'Freedonia has more say in the League than Sylvania does, going by stake.')).toBe('Freedonia has more stake in the League than Sylvania does.');
    expect(verbBoundRewrite(ctx, 'Freedonia signed several deals with Sylvania, not just one.')).toBe('Freedonia signed several deals with Sylvania.');
    // "not just one" after a count of one: nothing to drop
    expect(verbBoundRewrite(ctx, 'Freedonia signed a deal with Sylvania, not just one.')).toBeUndefined();
  });
  it('says "-fold" as "times", "hovers around" as "is about", and ranks said with verbs of leading or placing', () => {
    expect(verbBoundRewrite(ctx, "Freedonia's aid to Sylvania was twofold its aid to Marsovia.")).toBe("Freedonia's aid to Sylvania was two times its aid to Marsovia.");
    expect(verbBoundRewrite(ctx, "The canal's cost hovers around US$ 2 billion.")).toBe("The canal's cost is about US$ 2 billion.");
    expect(verbBoundRewrite(ctx, "Freedonia leads the League's shareholders.")).toBe("Freedonia is the League's largest shareholder.");
    expect(verbBoundRewrite(ctx, 'Freedonia places fourth in the world for gas reserves.')).toBe("Freedonia's gas reserves rank fourth in the world.");
    expect(verbBoundRewrite(ctx, 'Freedonia beats Sylvania in League stake.')).toBe('Freedonia outranks Sylvania in League stake.');
    expect(verbBoundRewrite(ctx, 'Freedonia tops the world in gas reserves.')).toBe("Freedonia's gas reserves rank first in the world.");
    expect(verbBoundRewrite(ctx, "Freedonia's aid to Sylvania was upwards of 1.5x its aid to Marsovia.")).toBe("Freedonia's aid to Sylvania was upwards of 1.5 times its aid to Marsovia.");
  });
  it('says a launch that gathered N leaders as N leaders launching it', () => {
    expect(verbBoundRewrite(ctx, "The canal's launch brought together the leaders of two countries.")).toBe('the leaders of two countries launched the canal.');
    expect(verbBoundRewrite(ctx, 'The launch of the canal gathered the leaders of 3 countries.')).toBe('the leaders of 3 countries launched the canal.');
  });
});

describe('claims said with a verb idiom, decided by the other readers', () => {
  it('decides a mark, a ceiling and an amount reached', async () => {
    expect(await verdict('The Freedonia canal pipeline will stretch past the 1,500 km mark.')).toBe('SUPPORTED');
    expect(await verdict('The Freedonia canal pipeline will stretch past the 2,000 km mark.')).toBe('REFUTED');
    expect(await verdict("The Freedonia canal pipeline's annual capacity will top out at 9 bcm.")).toBe('SUPPORTED');
    expect(await verdict("The Freedonia canal pipeline's annual capacity will top out at 12 bcm.")).toBe('REFUTED');
    expect(await verdict("The Acme Bank's authorised capital runs to US$ 100 billion.")).toBe('SUPPORTED');
    expect(await verdict("The Acme Bank's authorised capital runs to US$ 50 billion.")).toBe('REFUTED');
  });
  it('reads "top out at" as a ceiling, never as "tops" (round 35: comparisons.ts read "will top out at V" as "more than V")', async () => {
    expect(await verdict("The Acme Bank's authorised capital will top out at US$ 50 billion.")).not.toBe('SUPPORTED');
    expect(await verdict("The Freedonia canal pipeline's annual capacity will top out at 5 bcm.")).not.toBe('SUPPORTED');
  });
  it('decides a rank behind one other by both ranks', async () => {
    expect(await verdict("Sylvania's League stake trails only Freedonia's.")).toBe('SUPPORTED');
    expect(await verdict("Freedonia's League stake trails only Sylvania's.")).toBe('REFUTED');
  });
  it('decides a rank said with a verb of leading or beating', async () => {
    expect(await verdict("Freedonia leads the League's shareholders.")).toBe('SUPPORTED');
    expect(await verdict("Sylvania leads the League's shareholders.")).toBe('REFUTED');
    expect(await verdict("Freedonia's aid to Sylvania was twofold its aid to Marsovia.")).toBe('SUPPORTED');
    expect(await verdict("Freedonia's aid to Sylvania was fivefold its aid to Marsovia.")).toBe('REFUTED');
  });
  it('decides generosity and a bigger thing given by the two amounts', async () => {
    expect(await verdict('Freedonia was more generous to Sylvania than to Marsovia.')).toBe('SUPPORTED');
    expect(await verdict('Freedonia was more generous to Marsovia than to Sylvania.')).toBe('REFUTED');
    expect(await verdict('Freedonia gave Sylvania a bigger aid package than Marsovia.')).toBe('SUPPORTED');
    expect(await verdict('Freedonia gave Marsovia a bigger aid package than Sylvania.')).toBe('REFUTED');
  });
  it('reads a pipeline\'s "throughput" and a bank\'s "founders" (lexicon, round 34)', async () => {
    expect(await verdict("The Freedonia canal pipeline's yearly throughput will top out at 9 bcm.")).toBe('SUPPORTED');
    expect(await verdict("The Freedonia canal pipeline's annual throughput will be 12 bcm.")).toBe('REFUTED');
    expect(await verdict('The Acme Bank launched with 57 prospective founders.')).toBe('SUPPORTED');
    expect(await verdict('The Acme Bank opened with fewer than 50 founders.')).toBe('REFUTED');
  });
  it('counts the leaders a launch gathered over the closed list', async () => {
    expect(await verdict("The canal pipeline's launch brought together the leaders of two countries.")).toBe('SUPPORTED');
    expect(await verdict("The canal pipeline's launch brought together the leaders of three countries.")).toBe('REFUTED');
  });
});
