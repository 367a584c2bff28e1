// Round 9 attribution (src/check/attribution.ts, claim-index.ts `scopedIndex`, verdict.ts
// `writersOpinion`, follow-lead.ts, metadata-when.ts): sources tied to one article, speakers an
// article reports (cg:saidBy), writers' opinions (cg:opinion), questions read as possibilities,
// reported hedges, "follow X into P", "..., when a reader commented on it", one seat per institute.
import { describe, expect, it } from 'vitest';
import { checkFixture, fixtureClaim, FIXTURE_ARTICLE } from '../helpers/check-fixture.js';
import { followedLead } from '../../src/check/follow-lead.js';
import { splitWhen } from '../../src/check/metadata-when.js';

const ART = FIXTURE_ARTICLE;
const OTHER = 'https://w3id.org/claimgraph/article/marsovia-gazette';
const claim = (id: string, s: string, p: string, o: string, extra: string, where = `<${ART}/comment/1>`): string =>
  fixtureClaim({ id, s: `cgr:${s}`, p: `cg:${p}`, o: `cgr:${o}`, polarity: null, modality: null, sentence: 's013', more: `cg:statedIn ${where} ; ${extra}` });
const { check } = checkFixture(`
cga:fixture-article schema:comment <${ART}/comment/1> ; schema:author cgr:ann-author ; schema:datePublished "2011-05-01"^^xsd:date .
cgr:ann-author a cg:Person ; rdfs:label "Ann Author" .
<${ART}/comment/1> a schema:Comment ; schema:dateCreated "2011-05-04T10:00:00"^^xsd:dateTime ; cg:segment <${ART}/segment/06> .
cga:marsovia-gazette a schema:NewsArticle ; schema:headline "Marsovia Gazette Special" ; schema:comment <${OTHER}/comment/1> .
<${OTHER}/segment/01> a cg:Segment ; cg:segmentKind cg:Comment ; schema:isPartOf cga:marsovia-gazette .
<${OTHER}/comment/1> a schema:Comment ; schema:dateCreated "2012-01-04T10:00:00"^^xsd:dateTime ; cg:segment <${OTHER}/segment/01> .
cgr:tarsk-analysts a cg:PersonGroup ; rdfs:label "analysts in Tarsk" .
cgr:tarsk a cg:City ; rdfs:label "Tarsk" .
cgr:vell a cg:City ; rdfs:label "Vell" .
cgr:fenwick-institute a cg:ResearchInstitute ; rdfs:label "Fenwick Institute" .
${claim('sylvania.exploredProspectsIn.marsovia.possible', 'sylvania', 'exploredProspectsIn', 'marsovia', 'cg:polarity cg:Positive ; cg:modality cg:Possible')}
${claim('sylvania.followsLeadOf.freedonia.possible', 'sylvania', 'followsLeadOf', 'freedonia', 'cg:polarity cg:Positive ; cg:modality cg:Possible')}
${claim('grand-fenwick.memberOf.league.neg', 'grand-fenwick', 'hasCordialRelationsWith', 'marsovia', 'cg:polarity cg:Negative ; cg:modality cg:Expected', `<${OTHER}/comment/1>`)}
${claim('freedonia.cordial.sylvania.opinion', 'freedonia', 'hasCordialRelationsWith', 'sylvania', 'cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:opinion true ; cg:assertedBy cgr:ann-author', 'cga:fixture-article')}
${claim('freedonia.rival.marsovia.said', 'freedonia', 'rivalOf', 'marsovia', 'cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:saidBy cgr:tarsk-analysts ; cg:assertedBy cgr:ann-author', 'cga:fixture-article')}
${claim('institute.locatedIn.tarsk', 'fenwick-institute', 'locatedIn', 'tarsk', 'cg:polarity cg:Positive ; cg:modality cg:Stated', 'cga:fixture-article')}
`);

describe('a writer\'s opinion (cg:opinion)', () => {
  it('decides a claim that attributes it to the writer, and not the plain claim', async () => {
    expect((await check('The author argues that Freedonia has cordial relations with Sylvania.')).verdict).toBe('SUPPORTED');
    expect((await check('Ann Author writes that Freedonia has cordial relations with Sylvania.')).verdict).toBe('SUPPORTED');
    const plain = await check('Freedonia has cordial relations with Sylvania.');
    expect(plain.verdict).toBe('NOT_ENOUGH_INFO');
    expect(plain.explanation).toContain("writer's opinion");
    expect((await check('A reader said that Freedonia has cordial relations with Sylvania.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});

describe('a speaker the article reports (cg:saidBy)', () => {
  it('"X said P" is checked against what the article reports X said', async () => {
    const r = await check('Analysts in Tarsk said Freedonia is a rival of Marsovia.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.interpretation.attributedTo).toBe('analysts in Tarsk');
    expect((await check('According to the analysts in Tarsk, Freedonia is a rival of Marsovia.')).verdict).toBe('SUPPORTED');
    // what the article says in its own voice is not what it reports the analysts said
    expect((await check('Analysts in Tarsk said the Acme Development Bank is led by Freedonia.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});

describe('a source tied to one article', () => {
  it('"a reader of <article>" is that article\'s comments only', async () => {
    const r = await check('A commenter on the Marsovia story said that Grand Fenwick will not have cordial relations with Marsovia.');
    expect(r.verdict).toBe('SUPPORTED');
    expect((await check('A reader of the Fixture article said that Grand Fenwick will not have cordial relations with Marsovia.')).verdict).toBe('NOT_ENOUGH_INFO');
  });

  it('"the <class noun>" in its words is the one entity of that class the article\'s headline names', async () => {
    expect((await check('A commenter on the Marsovia story said that Grand Fenwick will not have cordial relations with the republic.')).verdict).toBe('SUPPORTED');
  });

  it('a reported hedge ("unlikely to") is the speaker\'s expectation', async () => {
    expect((await check('According to a commenter, Grand Fenwick is unlikely to have cordial relations with Marsovia.')).verdict).toBe('SUPPORTED');
    expect((await check('A reader said Grand Fenwick would have cordial relations with Marsovia.')).verdict).toBe('REFUTED');
  });
});

describe('a question raises a possibility, whatever its modal', () => {
  it('"wondered whether S would V" is supported by the speaker\'s speculation', async () => {
    expect((await check('A reader wondered whether Sylvania would explore Marsovia.')).verdict).toBe('SUPPORTED');
    expect((await check('A reader wondered whether Sylvania will explore Marsovia.')).verdict).toBe('SUPPORTED');
  });

  it('"follow X into P" is two statements, the leader checked', async () => {
    expect(followedLead('Sylvania might follow Freedonia into Marsovia.')).toBe('Sylvania might follow Freedonia and Sylvania might move into Marsovia.');
    expect(followedLead('Sylvania followed Freedonia in exploring Marsovia.')).toBe('Sylvania followed Freedonia and Sylvania was exploring Marsovia.');
    expect(followedLead('Sylvania will not follow Freedonia into Marsovia.')).toBeUndefined();
    expect(followedLead("Sylvania might follow in Freedonia's footsteps in Marsovia.")).toBe('Sylvania might follow Freedonia and Sylvania might move into Marsovia.');
    expect((await check('A reader wondered whether Sylvania might follow Freedonia into Marsovia.')).verdict).toBe('SUPPORTED');
    expect((await check('A reader wondered whether Sylvania would follow in the footsteps of Freedonia and explore Marsovia.')).verdict).toBe('SUPPORTED');
    expect((await check('A reader wondered whether Sylvania might follow Grand Fenwick into Marsovia.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check('A reader said Sylvania will follow Freedonia into Marsovia.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});

describe('"..., when a reader commented on it"', () => {
  it('is the page online by then and a comment at that time', async () => {
    expect(splitWhen('The Fixture article was online by May 2011, when a reader commented on it.'))
      .toEqual({ main: 'The Fixture article was online by May 2011', clause: 'a reader commented on the Fixture article in May 2011' });
    expect((await check('The Fixture article was online by May 2011, when a reader commented on it.')).verdict).toBe('SUPPORTED');
    expect((await check('The Fixture article was online by June 2011, when a reader commented on it.')).verdict).toBe('REFUTED');
  });
});

describe('a research institute has one seat', () => {
  it('another city refutes', async () => {
    expect((await check('The Fenwick Institute is in Vell.')).verdict).toBe('REFUTED');
    expect((await check('The Fenwick Institute is in Tarsk.')).verdict).toBe('SUPPORTED');
  });
});
