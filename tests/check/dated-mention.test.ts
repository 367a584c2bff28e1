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
cgr:zenda-pipeline a cg:Pipeline ; rdfs:label "Zenda pipeline" .
cgr:pipeline-launch a cg:Event ; rdfs:label "launch of the Zenda pipeline" ; skos:altLabel "Zenda launch" ; cg:heldOn "2015-12-13"^^xsd:date .
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

describe('dated-mention: the date after the name, a day without its year (round 32)', () => {
  it('reads "the N of/in <date>" and "the <Month day> N" as the one event dated so', () => {
    expect(datedMentionRewrite(ctx, 'The League summit of July 2015 was hosted by Zenda.')).toBe('The Zenda summit was hosted by Zenda.');
    expect(datedMentionRewrite(ctx, 'Zenda hosted the summit in June 2016.')).toBe('Zenda hosted the Strelsau summit.');
    expect(datedMentionRewrite(ctx, 'Rufus attended the December 13 launch.')).toBe('Rufus attended the Zenda launch.');
    expect(datedMentionRewrite(ctx, 'Rufus attended the launch of 13 December 2015.')).toBe('Rufus attended the Zenda launch.');
  });

  // round 39 (users31 subproperty-05, "was at the Sept. 3 parade in China"): the name after a
  // yearless day ends before a preposition or a verb, whose words stay the claim's
  it('ends the name after a yearless day at a preposition or a verb, keeping what follows', () => {
    expect(datedMentionRewrite(ctx, 'Rufus attended the December 13 launch in Strelsau.')).toBe('Rufus attended the Zenda launch in Strelsau.');
    expect(datedMentionRewrite(ctx, 'The Dec. 13 launch was attended by Rufus.')).toBe('The Zenda launch was attended by Rufus.');
  });

  it('leaves a name with no kind word, a head noun of a thing that is no event, and a coarser time', () => {
    // "the League in July 2015" is the time of a deed, no event
    expect(datedMentionRewrite(ctx, 'Freedonia joined the League in July 2015.')).toBeUndefined();
    // "pipeline" names the pipeline, not its launch
    expect(datedMentionRewrite(ctx, 'Freedonia built the pipeline in December 2015.')).toBeUndefined();
    // the Zenda summit is dated by its month only: the day is not known to be within it
    expect(datedMentionRewrite(ctx, 'The League summit of July 10, 2015 was hosted by Zenda.')).toBeUndefined();
    // a month not capitalised is no date ("may")
    expect(datedMentionRewrite(ctx, 'Rufus attended the may 13 launch.')).toBeUndefined();
  });

  it('holds a mention of a date the graph dates none of those events at, each reading shown', async () => {
    const r = await check('The League summit of June 2017 was hosted by Zenda.');
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
    expect(r.explanation).toMatch(/dates no event of those words at 2017-06/);
    expect(r.explanation).toMatch(/"The Zenda summit took place in Zenda" \(2015-07\): SUPPORTED/);
    // a time coarser than the date may be within it: not said to be no such event (left unread)
    await expect(check('The League summit of July 10, 2015 was hosted by Zenda.')).rejects.toThrow(/could not read/);
    // the one event dated so decides, both ways
    expect((await check('The League summit of July 2015 was hosted by Zenda.')).verdict).toBe('SUPPORTED');
  });
});
