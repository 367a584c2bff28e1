// One amount said as a multiple of another (src/check/multiples.ts), on the fixture graph with
// Freedonia's financial assistance to Sylvania (US$ 4 million) and to Marsovia (US$ 1 million).
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../helpers/check-fixture.js';
import { MULTIPLE_TOLERANCE, readMultiple } from '../../src/check/multiples.js';

const aid = (to: string, usd: number): string => `
cgc:freedonia.financialAssistanceTo.${to}.mu a cg:Claim ; rdf:subject cgr:freedonia ; rdf:predicate cg:financialAssistanceTo ; rdf:object cgr:${to} ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s007> ;
    cg:amount <https://w3id.org/claimgraph/claim/freedonia.financialAssistanceTo.${to}.mu/amount/USD> .
<https://w3id.org/claimgraph/claim/freedonia.financialAssistanceTo.${to}.mu/amount/USD> a schema:MonetaryAmount ;
    schema:value "${usd}"^^xsd:decimal ; schema:currency "USD" .`;
// Grand Fenwick's aid is given as approximate ("about US$ 2 million", cg:approximate)
const { ctx, check } = checkFixture(aid('sylvania', 4_000_000) + aid('marsovia', 1_000_000)
  + aid('grand-fenwick', 2_000_000).replace('cg:derivation cg:Direct ;', 'cg:derivation cg:Direct ; cg:approximate true ;'));
const verdictOf = async (claim: string): Promise<string> => (await check(claim).catch(() => undefined))?.verdict ?? 'UNREAD';

describe('an amount as a multiple of another', () => {
  it('compares the ratio with a bounded multiple, the arithmetic shown', () => {
    const r = readMultiple(ctx, "Freedonia's aid to Sylvania was more than three times its aid to Marsovia.");
    expect(r?.evaluation.verdict).toBe('SUPPORTED');
    expect(r?.evaluation.explanation).toContain('USD 4,000,000 / USD 1,000,000 = 4');
    expect(readMultiple(ctx, "Freedonia's aid to Sylvania was more than six times its aid to Marsovia.")?.evaluation.verdict).toBe('REFUTED');
  });

  it('holds a plain multiple within its tolerance, refutes it beyond, and leaves the band between undecided', () => {
    expect(MULTIPLE_TOLERANCE.within).toBeLessThan(MULTIPLE_TOLERANCE.refutedBeyond);
    expect(readMultiple(ctx, "Freedonia's aid to Sylvania was four times its aid to Marsovia.")?.evaluation.verdict).toBe('SUPPORTED');
    expect(readMultiple(ctx, "Freedonia's aid to Sylvania was roughly ten times its aid to Marsovia.")?.evaluation.verdict).toBe('REFUTED');
    // 4 against "about five times": 20% off, neither within 15% nor beyond 25%
    expect(readMultiple(ctx, "Freedonia's aid to Sylvania was about five times its aid to Marsovia.")?.evaluation.verdict).toBe('NOT_ENOUGH_INFO');
  });

  // round 37 (users30 F13): a plain figure is the ratio rounded; 4 against "4.5 times" (11% off) or
  // "3.5 times" (14% off) was held within the 15% of a round figure said with "about"
  it('holds a plain multiple only within 5%, an approximate one within 15%', () => {
    expect(readMultiple(ctx, "Freedonia's aid to Sylvania was 3.5 times its aid to Marsovia.")?.evaluation.verdict).toBe('NOT_ENOUGH_INFO');
    expect(readMultiple(ctx, "Freedonia's aid to Sylvania was 4.5 times its aid to Marsovia.")?.evaluation.verdict).toBe('NOT_ENOUGH_INFO');
    expect(readMultiple(ctx, "Freedonia's aid to Sylvania was about 3.5 times its aid to Marsovia.")?.evaluation.verdict).toBe('SUPPORTED');
    expect(readMultiple(ctx, "Freedonia's aid to Sylvania was 4.1 times its aid to Marsovia.")?.evaluation.verdict).toBe('SUPPORTED');
  });

  // round 33 (lead): "well over" asks a clear margin (well-margin.ts), which this reader does not
  // compute; read as "more than", "well over three times" was supported by a ratio just past three
  it('reads no "well over N times"', () => {
    expect(readMultiple(ctx, "Freedonia's aid to Sylvania was well over three times its aid to Marsovia.")).toBeUndefined();
  });
  it('reads no multiple in a claim of another form', () => {
    expect(readMultiple(ctx, "Freedonia's aid to Sylvania was larger than its aid to Marsovia.")).toBeUndefined();
  });

  it('reads "a hundredth of" as a multiple too (round 30)', () => {
    expect(readMultiple(ctx, "Freedonia's aid to Marsovia was more than a hundredth of its aid to Sylvania.")?.evaluation.verdict).toBe('SUPPORTED');
    expect(readMultiple(ctx, "Freedonia's aid to Marsovia was less than a hundredth of its aid to Sylvania.")?.evaluation.verdict).toBe('REFUTED');
  });

  it('decides end to end', async () => {
    expect(await verdictOf("Freedonia's aid to Sylvania was more than twice its aid to Marsovia.")).toBe('SUPPORTED');
  });

  it('reads "double", "triple" and fractions as multiples (round 16)', () => {
    expect(readMultiple(ctx, "Freedonia's aid to Sylvania was double its aid to Grand Fenwick.")?.evaluation.verdict).toBe('SUPPORTED');
    expect(readMultiple(ctx, "Freedonia's aid to Sylvania was triple its aid to Marsovia.")?.evaluation.verdict).toBe('REFUTED');
    const quarter = readMultiple(ctx, "Freedonia's aid to Marsovia was one quarter of its aid to Sylvania.");
    expect(quarter?.evaluation.verdict).toBe('SUPPORTED');
    expect(quarter?.evaluation.explanation).toContain('1/4 of');
    expect(readMultiple(ctx, "Freedonia's aid to Marsovia was half its aid to Sylvania.")?.evaluation.verdict).toBe('REFUTED');
    expect(readMultiple(ctx, "Freedonia's aid to Marsovia was less than a third of its aid to Sylvania.")?.evaluation.verdict).toBe('SUPPORTED');
  });

  it('decides no bound within 10% of the ratio when an amount is approximate (round 16)', () => {
    // 4 / about 2 = 2: "more than 1.9 times" is within 10% of an approximate ratio
    expect(readMultiple(ctx, "Freedonia's aid to Sylvania was more than 1.9 times its aid to Grand Fenwick.")?.evaluation.verdict).toBe('NOT_ENOUGH_INFO');
    expect(readMultiple(ctx, "Freedonia's aid to Sylvania was more than 1.5 times its aid to Grand Fenwick.")?.evaluation.verdict).toBe('SUPPORTED');
    // exact amounts still decide at the bound
    expect(readMultiple(ctx, "Freedonia's aid to Sylvania was more than 3.9 times its aid to Marsovia.")?.evaluation.verdict).toBe('SUPPORTED');
  });

  it('reads "nearly" / "just over" N times on their own side (round 32, precision32)', () => {
    // 4 / 1 = 4: "nearly" says under N, "just over" above it; on main "nearly three times" held
    // (read as "about"), a false SUPPORTED of the shape of pr32-23
    expect(readMultiple(ctx, "Freedonia's aid to Sylvania was nearly 3.5 times its aid to Marsovia.")?.evaluation.verdict).toBe('REFUTED');
    expect(readMultiple(ctx, "Freedonia's aid to Sylvania was almost 4.5 times its aid to Marsovia.")?.evaluation.verdict).toBe('SUPPORTED');
    expect(readMultiple(ctx, "Freedonia's aid to Sylvania was just over 3.5 times its aid to Marsovia.")?.evaluation.verdict).toBe('SUPPORTED');
    expect(readMultiple(ctx, "Freedonia's aid to Sylvania was a little more than 4.5 times its aid to Marsovia.")?.evaluation.verdict).toBe('REFUTED');
    // a ratio a few percent past N is two rounded amounts' slack, undecided, not refuted
    expect(readMultiple(ctx, "Freedonia's aid to Sylvania was nearly 3.9 times its aid to Marsovia.")?.evaluation.verdict).toBe('NOT_ENOUGH_INFO');
    // "close to" above N: "about" and "nearly" disagree; below N it is "about"
    expect(readMultiple(ctx, "Freedonia's aid to Sylvania was close to 3.8 times its aid to Marsovia.")?.evaluation.verdict).toBe('NOT_ENOUGH_INFO');
    expect(readMultiple(ctx, "Freedonia's aid to Sylvania was close to 4.2 times its aid to Marsovia.")?.evaluation.verdict).toBe('SUPPORTED');
    // an approximate amount (about US$ 2 million): 4 / 2 = 2, "nearly 2.1 times" within its 10%
    expect(readMultiple(ctx, "Freedonia's aid to Sylvania was nearly 2.1 times its aid to Grand Fenwick.")?.evaluation.verdict).toBe('NOT_ENOUGH_INFO');
    expect(readMultiple(ctx, "Freedonia's aid to Sylvania was nearly 2.25 times its aid to Grand Fenwick.")?.evaluation.verdict).toBe('SUPPORTED');
  });
});

// round 38 (misses28): sides said as what a recipient got ("more than twice what Marsovia was
// given", "the aid Marsovia got") and fractions with a numerator ("two-thirds of")
describe('what a recipient got, as a side', () => {
  it('reads "A got N times what B was given" as the aid to A and to B, the rewrite shown', async () => {
    const r = await check('Sylvania got more than twice what Marsovia was given.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toContain('Read as "the aid to Sylvania was more than twice the aid to Marsovia"');
    expect(await verdictOf('Marsovia was pledged more than twice what Sylvania got.')).toBe('REFUTED');
    expect(await verdictOf("Freedonia's aid to Sylvania was more than twice the aid Marsovia got.")).toBe('SUPPORTED');
  });

  it('reads a fraction with a numerator', async () => {
    expect(await verdictOf('Marsovia got less than two-thirds of what Sylvania received.')).toBe('SUPPORTED');
    expect(await verdictOf('Marsovia got three-quarters of what Sylvania received.')).toBe('REFUTED');
  });

  it('leaves other verbs and unnamed recipients as they are', async () => {
    const { receivedSides } = await import('../../src/check/comparison-sides.js');
    expect(receivedSides('Rufus had more than twice what Zenda had')).toBe('Rufus had more than twice what Zenda had');
    expect(receivedSides('The League got twice what the bank was given')).toBe('The League got twice what the bank was given');
  });
});
