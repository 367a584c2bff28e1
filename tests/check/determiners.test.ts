// The determiner of the claim's occasion (src/check/determiners.ts, round 35, scope35): "a visit"
// may be another visit than the source's, "his visit" and "the visit" are the source's. Before,
// the reading kept no determiner and a visit ending in another year was refuted by the source's
// one visit (precision34's p34-144), and "will host an <event> in <another year>" by the one event
// of that kind the graph dates (p34-149).
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../helpers/check-fixture.js';
import { occasionDeterminer } from '../../src/check/determiners.js';
import type { Interpretation } from '../../src/check/types.js';

const { check } = checkFixture(`
cgr:strelsau a cg:City ; rdfs:label "Strelsau" .
cgr:strelsau-summit-2012 a cg:Event ; rdfs:label "League summit in Strelsau (2012)" ; skos:altLabel "League summit", "Strelsau summit" .
cgc:rufus.visited.marsovia.enddate a cg:Claim ;
    rdf:subject cgr:rufus ; rdf:predicate cg:visited ; rdf:object cgr:marsovia ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    cg:endDate "2003-05-03"^^xsd:date ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s009> .
cgc:strelsau.hostOf.summit a cg:Claim ;
    rdf:subject cgr:strelsau ; rdf:predicate cg:hostOf ; rdf:object cgr:strelsau-summit-2012 ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    cg:pointInTime "2012-06"^^xsd:gYearMonth ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s009> .
`);

const interp = (pattern: string, object: Interpretation['object'], subject: Interpretation['subject'] = { kind: 'entity', iri: 'x', label: 'Rufus Firefly', mention: 'Rufus' }) => ({ subject, object, pattern });

describe('occasionDeterminer: the determiner of the noun that names the occasion', () => {
  const visit = '{s} (end|conclude|finish) [state|official] (visit|tour|trip) (to|of) {o} on {endDate}';
  const place: Interpretation['object'] = { kind: 'entity', iri: 'y', label: 'Marsovia', mention: 'Marsovia' };
  it('reads the kind over modifiers, with the head noun, and skips the subject\'s own determiner', () => {
    expect(occasionDeterminer('Rufus ended a trip to Marsovia on 3 May 2004.', interp(visit, place))).toMatchObject({ kind: 'indefinite', word: 'a', noun: 'trip', of: 'pattern' });
    expect(occasionDeterminer('Rufus concluded his state visit to Marsovia on 3 May 2004.', interp(visit, place))).toMatchObject({ kind: 'possessive', noun: 'visit' });
    expect(occasionDeterminer('Rufus concluded the official visit to Marsovia on 3 May 2004.', interp(visit, place))?.kind).toBe('definite');
    expect(occasionDeterminer('Rufus concluded visits to Marsovia on 3 May 2004.', interp(visit, place))).toBeUndefined();
    const summit: Interpretation['object'] = { kind: 'entity', iri: 'z', label: 'League summit', mention: 'League summit' };
    expect(occasionDeterminer('Strelsau will host an annual League summit in 2014.', interp('{s} (hosted|hosts|will host) {o}', summit, { kind: 'entity', iri: 's', label: 'Strelsau', mention: 'Strelsau' }))).toMatchObject({ kind: 'indefinite', word: 'an', of: 'object' });
  });
  it('leaves a determiner the pattern itself spells to the pattern ("(a|per) year")', () => {
    expect(occasionDeterminer('The canal carries 5 units a year.', interp('{s} carries {o} units (a|per) year', { kind: 'number', value: '5' }))).toBeUndefined();
  });
});

describe('an indefinite occasion at another time is possibly another occasion', () => {
  it('holds "a trip" ending in another year, and refutes "his trip" and "the trip"', async () => {
    const a = await check('Rufus Firefly ended a trip to Marsovia on 3 May 2004.');
    expect(a.verdict).toBe('NOT_ENOUGH_INFO');
    expect(a.explanation).toContain('may be another one');
    expect(a.interpretation.determiner?.kind).toBe('indefinite');
    expect((await check('Rufus Firefly ended his trip to Marsovia on 3 May 2004.')).verdict).toBe('REFUTED');
    expect((await check('Rufus Firefly ended the trip to Marsovia on 3 May 2004.')).verdict).toBe('REFUTED');
    // the same year: the occasion's day misstated
    expect((await check('Rufus Firefly ended a trip to Marsovia on 4 May 2003.')).verdict).toBe('REFUTED');
  });
  it('holds "an <event kind>" hosted in another year, and refutes the event named itself', async () => {
    const other = await check('Strelsau will host a League summit in 2014.');
    expect(other.verdict, other.explanation).toBe('NOT_ENOUGH_INFO');
    expect(other.explanation).toContain('may be another one');
    expect((await check('Strelsau hosted the Strelsau summit in 2014.')).verdict).toBe('REFUTED');
    expect((await check('Strelsau hosted a League summit in June 2012.')).verdict).toBe('SUPPORTED');
  });
});

describe('a name\'s own article is no determiner of an occasion', () => {
  it('skips "the League" and keeps "the bank"', () => {
    const league: Interpretation['object'] = { kind: 'entity', iri: 'l', label: 'League of Nations States', mention: 'League' };
    expect(occasionDeterminer('Freedonia is a member of the League.', interp('{s} is a member of {o}', league, { kind: 'entity', iri: 'f', label: 'Freedonia', mention: 'Freedonia' }))).toBeUndefined();
    const bank: Interpretation['object'] = { kind: 'entity', iri: 'b', label: 'Acme Development Bank', mention: 'bank' };
    expect(occasionDeterminer('Freedonia leads the bank.', interp('{s} leads {o}', bank, { kind: 'entity', iri: 'f', label: 'Freedonia', mention: 'Freedonia' }))?.kind).toBe('definite');
  });
});

// round 36 (fix29a; users29's F3): "a" before a name said as one of a kind ("attended a Founders
// Gala"), not before a name that modifies the noun after it ("an SCO member"); a name's "the" is its own
describe('occasionDeterminer: an indefinite article before a name', () => {
  const gala: Interpretation['object'] = { kind: 'entity', iri: 'g', label: 'Founders Gala', mention: 'Founders Gala' };
  it('takes "a" before a name that heads its phrase', () => {
    expect(occasionDeterminer('Rufus attended a Founders Gala.', interp('{s} attend {o}', gala))).toMatchObject({ kind: 'indefinite', word: 'a', of: 'object' });
    expect(occasionDeterminer('Rufus attended a Founders Gala in Lyon.', interp('{s} attend {o}', gala))).toMatchObject({ kind: 'indefinite' });
    expect(occasionDeterminer('Rufus attended the Founders Gala.', interp('{s} attend {o}', gala))).toBeUndefined();
    expect(occasionDeterminer('Rufus is a Founders Gala member.', interp('{s} member of {o}', gala))).toBeUndefined();
  });
});

// round 37 (branch fix30, users30's F3): "A ceremony was held near Mary in 2018" gave the subject's
// "a" to the pattern's "was" (the search walked back over the subject), so the indefinite event the
// subject names was read as the one the graph dates, and refuted by its year
describe('an indefinite event as the subject', () => {
  it('keeps the subject\'s article its own, never a pattern word\'s', () => {
    const ceremony: Interpretation['subject'] = { kind: 'entity', iri: 'e', label: 'Founders Gala', mention: 'gala' };
    const mary: Interpretation['object'] = { kind: 'entity', iri: 'm', label: 'Strelsau', mention: 'Strelsau' };
    expect(occasionDeterminer('A gala was held near Strelsau in 2018.', interp('{s} [was] held near {o}', mary, ceremony)))
      .toEqual({ kind: 'indefinite', word: 'a', noun: 'gala', of: 'subject' });
  });
});

// round 38 (fix30c, users30's F3): "A Victory-Day-like Parade was held on <day>" named its event by
// its name after "a", which only the object's position read
describe('an indefinite name as the subject', () => {
  it('takes "a" before a name that opens the claim, followed by its verb', () => {
    const named: Interpretation['subject'] = { kind: 'entity', iri: 'e', label: 'Founders Gala', mention: 'Founders Gala' };
    const day: Interpretation['object'] = { kind: 'date', value: '2015-05-09' };
    expect(occasionDeterminer('A Founders Gala took place on 9 May 2015.', interp('{s} take place on {o}', day, named)))
      .toEqual({ kind: 'indefinite', word: 'a', noun: 'Founders Gala', of: 'subject' });
    expect(occasionDeterminer('The Founders Gala took place on 9 May 2015.', interp('{s} take place on {o}', day, named))).toBeUndefined();
  });
});
