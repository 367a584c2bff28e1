// A present passive is in the present (src/check/claim-time.ts, round 11): "is headed by", "is
// led by", and a reduced relative with its agent ("X, headed by Y, is ..."), so one holder at a
// time decides "The Bank is headed by Y" as it decides "Y heads the Bank"; and a "-based" name
// before an apposition is cut at the comma (src/check/part-rewrites.ts).
import { describe, expect, it } from 'vitest';
import { inPresentTense } from '../../src/check/claim-time.js';
import { checkFixture } from '../helpers/check-fixture.js';

const { check } = checkFixture(`
cgr:president-of-acme a cg:Office ; rdfs:label "President of the Acme Development Bank" ;
    cg:officeOf cgr:acme-bank ; cg:roleType "president" .
cgc:teasdale.holdsOffice.president-of-acme a cg:Claim ; rdf:subject cgr:teasdale ; rdf:predicate cg:holdsOffice ; rdf:object cgr:president-of-acme ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s005> .
`);

describe('the present passive', () => {
  it('is in the present tense; a past participle elsewhere is not', () => {
    expect(inPresentTense('The Bank is headed by Rufus Firefly.')).toBe(true);
    expect(inPresentTense('The Bank is led by Rufus Firefly.')).toBe(true);
    expect(inPresentTense('The Metro-based Bank, headed by Rufus Firefly, is led by Freedonia.')).toBe(true);
    expect(inPresentTense('The Bank was headed by Rufus Firefly.')).toBe(false);
    expect(inPresentTense('The Bank is headed by Rufus Firefly by 2030.')).toBe(false);
    expect(inPresentTense('Rufus Firefly visited Sylvania and is its president.')).toBe(false);
  });

  it('refutes another holder of the head office, also inside a compound claim', async () => {
    expect((await check('The Acme Bank is headed by Rufus Firefly.')).verdict).toBe('REFUTED');
    expect((await check('The Acme Bank is headed by Gloria Teasdale.')).verdict).toBe('SUPPORTED');
    expect((await check('The Acme Bank, headed by Rufus Firefly, is led by Freedonia.')).verdict).toBe('REFUTED');
    expect((await check('The Acme Bank was headed by Rufus Firefly.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});
