// Round 22 (branch speech22): who said what and the articles themselves. An office is not the
// headquarters (cg:hasOfficeIn, ontology/claimgraph.ttl), a demonym is no author of an article
// (src/check/metadata.ts), "follow X's footsteps" (lexicon), and the one commenter on an article as
// the subject of a claim about its writer (src/check/articles.ts `commentersNamed`).
import { describe, expect, it } from 'vitest';
import { commentersNamed } from '../../src/check/articles.js';
import { tokenize } from '../../src/check/text.js';
import { readAttribution } from '../../src/check/attribution.js';
import { checkFixture, fixtureClaim, FIXTURE_ARTICLE, READER_FORECAST } from '../helpers/check-fixture.js';

const ART = FIXTURE_ARTICLE;
const CG = 'https://w3id.org/claimgraph/ontology#';

describe('an office in a place (cg:hasOfficeIn)', () => {
  // the Acme Development Bank has its seat in Tarsk
  const { check } = checkFixture(`
cgr:tarsk a cg:City ; rdfs:label "Tarsk" .
cgr:vell a cg:City ; rdfs:label "Vell" .
${fixtureClaim({ id: 'acme.hq.tarsk', s: 'cgr:acme-bank', p: 'cg:headquarteredIn', o: 'cgr:tarsk', asserted: true })}
`);

  it('is read for "has / will open / set up an office in", never refuted by the one seat', async () => {
    for (const claim of ['The Acme Development Bank has an office in Vell.', 'The Acme Development Bank will open an office in Vell.',
      'The Acme Development Bank set up a regional office in Vell.']) {
      const r = await check(claim);
      expect([claim, r.verdict, r.interpretation.predicate]).toEqual([claim, 'NOT_ENOUGH_INFO', `${CG}hasOfficeIn`]);
    }
  });

  it('is supported by the seat (a sub-property), and a denial of it is refuted', async () => {
    expect((await check('The Acme Development Bank has an office in Tarsk.')).verdict).toBe('SUPPORTED');
    expect((await check('The Acme Development Bank does not have an office in Tarsk.')).verdict).toBe('REFUTED');
    // the seat itself stays single-valued
    expect((await check('The Acme Development Bank is headquartered in Vell.')).verdict).toBe('REFUTED');
  });
});

describe('an author said by a demonym', () => {
  const { check } = checkFixture(`
cga:fixture-article schema:author cgr:ann-author .
cgr:ann-author a cg:Person ; rdfs:label "Ann Author" .
`);

  it('is the author\'s nationality, not another author', async () => {
    for (const claim of ['The author of the Fixture article is Sylvanian.', 'Is the author of the Fixture article Freedonian?']) {
      const r = await check(claim);
      expect([claim, r.verdict]).toEqual([claim, 'NOT_ENOUGH_INFO']);
      expect(r.interpretation.predicate).toBe(`${CG}nationality`);
    }
    // a person's name still refutes another byline
    expect((await check('The author of the Fixture article is Bob Other.')).verdict).toBe('REFUTED');
    expect((await check('The author of the Fixture article is Ann Author.')).verdict).toBe('SUPPORTED');
  });
});

describe('"follow X\'s footsteps"', () => {
  const { check } = checkFixture(fixtureClaim({ id: 'sylvania.follows.freedonia', s: 'cgr:sylvania', p: 'cg:followsLeadOf', o: 'cgr:freedonia', modality: 'Possible' }));

  it('is following X\'s lead', async () => {
    const r = await check("Sylvania might follow Freedonia's footsteps.");
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.interpretation.predicate).toBe(`${CG}followsLeadOf`);
    expect((await check("Sylvania might follow Marsovia's footsteps.")).verdict).toBe('NOT_ENOUGH_INFO');
  });
});

describe('the one commenter on an article as a subject', () => {
  const one = checkFixture(`
cga:fixture-article schema:comment <${ART}/comment/1> .
<${ART}/comment/1> a schema:Comment ; schema:author <${ART}/comment/1/author> ; cg:segment <${ART}/segment/06> .
<${ART}/comment/1/author> a schema:Person ; rdfs:label "unnamed reader" .
`);
  const two = checkFixture(`
cga:fixture-article schema:comment <${ART}/comment/1>, <${ART}/comment/2> .
<${ART}/comment/1> a schema:Comment ; schema:author <${ART}/comment/1/author> ; cg:segment <${ART}/segment/06> .
<${ART}/comment/1/author> a schema:Person ; rdfs:label "Zed Q." ; schema:name "Zed Q." .
<${ART}/comment/2> a schema:Comment ; schema:author <${ART}/comment/2/author> ; cg:segment <${ART}/segment/06> .
<${ART}/comment/2/author> a schema:Person ; rdfs:label "Ann B." ; schema:name "Ann B." .
`);

  it('names that comment\'s writer', () => {
    for (const phrase of ['the commenter on the Fixture article', 'the reader who commented on the Fixture article', "the Fixture article's commenter"]) {
      expect([phrase, commentersNamed(one.ctx, tokenize(phrase, one.ctx.morph))]).toEqual([phrase, [`${ART}/comment/1/author`]]);
    }
    // two writers: no one in particular; no reader noun: no reading
    expect(commentersNamed(two.ctx, tokenize('the commenter on the Fixture article', two.ctx.morph))).toBeUndefined();
    expect(commentersNamed(one.ctx, tokenize('the author of the Fixture article', one.ctx.morph))).toBeUndefined();
  });

  it('reads a claim about the writer, which the graph leaves open', async () => {
    const r = await one.check('The commenter on the Fixture article lives in Sylvania.');
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
    expect(r.interpretation.predicate).toBe(`${CG}livesIn`);
    expect((r.interpretation.subject as { iri?: string }).iri).toBe(`${ART}/comment/1/author`);
    expect((await one.check('The commenter on the Fixture article is Sylvanian.')).interpretation.predicate).toBe(`${CG}nationality`);
  });
});

describe('a title that "calls" something, with a "never" in its words', () => {
  const { check } = checkFixture(`
cga:late-notes a schema:AnalysisNewsArticle ; schema:headline "Freedonia's Ruritania Engagement: Better Late Than Never" .
`);

  it('compares the words after the reporting verb, the "never" kept as the title\'s', async () => {
    const r = await check("The title of the Ruritania analysis calls Freedonia's Ruritania engagement better late than never.");
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.interpretation.object).toMatchObject({ value: "Freedonia's Ruritania engagement better late than never" });
    // other words: the title may say it otherwise, no refutation
    expect((await check("The title of the Ruritania analysis calls Freedonia's Ruritania engagement a failure.")).verdict).not.toBe('REFUTED');
  });
});

describe('more frames of reported speech (lexicon cg:attributionPattern, cg:reportingVerb)', () => {
  const { ctx, check } = checkFixture(`
cga:fixture-article schema:comment <${ART}/comment/1> .
${READER_FORECAST}`);

  it('reads "in a comment, X said P", "as X sees it, P", "X\'s view is that P" and "X complained that P"', () => {
    for (const claim of ['In a comment, Zed Q. said Sylvania would join the League before the end of 2016.',
      'In his comment, Zed Q. wrote that Sylvania would join the League before the end of 2016.',
      'As Zed Q. sees it, Sylvania will join the League before the end of 2016.',
      "Zed Q.'s view is that Sylvania will join the League before the end of 2016.",
      'Zed Q. warned that Sylvania would join the League before the end of 2016.']) {
      const a = readAttribution(ctx, claim);
      expect([claim, a?.scope]).toEqual([claim, { kind: 'agent', iris: [`${ART}/comment/1/author`], label: expect.any(String) }]);
      expect(a?.inner).toMatch(/^Sylvania will join the League/);
    }
  });

  it('checks P against that reader\'s words', async () => {
    expect((await check('In a comment, Zed Q. said Sylvania would join the League before the end of 2016.')).verdict).toBe('SUPPORTED');
    // "as X sees it" is no office ("as <office>"): the deed is not read without it
    expect((await check('As Zed Q. sees it, Sylvania will join the League before the end of 2016.')).verdict).toBe('SUPPORTED');
  });
});

describe('a person of the graph whose words no source reports', () => {
  const { ctx, check } = checkFixture();

  it('is a source of his own words, of which the graph holds none', async () => {
    for (const claim of ['Rufus Firefly said Freedonia is a member of the League.', 'Rufus Firefly told reporters that Freedonia is a member of the League.',
      'Rufus Firefly said in his address that Freedonia is a member of the League.']) {
      expect([claim, readAttribution(ctx, claim)?.scope]).toEqual([claim, { kind: 'agent', iris: ['https://w3id.org/claimgraph/resource/rufus'], label: expect.any(String) }]);
      // the fact is the graph's, his saying it is not
      const r = await check(claim);
      expect([claim, r.verdict]).toEqual([claim, 'NOT_ENOUGH_INFO']);
      expect(r.interpretation.predicate).toBe(`${CG}memberOf`);
    }
    expect((await check('Freedonia is a member of the League.')).verdict).toBe('SUPPORTED');
  });
});
