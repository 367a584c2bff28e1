// A name said with its modifiers in another order (src/check/reordered-name.ts, round 33): every
// word of the span is a word of one label and every word of the label is in the span, the head last.
import { describe, expect, it } from 'vitest';
import { reorderedName } from '../../src/check/reordered-name.js';
import { tokenize } from '../../src/check/text.js';
import { checkFixture } from '../helpers/check-fixture.js';

const S = 'prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s015>';
const { ctx, check } = checkFixture(`
cgr:zenda a cg:City ; rdfs:label "Zenda" .
cgr:strelsau a cg:City ; rdfs:label "Strelsau" .
cgr:zenda-summit a cg:Event ; rdfs:label "League summit in Zenda (2015)" ; skos:altLabel "League Zenda summit", "the League summit" .
cgc:zenda-summit.heldOn a cg:Claim ; rdf:subject cgr:zenda-summit ; rdf:predicate cg:heldOn ; rdf:object "2015-07"^^xsd:gYearMonth ;
  cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ; ${S} .
cgr:zenda-summit cg:heldOn "2015-07"^^xsd:gYearMonth .
cgr:strelsau-summit a cg:Event ; rdfs:label "League summit in Strelsau (2016)" ; skos:altLabel "Strelsau summit" .
cgr:canal-a a cg:Pipeline ; rdfs:label "pipeline from Freedonia to Sylvania" .
`);
const iri = (s: string): string | undefined => reorderedName(ctx, tokenize(s, ctx.morph))?.replace(/^.*\//, '');

describe('reordered-name: a label said with its modifiers in another order', () => {
  it('names the one entity whose label has the same words and head', () => {
    expect(iri('the Zenda League summit')).toBe('zenda-summit');
    // the place after "in" said before the head
    expect(iri('the Strelsau League summit')).toBe('strelsau-summit');
  });

  it('names none when a word fits no label, the head differs, or the order is the meaning', () => {
    expect(iri('the Marsovia League summit')).toBeUndefined();
    expect(iri('the Zenda summit League')).toBeUndefined();
    // a label with "from"/"to" is never reordered
    expect(iri('Sylvania Freedonia pipeline')).toBeUndefined();
  });

  it('decides a claim about the summit the words name, never the one a part of them names', async () => {
    expect((await check('The Zenda League summit took place in July 2015.')).verdict).toBe('SUPPORTED');
    expect((await check('The Zenda League summit took place in June 2015.')).verdict).toBe('REFUTED');
    // the Strelsau summit has no date: a part of the words ("League summit") naming the Zenda summit decides nothing
    expect((await check('The Strelsau League summit took place in July 2015.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});
