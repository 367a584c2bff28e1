// Round 28 (branch wrappers28): a place named as the host of an event ("Sylvania hosted the
// Founders Gala", "played host to"), said as "E took place in X" (src/check/copular-frames.ts
// venueHostClaim, lexicon cg:venueHostVerb).
import { describe, expect, it } from 'vitest';
import { venueHostClaim } from '../../src/check/copular-frames.js';
import { checkFixture } from '../helpers/check-fixture.js';

const { ctx } = checkFixture();
// the gala held in Sylvania, as the graph holds a venue (cg:hostOf of a place)
const held = checkFixture(`
cgc:sylvania.hostOf.gala a cg:Claim ; rdf:subject cgr:sylvania ; rdf:predicate cg:hostOf ; rdf:object cgr:gala ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s010> .
cgr:sylvania cg:hostOf cgr:gala .
`);
const verdict = (s: string): Promise<string> => held.check(s).then((r) => r.verdict, () => 'UNREAD');

describe('a place as host', () => {
  it('says "X hosted E" as "E took place in X" only of a place, in the verb\'s tense', () => {
    expect(venueHostClaim(ctx, 'Sylvania played host to the Founders Gala')).toBe('The Founders Gala took place in Sylvania');
    expect(venueHostClaim(ctx, 'Sylvania will host the Founders Gala')).toBe('The Founders Gala will take place in Sylvania');
    // a person hosts guests: no venue
    expect(venueHostClaim(ctx, 'Rufus Firefly hosted the Founders Gala')).toBeUndefined();
    expect(venueHostClaim(ctx, 'Sylvania did not host the Founders Gala')).toBeUndefined();
    expect(venueHostClaim(ctx, 'Sylvania may host the Founders Gala')).toBeUndefined();
  });

  it('is decided by where the event took place, and no other place is supported', async () => {
    expect(await verdict('Sylvania played host to the Founders Gala')).toBe('SUPPORTED');
    expect(await verdict('Marsovia played host to the Founders Gala')).not.toBe('SUPPORTED');
  });
});
