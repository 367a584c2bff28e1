// A fronted passive participle (src/check/fronted-participle.ts, round 34): "Hosted by Rufus, the
// gala was attended by Chicolini" is "the gala was hosted by Rufus, and the gala was attended by
// Chicolini", decided as that compound.
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../helpers/check-fixture.js';
import { frontedParticipleRewrite } from '../../src/check/fronted-participle.js';

const { check } = checkFixture(`
cgr:chicolini a cg:Person ; rdfs:label "Chicolini" .
cgc:rufus.hostOf.gala a cg:Claim ; rdf:subject cgr:rufus ; rdf:predicate cg:hostOf ; rdf:object cgr:gala ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ; prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s005> .
cgc:chicolini.guestOf.gala a cg:Claim ; rdf:subject cgr:chicolini ; rdf:predicate cg:guestOf ; rdf:object cgr:gala ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ; prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s005> .
`);

describe('a fronted passive participle', () => {
  it('says the participle as a statement of the subject', () => {
    expect(frontedParticipleRewrite('Hosted by Rufus, the gala was attended by Chicolini.'))
      .toBe('The gala was hosted by Rufus, and the gala was attended by Chicolini.');
    // no auxiliary or "-ed" verb after the subject: no subject found
    expect(frontedParticipleRewrite('Hosted by Rufus, the gala and its guests.')).toBeUndefined();
    expect(frontedParticipleRewrite('Freedonia joined the League.')).toBeUndefined();
  });

  it('decides by both statements', async () => {
    expect((await check('Hosted by Rufus, the gala was attended by Chicolini.')).verdict).toBe('SUPPORTED');
    expect((await check('Hosted by Chicolini, the gala was attended by Rufus.')).verdict).not.toBe('SUPPORTED');
  });
});
