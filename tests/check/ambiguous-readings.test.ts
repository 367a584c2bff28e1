// A name the graph gives two things, one reading REFUTED and the other undecided
// (src/check/ambiguous-readings.ts): the claim's other names decide, else NOT_ENOUGH_INFO with
// both readings shown, never the refutation of the reading ranked first.
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../helpers/check-fixture.js';

// a second Firefly: Otis, also called "Firefly"
const OTIS = `
cgr:otis a cg:Person ; rdfs:label "Otis Firefly" ; skos:altLabel "Firefly" .
`;
// Otis visited Sylvania too (the source says not when), so Sylvania relates to both Fireflies
const OTIS_IN_SYLVANIA = `${OTIS}
cgc:otis.visited.sylvania a cg:Claim ; rdf:subject cgr:otis ; rdf:predicate cg:visited ; rdf:object cgr:sylvania ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s009> .
`;

describe('a refuted reading of an ambiguous name with an undecided one', () => {
  it('is NOT_ENOUGH_INFO with both readings shown when the other names relate to both things', async () => {
    const { check } = checkFixture(OTIS_IN_SYLVANIA);
    // before: REFUTED by Rufus's visit of 2001, though "Firefly" may be Otis
    const r = await check('Firefly did not visit Sylvania in 2001.');
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
    expect(r.interpretation.notes?.join(' ')).toMatch(/"Firefly" may name Rufus Firefly \(REFUTED\) or Otis Firefly \(NOT_ENOUGH_INFO\)/);
    expect(r.evidence.every((e) => e.stance === 'related')).toBe(true);
  });
  it('stays REFUTED when the other names relate to the refuted thing alone', async () => {
    const { check } = checkFixture(OTIS);
    expect((await check('Firefly did not visit Sylvania in 2001.')).verdict).toBe('REFUTED');
  });
  it('leaves a supported reading supported (the claim is true of a thing it can mean)', async () => {
    const { check } = checkFixture(OTIS_IN_SYLVANIA);
    expect((await check('Firefly visited Sylvania in 2001.')).verdict).toBe('SUPPORTED');
  });
});
