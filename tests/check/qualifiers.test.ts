// Qualifiers read from a claim and compared with the graph's (src/check/qualifiers.ts, adjuncts of
// ontology/lexicon.ttl, src/check/pattern.ts): purpose clauses in their several forms, two purposes
// joined by "and" (a list: each must be the source's), and money as the thing given.
import { describe, expect, it } from 'vitest';
import { checkFixture, checkGraphDir, FIXTURE_ARTICLE, READER_FORECAST } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

const { check } = checkFixture(`
cgr:roads a cg:Purpose ; rdfs:label "roads" .
cgr:clinics a cg:Purpose ; rdfs:label "clinics" .
cgr:ports a cg:Purpose ; rdfs:label "ports" .
<https://w3id.org/claimgraph/claim/fa/amount/USD> a schema:MonetaryAmount ; schema:currency "USD" ; schema:value "5000000"^^xsd:decimal .
cgc:fa a cg:Claim ;
    rdf:subject cgr:freedonia ; rdf:predicate cg:financialAssistanceTo ; rdf:object cgr:grand-fenwick ;
    cg:amount <https://w3id.org/claimgraph/claim/fa/amount/USD> ; cg:purpose cgr:roads, cgr:clinics ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s001> .
`);

describe('purpose clauses', () => {
  it('reads "to", "in order to" and "so as to" before the purpose verb alike', async () => {
    for (const c of ['Freedonia extended financial assistance to Grand Fenwick to improve roads.',
      'Freedonia extended financial assistance to Grand Fenwick in order to improve roads.',
      'Freedonia extended financial assistance to Grand Fenwick so as to build clinics.']) {
      const r = await check(c);
      expect(r.verdict, c).toBe('SUPPORTED');
      expect(r.interpretation.qualifiers.purpose).toMatchObject({ kind: 'entity' });
    }
    expect((await check('Freedonia extended financial assistance to Grand Fenwick in order to build ports.')).verdict).toBe('NOT_ENOUGH_INFO');
  });

  it('reads two purposes joined by "and" as a list, each of which must be the source\'s', async () => {
    const r = await check('Freedonia extended financial assistance to Grand Fenwick in order to improve roads and build clinics.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.interpretation.qualifiers.purpose).toMatchObject({ kind: 'entities', items: [{ label: 'roads' }, { label: 'clinics' }] });
    expect((await check('Freedonia extended financial assistance to Grand Fenwick for roads and for clinics.')).verdict).toBe('SUPPORTED');
    // one purpose the graph does not give: not supported
    const one = await check('Freedonia extended financial assistance to Grand Fenwick to improve roads and build ports.');
    expect(one.verdict).toBe('NOT_ENOUGH_INFO');
  });
});

describe('money as the thing given', () => {
  it('"gave Y $N" is assistance with that amount (a sub-property claim supports it)', async () => {
    const r = await check('Freedonia gave Grand Fenwick $5 million.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.interpretation.predicate).toBe('https://w3id.org/claimgraph/ontology#providedAssistanceTo');
    expect((await check('Freedonia offered $5 million to Grand Fenwick to improve roads.')).verdict).toBe('SUPPORTED');
    expect((await check('Freedonia gave Grand Fenwick $9 million.')).verdict).toBe('REFUTED');
  });
});

// Round 28 (branch precision28): a claim's time against an organisation's opening day. "Kazakhstan
// was a member of the AIIB in 2030" was REFUTED by the bank's opening day ("it happened in 2016"):
// only an event's day (cg:Event) is when a claim about it happens, never a dated organisation's.
describe('the day of the thing a claim is about', () => {
  const { check: checkDated } = checkFixture(`
cgr:league cg:openedOn "2016-01-16"^^xsd:date .
cgc:league.openedOn a cg:Claim ; rdf:subject cgr:league ; rdf:predicate cg:openedOn ; rdf:object "2016-01-16"^^xsd:date ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s001> .
cgr:gala cg:heldOn "2015-09-03"^^xsd:date .
cgc:fenwick.attended.gala a cg:Claim ; rdf:subject cgr:grand-fenwick ; rdf:predicate cg:attended ; rdf:object cgr:gala ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s001> .
`);
  const verdict = (s: string): Promise<string> => checkDated(s).then((r) => r.verdict, () => 'UNREAD');

  it('an organisation opening on a day does not date its members', async () => {
    expect(await verdict('Freedonia was a member of the League in 2030.')).not.toBe('REFUTED');
    expect(await verdict('Freedonia was a member of the League in 2014.')).not.toBe('REFUTED');
    expect(await verdict('Freedonia is a member of the League.')).toBe('SUPPORTED');
  });

  it('a statement of the opening day itself is dated by it', async () => {
    expect(await verdict('The League opened in 2016.')).toBe('SUPPORTED');
    expect(await verdict('The League opened in 2030.')).toBe('REFUTED');
  });

  it('an event still dates what happens at it', async () => {
    expect(await verdict('Grand Fenwick attended the gala in 2015.')).toBe('SUPPORTED');
    // round 36 (fix29a): the gala is a parade, of a kind held again (cg:RecurringEvent): 2019 is
    // another gala, undecided; a one-off event still refutes another year (tests/check/recurring-event.test.ts)
    expect(await verdict('Grand Fenwick attended the gala in 2019.')).toBe('NOT_ENOUGH_INFO');
  });
});

// Round 32 (users25's false REFUTED): in a claim about what one speaker states, the speaker's
// "before the end of 2016" (cg:byYear) is a deadline: it entails "by the end of 2018" and says
// nothing of "by the end of 2014".
describe('"by <year>" said by one speaker (round 32)', () => {
  const forecast = checkFixture(`cga:fixture-article schema:comment <${FIXTURE_ARTICLE}/comment/1> .\n${READER_FORECAST}`);
  const verdict = (s: string): Promise<string> => forecast.check(s).then((r) => r.verdict, () => 'UNREAD');
  it('reads a later deadline as implied and an earlier one as not said', async () => {
    expect(await verdict('Zed Q. predicted that Sylvania would join the League before the end of 2016.')).toBe('SUPPORTED');
    expect(await verdict('Zed Q. predicted that Sylvania would join the League by the end of 2018.')).toBe('SUPPORTED');
    expect(await verdict('Zed Q. predicted that Sylvania would join the League by the end of 2014.')).toBe('NOT_ENOUGH_INFO');
    // a year after the deadline is still no year inside it
    expect(await verdict('Zed Q. predicted that Sylvania would join the League in 2018.')).toBe('REFUTED');
  });
  // round 34: a claim about the world, not one speaker ("will join by 2018" was refuted by "set to
  // become a member by 2016" as if the deadline were the year of the joining): another deadline is
  // left open either way, as a later source may have moved the expectation
  it('leaves another deadline open, unscoped, and never refutes it', async () => {
    const body = checkFixture(`cgc:sylvania.memberOf.league.expected a cg:Claim ;
    rdf:subject cgr:sylvania ; rdf:predicate cg:memberOf ; rdf:object cgr:league ; cg:byYear "2016"^^xsd:gYear ;
    cg:polarity cg:Positive ; cg:modality cg:Expected ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <${FIXTURE_ARTICLE}/sentence/s001> .`);
    const v = (s: string): Promise<string> => body.check(s).then((r) => r.verdict, () => 'UNREAD');
    expect(await v('Sylvania will join the League by 2016.')).toBe('SUPPORTED');
    expect(await v('Sylvania will join the League by 2018.')).toBe('NOT_ENOUGH_INFO');
    expect(await v('Sylvania will join the League by 2014.')).toBe('NOT_ENOUGH_INFO');
  });
});

// round 40 (fix32d, users32's F7): a visit of 22-28 October is seven days both counted and six
// between its dates; "lasted six days" was refuted as if only the first count were a writer's
describe('a duration counted between two dates', () => {
  it('is not refuted by the count of days between them', async () => {
    const corpus = await checkGraphDir(corpusFixture);
    const said = (text: string): Promise<string> => corpus.check(text).then((r) => r.verdict, () => 'unread');
    expect(await said("Abe's visit to Central Asia lasted six days.")).not.toBe('REFUTED');
    expect(await said("Abe's visit to Central Asia lasted seven days.")).toBe('SUPPORTED');
    expect(await said("Abe's visit to Central Asia lasted five days.")).toBe('REFUTED');
  });
});
