/**
 * Round 34 (time34): an accession named by its organisation, begun, kicked off, got started or
 * under way (lexicon cg:beganAccessionTo patterns), read with its time as the process of joining is.
 */
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../helpers/check-fixture.js';

// the fixture plus: Freedonia began joining the League in July 2015
const { check } = checkFixture(`
cgc:freedonia.beganAccessionTo.league a cg:Claim ; rdf:subject cgr:freedonia ; rdf:predicate cg:beganAccessionTo ; rdf:object cgr:league ;
    cg:date "2015-07"^^xsd:gYearMonth ; cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s005> .
cgr:freedonia cg:beganAccessionTo cgr:league .
`);

describe('an accession begun, said by its organisation', () => {
  it('is read as beginning to join, with its time', async () => {
    for (const said of ['Freedonia kicked off its League accession', 'Freedonia began its League accession', "Freedonia's League accession got started", 'Freedonia got its League accession under way', 'Freedonia launched its bid to join the League']) {
      expect((await check(`${said} in July 2015.`)).verdict, said).toBe('SUPPORTED');
    }
    expect((await check('Freedonia kicked off its League accession in July 2014.')).verdict).toBe('REFUTED');
  });
});
