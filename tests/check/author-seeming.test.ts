// An author's own words with a copula of seeming said otherwise, and "the region" of the author's
// sentence named by the claim (src/check/author-words.ts, round 34, branch opinion34: users26
// "The analysis argues China's economic clout in Central Asia looks unmatchable" for the author's
// "... clout in the region seems to be unmatchable as ...").
import { describe, expect, it } from 'vitest';
import { authorWords, seemingAsOne, wordsOf } from '../../src/check/author-words.js';
import { checkFixture } from '../helpers/check-fixture.js';

const P = 'https://w3id.org/claimgraph/article/region-piece';
const { ctx } = checkFixture(`
cgr:marsovia-zone a cg:Region, cg:CountryGroup ; rdfs:label "Marsovia Zone" .
<${P}> a schema:AnalysisNewsArticle ; schema:headline "Freedonia's Marsovia Zone Engagement" ; schema:author cgr:rufus-firefly .
<${P}/segment/01> a cg:Segment ; cg:segmentKind cg:Body ; schema:isPartOf <${P}> .
<${P}/sentence/s001> a nif:Sentence ; cg:inSegment <${P}/segment/01> ;
    nif:anchorOf "In addition, Sylvania's trade clout in the region seems to be unmatchable as Sylvania has become the largest buyer." .
<${P}/sentence/s002> a nif:Sentence ; cg:inSegment <${P}/segment/01> ;
    nif:anchorOf "Grand Fenwick looks towards Sylvanian markets for the grain trade." .
`);
const verdict = (inner: string): string | undefined => authorWords(ctx, { kind: 'author' }, inner)?.evaluation.verdict;

describe('copulas of seeming', () => {
  it('reads "seems to be", "appears (to be)", "looks" before what a thing seems as one, and keeps the tense', () => {
    expect(seemingAsOne(wordsOf('X looks unmatchable'))).toEqual(['x', 'seems', 'unmatchable']);
    expect(seemingAsOne(wordsOf('X appears to be unmatchable'))).toEqual(['x', 'seems', 'unmatchable']);
    expect(seemingAsOne(wordsOf('X seemed to be unmatchable'))).toEqual(['x', 'seemed', 'unmatchable']);
  });

  it('keeps a verb of looking or appearing with a preposition after it', () => {
    expect(seemingAsOne(wordsOf('X looks towards Y'))).toEqual(['x', 'looks', 'towards', 'y']);
    expect(seemingAsOne(wordsOf('X appears in the report'))).toEqual(['x', 'appears', 'in', 'report']);
  });
});

describe("the author's seeming, said with another copula, in the region the headline names", () => {
  it('supports "looks" and "appears to be" for the author\'s "seems to be", the region named, a reason clause left out', () => {
    expect(verdict("Sylvania's trade clout in the region looks unmatchable")).toBe('SUPPORTED');
    expect(verdict("Sylvania's trade clout in Marsovia Zone appears to be unmatchable")).toBe('SUPPORTED');
    expect(verdict('Grand Fenwick looks towards Sylvanian markets')).toBe('SUPPORTED');
  });

  it('never reads a seeming as "is", another tense, another place or another owner', () => {
    expect(verdict("Sylvania's trade clout in the region is unmatchable")).toBeUndefined();
    expect(verdict("Sylvania's trade clout in the region seemed unmatchable")).toBeUndefined();
    expect(verdict("Sylvania's trade clout in Freedonia looks unmatchable")).toBeUndefined();
    expect(verdict("Marsovia's trade clout in Marsovia Zone looks unmatchable")).toBeUndefined();
  });
});
