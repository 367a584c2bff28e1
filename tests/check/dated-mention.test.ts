// An event named by its kind and a date (src/check/dated-mention.ts, round 26): the date picks the
// one event of those words the graph dates so; none or two leave the claim to the other readers.
import { describe, expect, it } from 'vitest';
import { DATED_MENTION_NEEDS, datedMentionRewrite } from '../../src/check/dated-mention.js';
import { checkFixture } from '../helpers/check-fixture.js';

const S = 'prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s015>';
const { ctx, check } = checkFixture(`
cgr:zenda a cg:City ; rdfs:label "Zenda" .
cgr:strelsau a cg:City ; rdfs:label "Strelsau" .
cgr:zenda-summit a cg:Event ; rdfs:label "League summit in Zenda (2015)" ; skos:altLabel "Zenda summit", "the League summit" ;
  cg:heldOn "2015-07"^^xsd:gYearMonth ; cg:organisedBy cgr:league .
cgr:strelsau-summit a cg:Event ; rdfs:label "League summit in Strelsau (2016)" ; skos:altLabel "Strelsau summit" ; cg:organisedBy cgr:league .
cgc:strelsau-summit.heldOn a cg:Claim ; rdf:subject cgr:strelsau-summit ; rdf:predicate cg:heldOn ; rdf:object "2016-06"^^xsd:gYearMonth ;
  cg:polarity cg:Positive ; cg:modality cg:Expected ; cg:derivation cg:Direct ; ${S} .
cgc:zenda.hostOf.zenda-summit a cg:Claim ; rdf:subject cgr:zenda ; rdf:predicate cg:hostOf ; rdf:object cgr:zenda-summit ;
  cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ; ${S} .
cgr:zenda cg:hostOf cgr:zenda-summit .
`);

describe('dated-mention: an event named by its kind and a date', () => {
  it('writes the one event the graph dates so as itself', () => {
    expect(datedMentionRewrite(ctx, 'The July 2015 League summit was hosted by Zenda.')).toBe('The Zenda summit was hosted by Zenda.');
    expect(datedMentionRewrite(ctx, 'Zenda hosted the League\'s July 2015 summit.')).toBe('Zenda hosted the Zenda summit.');
    // a date a claim gives the event (here an expected one) dates it too
    expect(datedMentionRewrite(ctx, 'The 2016 summit was hosted by Zenda.')).toBe('The Strelsau summit was hosted by Zenda.');
  });

  it('reads nothing when no event or two fit the date, or no article or possessor makes it a mention', () => {
    expect(datedMentionRewrite(ctx, 'The 2017 League summit was hosted by Zenda.')).toBeUndefined();
    // July 2015 is not within a time the graph gives only as a year (none here), nor is a bare year before a verb a mention
    expect(datedMentionRewrite(ctx, 'The March 2015 summit was hosted by Zenda.')).toBeUndefined();
    expect(datedMentionRewrite(ctx, 'In 2015 Zenda hosted a summit.')).toBeUndefined();
    expect(DATED_MENTION_NEEDS.test('The League summit was hosted by Zenda.')).toBe(false);
  });

  it('decides the claim with the event read as itself, a differing place left to the graph', async () => {
    expect((await check('The July 2015 League summit was hosted by Zenda.')).verdict).toBe('SUPPORTED');
    expect((await check('The 2015 summit was hosted by Zenda.')).verdict).toBe('SUPPORTED');
    expect((await check('The 2016 League summit was hosted by Zenda.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});
