// An event named with its organiser after "of" (src/check/event-of.ts): "the Founders Gala of the
// League" said as "the League's Founders Gala", only when the graph says the League organises it.
import { describe, expect, it } from 'vitest';
import { eventOfRewrite } from '../../src/check/event-of.js';
import { checkFixture } from '../helpers/check-fixture.js';

const organised = `
cgc:gala.organisedBy.league a cg:Claim ; rdf:subject cgr:gala ; rdf:predicate cg:organisedBy ; rdf:object cgr:league ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s001> .
`;
const { ctx } = checkFixture(organised);
const bare = checkFixture();

describe('an event of its organiser', () => {
  it('is said with the organiser as a possessive, "the" moved before it', () => {
    expect(eventOfRewrite(ctx, 'The Founders Gala of the League was held in 2011.')).toBe("The League's Founders Gala was held in 2011.");
    expect(eventOfRewrite(ctx, 'Rufus attended the Founders Gala of the League in 2011.')).toBe("Rufus attended the League's Founders Gala in 2011.");
  });
  it('is left alone when the graph does not say the party organises the event, or the span is no event', () => {
    expect(eventOfRewrite(ctx, 'The Founders Gala of Acme Bank was held in 2011.')).toBeUndefined();
    expect(eventOfRewrite(bare.ctx, 'The Founders Gala of the League was held in 2011.')).toBeUndefined();
    expect(eventOfRewrite(ctx, 'Freedonia is a member of the League.')).toBeUndefined();
  });
});
