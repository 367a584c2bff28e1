// Where and when an article was filed, from its dateline segment (src/check/dateline.ts, a reader
// of src/check/readers.ts): one place and one day, so another place or day refutes.
import { describe, expect, it } from 'vitest';
import { checkFixture, FIXTURE_ARTICLE } from '../helpers/check-fixture.js';

const ART = FIXTURE_ARTICLE;
const { check } = checkFixture(`
<${ART}/segment/99> a cg:Segment ; schema:isPartOf cga:fixture-article ; cg:segmentKind cg:Dateline .
<${ART}/sentence/s099> a nif:Sentence ; nif:anchorOf "SYLVANIA (May 3, 2011)" ; cg:inSegment <${ART}/segment/99> .
cga:fixture-article cg:datelineDate "2011-05-03"^^xsd:date .
`);

describe('an article\'s dateline', () => {
  it('supports its place and day, citing the dateline sentence', async () => {
    const r = await check('The article is datelined Sylvania, May 3, 2011.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.evidence.map((e) => e.sentence)).toContain("fixture-article/sentence/s099");
    expect((await check('The article was filed from Sylvania.')).verdict).toBe('SUPPORTED');
  });

  it('refutes another place or day, and leaves a name the graph does not know undecided', async () => {
    expect((await check('The article is datelined Freedonia.')).verdict).toBe('REFUTED');
    expect((await check('The article is datelined Sylvania, May 4, 2011.')).verdict).toBe('REFUTED');
    expect((await check('The article is datelined Zenda.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});

describe('an article\'s dateline in other words (round 11)', () => {
  it('reads "carries a P dateline", "was filed in P" and "the dateline of X reads P" (unread before)', async () => {
    expect((await check('The article carries a Sylvania dateline.')).verdict).toBe('SUPPORTED');
    expect((await check('The article bears a Freedonia dateline.')).verdict).toBe('REFUTED');
    expect((await check('The article was filed in Sylvania.')).verdict).toBe('SUPPORTED');
    expect((await check('The dateline of the article reads Sylvania, May 4, 2011.')).verdict).toBe('REFUTED');
  });
});

describe('an article\'s dateline as a pasted note, the colon its verb (round 36)', () => {
  it('reads "Dateline of X: P, D" and "X dateline: P": the place and the day, either refuting', async () => {
    expect((await check('Dateline of the article: Sylvania, May 3, 2011')).verdict).toBe('SUPPORTED');
    expect((await check("The article's dateline: Sylvania")).verdict).toBe('SUPPORTED');
    expect((await check('Dateline of the article: Freedonia, May 3, 2011')).verdict).toBe('REFUTED');
    expect((await check('Dateline of the article: Sylvania, May 4, 2011')).verdict).toBe('REFUTED');
    expect((await check('Dateline of the article: Zenda')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});


describe("a dateline's place with its country (round 14)", () => {
  const { check: checkCity } = checkFixture(`
cgr:gala-city a cg:City ; rdfs:label "Gala City" .
<${ART}/segment/99> a cg:Segment ; schema:isPartOf cga:fixture-article ; cg:segmentKind cg:Dateline .
<${ART}/sentence/s099> a nif:Sentence ; nif:anchorOf "GALA CITY, Sylvania (May 3, 2011)" ; cg:inSegment <${ART}/segment/99> .
cga:fixture-article cg:datelineDate "2011-05-03"^^xsd:date .
`);
  it('reads "P, Country" when the dateline writes the country, with or without a day', async () => {
    expect((await checkCity('The article is datelined Gala City, Sylvania.')).verdict).toBe('SUPPORTED');
    expect((await checkCity('The article is datelined Gala City, Sylvania, May 4, 2011.')).verdict).toBe('REFUTED');
  });
  it('supports the country the dateline writes after its place, and refutes another country (round 16)', async () => {
    // "GALA CITY, Sylvania": the article was filed in Sylvania (refuted on 682fe10: "names Gala City, not Sylvania")
    expect((await checkCity('The article carries a Sylvania dateline.')).verdict).toBe('SUPPORTED');
    expect((await checkCity('The article is datelined Sylvania.')).verdict).toBe('SUPPORTED');
    expect((await checkCity('The article is datelined Freedonia.')).verdict).toBe('REFUTED');
  });
  it('leaves a country the dateline does not write undecided', async () => {
    expect(await checkCity('The article is datelined Gala City, Freedonia.').then((r) => r.verdict, () => 'unread')).not.toBe('SUPPORTED');
  });
});

describe('a dateline with its day after "of" (round 15)', () => {
  it('reads "carries a P dateline of D" and "bears a dateline of P, D" (unread before)', async () => {
    expect((await check('The article carries a Sylvania dateline of May 3, 2011.')).verdict).toBe('SUPPORTED');
    expect((await check('The article carries a Sylvania dateline of 4 May 2011.')).verdict).toBe('REFUTED');
    expect((await check('The article has a Freedonia dateline of May 3, 2011.')).verdict).toBe('REFUTED');
    expect((await check('The article bears a dateline of Sylvania, May 3, 2011.')).verdict).toBe('SUPPORTED');
    expect((await check('The article bears a dateline of Zenda, May 3, 2011.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});

describe('a dateline place inside a larger place (round 16)', () => {
  const { check: checkIn } = checkFixture(`
cgr:gala-city a cg:City ; rdfs:label "Gala City" ; cg:locatedIn cgr:sylvania .
cgr:zenda a cg:City ; rdfs:label "Zenda" .
<${ART}/segment/99> a cg:Segment ; schema:isPartOf cga:fixture-article ; cg:segmentKind cg:Dateline .
<${ART}/sentence/s099> a nif:Sentence ; nif:anchorOf "Gala City, May 3, 2011" ; cg:inSegment <${ART}/segment/99> .
cga:fixture-article cg:datelineDate "2011-05-03"^^xsd:date .
`);
  it('supports the country the place lies in, refutes another city, leaves an unrelated region undecided', async () => {
    // "datelined Sylvania" was refuted on 682fe10 although Gala City lies in Sylvania
    expect((await checkIn('The article is datelined Sylvania.')).verdict).toBe('SUPPORTED');
    expect((await checkIn('The article is datelined Zenda.')).verdict).toBe('REFUTED');
  });
});

describe('an article with no dateline (round 20)', () => {
  // the bare fixture article has no dateline segment
  const { check: bare } = checkFixture('');
  it('reads "filed from <place>" as its place of filing and leaves it open', async () => {
    const r = await bare('The Fixture article was filed from Sylvania.');
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
    expect(r.interpretation.predicateName).toBe('locationCreated');
    expect(r.explanation).toContain('no dateline');
  });
});

describe('a story that "comes from" a place (round 31)', () => {
  it('is its dateline place: another place refutes, an unknown name is held', async () => {
    expect((await check('The article comes from Sylvania.')).verdict).toBe('SUPPORTED');
    expect((await check('The article came from Freedonia.')).verdict).toBe('REFUTED');
    expect((await check('The article comes from Zenda.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});

describe('a fronted "Datelined P," before a clause about the article (round 33)', () => {
  const dated = checkFixture(`
<${ART}/segment/99> a cg:Segment ; schema:isPartOf cga:fixture-article ; cg:segmentKind cg:Dateline .
<${ART}/sentence/s099> a nif:Sentence ; nif:anchorOf "SYLVANIA (May 3, 2011)" ; cg:inSegment <${ART}/segment/99> .
cga:fixture-article cg:datelineDate "2011-05-03"^^xsd:date ; schema:datePublished "2011-05-03"^^xsd:date .
`).check;
  const verdict = (t: string): Promise<string> => dated(t).then((r) => r.verdict, () => 'unread');

  it('reads two statements of the article, both supported', async () => {
    expect(await verdict('Datelined Sylvania, the Fixture article ran on May 3, 2011.')).toBe('SUPPORTED');
  });

  it('refutes another place or another day, and reads no clause about something else (near misses)', async () => {
    expect(await verdict('Datelined Freedonia, the Fixture article ran on May 3, 2011.')).toBe('REFUTED');
    expect(await verdict('Datelined Sylvania, the Fixture article ran on May 4, 2011.')).toBe('REFUTED');
    expect(await verdict('Datelined Sylvania, Freedonia joined the League.')).not.toBe('SUPPORTED');
  });
});
