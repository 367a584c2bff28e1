// An apposition after a place named with "in" / "near" is said of the place, never of the
// subject (round 37, users29 F12): "Zenda is in Sylvania, a Ruritanian republic" is two
// statements, "Zenda is in Sylvania" and "Sylvania is a Ruritanian republic".
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../helpers/check-fixture.js';
import { appositionOfPlace } from '../../src/check/apposition-place.js';
import type { Interpretation } from '../../src/check/types.js';

// the fixture: Freedonia and Sylvania are part of Ruritania; added: the region's count of members
// (so that a closed list refutes a third member) and Zenda, a town in Sylvania
const town = checkFixture(`cgr:zenda a cg:City ; rdfs:label "Zenda" .
cgc:t.zenda.locatedIn.sylvania a cg:Claim ; rdf:subject cgr:zenda ; rdf:predicate cg:locatedIn ; rdf:object cgr:sylvania ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s011> .
cgr:the-region cg:memberCount 2 .`);

describe('an apposition after "in <place>"', () => {
  it('is said of the place: the claim is not refuted as "the town is part of the region"', async () => {
    const r = await town.check('Zenda is in Sylvania, a Ruritanian country.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toContain('Sylvania is a Ruritanian country');
  });

  it('still refutes a false apposition of the place', async () => {
    expect((await town.check('Zenda is in Sylvania, a member of the Dominion.')).verdict).not.toBe('SUPPORTED');
  });

  it('sets aside a reading whose object lies in the place\'s apposition, only there', () => {
    const entity = (label: string, mention: string) => ({ kind: 'entity' as const, iri: `x:${label}`, label, mention });
    const reading = {
      subject: entity('Zenda', 'Zenda'), predicate: 'x:partOf', object: entity('Ruritania', 'Ruritanian'),
      polarity: 'positive', modality: 'stated', qualifiers: { region: entity('Sylvania', 'Sylvania') },
    } as unknown as Interpretation;
    expect(appositionOfPlace('Zenda is in Sylvania, a Ruritanian country', reading)).toBe(true);
    // no preposition before the place: "Sylvania, a Ruritanian country" is the subject's own apposition
    expect(appositionOfPlace('Zenda, Sylvania, a Ruritanian country', reading)).toBe(false);
    // the object named before the apposition too
    expect(appositionOfPlace('Ruritanian Zenda is in Sylvania, a Ruritanian country', reading)).toBe(false);
  });
});
