// "X hosted Y" with a guest as object: X hosted an event Y attended (src/check/host-guest.ts).
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../helpers/check-fixture.js';

const claim = (id: string, s: string, p: string, o: string): string => `
cgc:${id} a cg:Claim ; rdf:subject cgr:${s} ; rdf:predicate cg:${p} ; rdf:object cgr:${o} ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s009> .`;
// Ida Oldham hosted the Founders Gala, which Rufus Firefly attended
const { check } = checkFixture(`
cgr:ida a cg:Person ; rdfs:label "Ida Oldham" .
${claim('ida.hostOf.gala', 'ida', 'hostOf', 'gala')}
${claim('rufus.attended.gala', 'rufus', 'attended', 'gala')}`);

describe('a host and a guest', () => {
  it('is supported by an event the host hosted and the guest attended, citing both', async () => {
    for (const text of ['Ida Oldham hosted Rufus Firefly.', 'Ida Oldham welcomed Rufus Firefly at the Founders Gala.']) {
      const r = await check(text);
      expect(r.verdict, text).toBe('SUPPORTED');
      expect(r.evidence.map((e) => e.claim).sort()).toEqual(['https://w3id.org/claimgraph/claim/ida.hostOf.gala', 'https://w3id.org/claimgraph/claim/rufus.attended.gala']);
    }
  });

  it('is never refuted: another host, or a guest of no such event, is not enough information', async () => {
    expect((await check('Rufus Firefly hosted Ida Oldham.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check('Gloria Teasdale hosted Rufus Firefly.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});
