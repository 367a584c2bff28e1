// City names the graph need not know (src/check/place-names.ts, ontology/lexicon.places.txt) and
// the dateline reader's use of them (src/check/dateline.ts, round 17): a dateline names one place,
// so a name that is a city and nothing else refutes another dateline place, unless WordNet files
// the two names as one city.
import { describe, expect, it } from 'vitest';
import { cityName, oneNamedPlace } from '../../src/check/place-names.js';
import { checkFixture, FIXTURE_ARTICLE } from '../helpers/check-fixture.js';

const ART = FIXTURE_ARTICLE;
const { ctx, check } = checkFixture(`
cgr:gala-city a cg:City ; rdfs:label "Gala City" .
cgr:mumbai a cg:City ; rdfs:label "Mumbai" .
<${ART}/segment/99> a cg:Segment ; schema:isPartOf cga:fixture-article ; cg:segmentKind cg:Dateline .
<${ART}/sentence/s099> a nif:Sentence ; nif:anchorOf "GALA CITY, Sylvania (May 3, 2011)" ; cg:inSegment <${ART}/segment/99> .
cga:fixture-article cg:datelineDate "2011-05-03"^^xsd:date .
`);

describe('the city list', () => {
  it('knows a city that is nothing else, with its WordNet synsets, and no country or person', () => {
    expect(cityName(ctx, 'Lisbon')?.length).toBeGreaterThan(0);
    expect(cityName(ctx, 'Mexico')).toBeUndefined();
    expect(cityName(ctx, 'Madonna')).toBeUndefined();
  });

  it('tells two names of one city by their shared synset', () => {
    expect(oneNamedPlace(ctx, 'Lisboa', 'Lisbon')).toBe(true);
    expect(oneNamedPlace(ctx, 'Bombay', 'Lisbon')).toBe(false);
  });
});

describe('a dateline against a city the graph does not know', () => {
  it('is refuted by a city that is nothing else, with or without its day', async () => {
    expect((await check('The article is datelined Lisbon.')).verdict).toBe('REFUTED');
    expect((await check('The article was filed from Lisbon on May 3, 2011.')).verdict).toBe('REFUTED');
  });

  it('leaves undecided a name that may be a region, a person or anything else', async () => {
    expect((await check('The article is datelined Mexico.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check('The article is datelined Madonna.')).verdict).toBe('NOT_ENOUGH_INFO');
  });

  it('reads "filed from P on D" as the place and its day', async () => {
    expect((await check('The article was filed from Gala City on May 3, 2011.')).verdict).toBe('SUPPORTED');
    expect((await check('The article was filed from Gala City on May 4, 2011.')).verdict).toBe('REFUTED');
  });
});

describe('another name of the dateline city', () => {
  const { check: checkBombay } = checkFixture(`
cgr:mumbai a cg:City ; rdfs:label "Mumbai" .
<${ART}/segment/99> a cg:Segment ; schema:isPartOf cga:fixture-article ; cg:segmentKind cg:Dateline .
<${ART}/sentence/s099> a nif:Sentence ; nif:anchorOf "MUMBAI, May 3, 2011" ; cg:inSegment <${ART}/segment/99> .
`);
  it('is not refuted', async () => {
    expect((await checkBombay('The article is datelined Bombay.')).verdict).toBe('SUPPORTED');
  });
});
