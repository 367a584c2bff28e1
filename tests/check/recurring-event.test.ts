// An event of a kind held again (round 36, fix29a; users29's F3): the ontology makes a parade a
// cg:RecurringEvent, and the graph's parade is one instance, dated. A claim about it in another
// year names another instance: neither refuted by the instance's date nor its denial supported
// (were: "it happened in 2015, not 2019; year is single-valued"). An event of a one-off kind keeps
// its date; a denial of the one instance says nothing of another year, nor of "a" parade, nor of
// one in a city no source names (src/check/repeat-time.ts, src/check/verdict.ts, src/check/unknown-city.ts).
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../helpers/check-fixture.js';

const { check } = checkFixture(`
cga:fixture-article schema:datePublished "2015-11-03"^^xsd:date .
cgr:gala cg:heldOn "2015-09-03"^^xsd:date .
cgc:fenwick.attended.gala a cg:Claim ; rdf:subject cgr:grand-fenwick ; rdf:predicate cg:attended ; rdf:object cgr:gala ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s001> .
cgr:launch a cg:Event ; rdfs:label "canal launch" .
cgr:launch cg:heldOn "2015-12-13"^^xsd:date .
cgc:gala.heldOn a cg:Claim ; rdf:subject cgr:gala ; rdf:predicate cg:heldOn ; rdf:object "2015-09-03"^^xsd:date ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s001> .
cgc:launch.heldOn a cg:Claim ; rdf:subject cgr:launch ; rdf:predicate cg:heldOn ; rdf:object "2015-12-13"^^xsd:date ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s001> .
cgc:fenwick.attended.launch a cg:Claim ; rdf:subject cgr:grand-fenwick ; rdf:predicate cg:attended ; rdf:object cgr:launch ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s001> .
`);
const verdict = (s: string): Promise<string> => check(s).then((r) => r.verdict, () => 'UNREAD');

describe('recurring events: another year is another instance', () => {
  it('holds a recurring event in another year, and its denial', async () => {
    for (const claim of ['Grand Fenwick attended the gala in 2019.', 'Grand Fenwick attended the gala in 2010.', 'Grand Fenwick did not attend the gala in 2019.']) {
      expect(await verdict(claim), claim).toBe('NOT_ENOUGH_INFO');
    }
    expect((await check('Grand Fenwick attended the gala in 2019.')).explanation).toContain('cg:RecurringEvent');
  });

  it('keeps the instance\'s own year, and a one-off event\'s date', async () => {
    expect(await verdict('Grand Fenwick attended the gala in 2015.')).toBe('SUPPORTED');
    expect(await verdict('Grand Fenwick did not attend the gala in 2015.')).toBe('REFUTED');
    expect(await verdict('Grand Fenwick attended the canal launch in 2019.')).toBe('REFUTED');
  });

  it('"a" one-off event in another year may be another one, dated by the graph\'s event', async () => {
    expect(await verdict('Grand Fenwick attended a canal launch in 2019.')).toBe('NOT_ENOUGH_INFO');
  });

  it('a denial of the one instance says nothing of another year, "a" parade, or a city no source names', async () => {
    for (const claim of ['The President of Sylvania attended the gala in 2010.', 'The President of Sylvania did not attend the gala in 2019.',
      'The President of Sylvania attended a Founders Gala.', 'The President of Sylvania attended the gala in Lyon.']) {
      expect(await verdict(claim), claim).toBe('NOT_ENOUGH_INFO');
    }
    expect(await verdict('The President of Sylvania attended the gala.')).toBe('REFUTED');
    expect(await verdict('The President of Sylvania did not attend the gala.')).toBe('SUPPORTED');
    expect(await verdict('The President of Sylvania attended the gala in 2015.')).toBe('REFUTED');
  });
});

describe('"never" of a recurring event (round 37, precision37)', () => {
  it('is not supported by the denial of one instance; the plain denial and "never" of a one-off event are as before', async () => {
    expect(await verdict('The President of Sylvania has never attended the gala.')).toBe('NOT_ENOUGH_INFO');
    expect(await verdict('The President of Sylvania did not attend the gala.')).toBe('SUPPORTED');
    expect(await verdict('Grand Fenwick has never attended the gala.')).toBe('REFUTED');
  });
});

// round 38 (fix30c; users30's F3): "A Victory Day Parade was held on 9 May 2015" against the one
// parade the graph dates 3 September 2015 was refuted ("held on is single-valued"): a parade is
// held again, on other days of the same year too, and "a" names any of them
describe('"a" recurring event on another day of the same year', () => {
  it('is held undecided, with its denial; "the" one and a one-off event keep the date', async () => {
    for (const claim of ['A Founders Gala was held on 9 May 2015.', 'A Founders Gala took place on 9 May 2015.',
      'It is not the case that a Founders Gala was held on 9 May 2015.', 'Grand Fenwick attended a Founders Gala on 9 May 2015.']) {
      expect(await verdict(claim), claim).toBe('NOT_ENOUGH_INFO');
    }
    expect(await verdict('A Founders Gala was held on 3 September 2015.')).toBe('SUPPORTED');
    expect(await verdict('The Founders Gala was held on 9 May 2015.')).toBe('REFUTED');
    expect(await verdict('Grand Fenwick attended the gala on 9 May 2015.')).toBe('REFUTED');
    expect(await verdict('A canal launch was held on 9 May 2015.')).toBe('REFUTED');
  });
});
