// A definite phrase the graph has several things of (src/check/definite-choice.ts): "the summit"
// when the graph holds two summits, selected by a place said after it or by the claim's other
// names, else read once per candidate and shown undecided.
import { describe, expect, it } from 'vitest';
import { checkDefiniteChoice, choiceHeld, definiteCandidates, findDefiniteChoice } from '../../src/check/definite-choice.js';
import { tokenize } from '../../src/check/text.js';
import { checkFixture } from '../helpers/check-fixture.js';

const S = 'https://w3id.org/claimgraph/resource/';
const claim = (id: string, s: string, p: string, o: string, extra = ''): string => `cgc:${id} a cg:Claim ; rdf:subject cgr:${s} ; rdf:predicate cg:${p} ; rdf:object ${o} ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ${extra};
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s009> .`;

// two summits of the League: one in Zenda (July 2015), labelled also "the League summit" by the
// article that reports it, and one in Ludovia (June 2016) that Rufus addressed
const SUMMITS = `
cgr:zenda a cg:City ; rdfs:label "Zenda" .
cgr:ludovia a cg:City ; rdfs:label "Ludovia" .
cgr:zenda-summit a cg:Event ; rdfs:label "League summit in Zenda (2015)" ; skos:altLabel "Zenda summit", "the League summit" .
cgr:ludovia-summit a cg:Event ; rdfs:label "League summit in Ludovia (2016)" ; skos:altLabel "Ludovia summit" .
${claim('zenda.hostOf.zenda-summit', 'zenda', 'hostOf', 'cgr:zenda-summit')}
${claim('ludovia.hostOf.ludovia-summit', 'ludovia', 'hostOf', 'cgr:ludovia-summit')}
${claim('zenda-summit.heldOn', 'zenda-summit', 'heldOn', '"2015-07"^^xsd:gYearMonth')}
${claim('ludovia-summit.heldOn', 'ludovia-summit', 'heldOn', '"2016-06"^^xsd:gYearMonth')}
${claim('rufus.spokeAt.ludovia-summit', 'rufus', 'spokeAt', 'cgr:ludovia-summit')}
`;

const { ctx, check } = checkFixture(SUMMITS);

describe('the things a definite phrase may name (definiteCandidates, findDefiniteChoice)', () => {
  it('finds every summit for "summit" and "League summit", one for "Ludovia summit"', () => {
    expect(definiteCandidates(ctx, tokenize('summit', ctx.morph))).toEqual([`${S}ludovia-summit`, `${S}zenda-summit`]);
    expect(definiteCandidates(ctx, tokenize('League summit', ctx.morph))).toEqual([`${S}ludovia-summit`, `${S}zenda-summit`]);
    expect(definiteCandidates(ctx, tokenize('Ludovia summit', ctx.morph))).toEqual([`${S}ludovia-summit`]);
  });
  it('selects by the place said after the phrase, or by the names the graph relates to one', () => {
    expect(findDefiniteChoice(ctx, 'The League summit in Ludovia was held in June 2016.')).toMatchObject({ said: 'The League summit', chosen: `${S}ludovia-summit` });
    expect(findDefiniteChoice(ctx, 'The summit in Zenda was held in July 2015.')).toMatchObject({ said: 'The summit', chosen: `${S}zenda-summit` });
    expect(findDefiniteChoice(ctx, 'Rufus Firefly addressed the League summit.')).toMatchObject({ said: 'the League summit', chosen: `${S}ludovia-summit` });
    expect(findDefiniteChoice(ctx, 'The League summit was held in June 2016.')?.chosen).toBeUndefined();
    // a bare noun no label of the graph is, without a place that selects: no reading (as before)
    expect(findDefiniteChoice(ctx, 'Rufus Firefly addressed the summit.')).toBeUndefined();
    // a name of one thing, and a thing the graph has one of, are no choice
    expect(findDefiniteChoice(ctx, 'The Ludovia summit was held in June 2016.')).toBeUndefined();
    expect(findDefiniteChoice(ctx, 'The gala was held in 2015.')).toBeUndefined();
  });
});

describe('checking a claim with a definite phrase the graph has several things of', () => {
  it('does not refute by the one summit a label names when the claim may mean the other', async () => {
    // before: "the League summit" was the Zenda summit only, held in July 2015: REFUTED
    const r = await check('The League summit was held in June 2016.');
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
    expect(r.interpretation.notes?.join(' ')).toMatch(/may name League summit in Ludovia \(2016\) \(SUPPORTED\) or League summit in Zenda \(2015\) \(REFUTED\)/);
    expect((await check('The League summit was held in July 2015.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
  it('decides when every reading decides alike', async () => {
    const r = await check('The League summit was held in 2014.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.interpretation.notes?.join(' ')).toContain('every reading is REFUTED');
  });
  it('reads the summit the place after it names, the place taken as its own', async () => {
    // before: "the League summit" (Zenda) with a location qualifier Ludovia the claim does not carry
    const r = await check('The League summit in Ludovia was held in June 2016.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.interpretation.notes?.join(' ')).toContain('the place said after it, Ludovia');
    expect((await check('The summit in Zenda was held in July 2015.')).verdict).toBe('SUPPORTED');
    expect((await check('The League summit in Zenda was held in June 2016.')).verdict).toBe('REFUTED');
  });
  it('reads the summit the claim\'s other names relate to', async () => {
    const r = await check('Rufus Firefly addressed the League summit.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.interpretation.notes?.join(' ')).toContain('"Rufus Firefly" relates to that one');
  });
});

describe('the claim as written, read without a choice (choiceHeld)', () => {
  // index.ts keys the readers' memo by it: a text read without choosing its definite phrase reads
  // otherwise than the same text read with the choice, so neither result may stand for the other
  it('is marked while the fallback reads it, and only then', async () => {
    const text = 'The League summit was held in June 2016.';
    const seen: boolean[] = [];
    expect(choiceHeld()).toBe(false);
    await checkDefiniteChoice(ctx, text, (t) => check(t), async () => { seen.push(choiceHeld()); return check(text); });
    expect(seen).toEqual([true]);
    expect(choiceHeld()).toBe(false);
  });
});

describe('a bare definite phrase no label is, in a claim nothing else reads (readBareDefinite, round 23)', () => {
  it('reads every candidate and shows each, held undecided', async () => {
    const r = await check('The summit took place in July 2015.');
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
    expect(r.explanation).toMatch(/"The summit" may name League summit in Ludovia \(2016\) \(REFUTED\) or League summit in Zenda \(2015\) \(SUPPORTED\)/);
    expect(r.explanation).toMatch(/not every one/);
  });
  it('is held even when every reading decides alike (the graph\'s summits are not every summit)', async () => {
    expect((await check('The summit took place in 2014.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
  it('finds only a phrase no label is and no place selects', () => {
    expect(findDefiniteChoice(ctx, 'The summit took place in July 2015.', true)).toMatchObject({ said: 'The summit' });
    expect(findDefiniteChoice(ctx, 'The League summit took place in July 2015.', true)).toBeUndefined();
    expect(findDefiniteChoice(ctx, 'The summit in Zenda took place in July 2015.', true)).toBeUndefined();
  });
  it('is not read in reported speech (the speaker\'s summit is the speaker\'s)', async () => {
    const r = await check('According to the author, the summit took place in July 2015.').catch(() => undefined);
    expect(r?.explanation ?? '').not.toMatch(/may name/);
  });
});
