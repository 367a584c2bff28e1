import { describe, expect, it } from 'vitest';
import { checkResultToJSON } from '../../src/check/format.js';
import { checkFixture } from '../helpers/check-fixture.js';

// A claim expanded from a group statement ("The Ruritanian countries depend on Marsovia") rests
// on two kinds of sentence: the one stating it, and the one placing the member in the group. The
// second is cited as a premise, with the premise claim named and its quote highlighted.
const A = 'https://w3id.org/claimgraph/article/fixture-article';
const GROUP = `
cgc:group.fixture-article.depend a cg:GroupClaim ;
    rdf:predicate cg:dependsOn ;
    rdf:object cgr:marsovia ;
    cg:group cgr:the-region ;
    prov:wasDerivedFrom <${A}/sentence/s014> .
<${A}/quote/813-856> a nif:Phrase ; nif:beginIndex 813 ; nif:endIndex 856 ;
    nif:anchorOf "The Ruritanian countries depend on Marsovia" ; nif:sentence <${A}/sentence/s014> .
cgc:freedonia.dependsOn.marsovia cg:expandedFrom cgc:group.fixture-article.depend ;
    cg:quote <${A}/quote/813-856> ;
    prov:wasDerivedFrom <${A}/sentence/s011> .
`;
const PREMISE_QUOTE = `
<${A}/quote/659-703> a nif:Phrase ; nif:beginIndex 659 ; nif:endIndex 703 ;
    nif:anchorOf "Freedonia and Sylvania both lie in Ruritania" ; nif:sentence <${A}/sentence/s011> .
cgc:freedonia.partOf.the-region cg:quote <${A}/quote/659-703> .
`;

describe('evidence: premise sentences of a group expansion', () => {
  it('names the premise claim and highlights its quote, after the stating sentence', async () => {
    const { check } = checkFixture(GROUP + PREMISE_QUOTE);
    const r = await check('Freedonia depends on Marsovia.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.evidence.map((e) => e.sentence)).toEqual(['s014', 's011']);
    const [stating, premise] = r.evidence;
    expect(stating!.premise).toBeUndefined();
    expect(premise!.premise).toBe('https://w3id.org/claimgraph/claim/freedonia.partOf.the-region');
    const span = premise!.highlights[0]!;
    expect([...premise!.text].slice(span.begin, span.end).join('')).toBe('Freedonia and Sylvania both lie in Ruritania');
    const json = checkResultToJSON(r);
    expect(json.evidence[1]).toMatchObject({ premise: 'https://w3id.org/claimgraph/claim/freedonia.partOf.the-region', quotes: [{ begin: 659, end: 703, text: 'Freedonia and Sylvania both lie in Ruritania' }] });
    expect(json.evidence[0]!.quotes).toEqual([{ begin: 813, end: 856, text: 'The Ruritanian countries depend on Marsovia' }]);
  });
  it('names no premise when no partOf claim of the group is stated in the sentence', async () => {
    // without the group link, the same sentence is cited bare, as before
    const { check } = checkFixture(GROUP.replace('cg:group cgr:the-region ;', '') + PREMISE_QUOTE);
    const r = await check('Freedonia depends on Marsovia.');
    const s011 = r.evidence.find((e) => e.sentence === 's011')!;
    expect(s011.premise).toBeUndefined();
    expect(s011.highlights).toEqual([]);
  });
  it('names no premise for a member the sentence does not place (another member\'s partOf claim)', async () => {
    // only Sylvania's partOf claim holds a quote there: Freedonia's premise cannot be shown
    const { check } = checkFixture(GROUP + PREMISE_QUOTE.replace('cgc:freedonia.partOf', 'cgc:sylvania.partOf'));
    const r = await check('Freedonia depends on Marsovia.');
    const s011 = r.evidence.find((e) => e.sentence === 's011')!;
    expect(s011.premise).toBeUndefined();
  });
});
