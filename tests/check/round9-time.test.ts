// Readings added in round 9 (branch `time`, issue 15): named days of a fixed date, offices that
// cannot be held together, one headquarters city, claims that read only against the types, "the
// last N to V O before Y", a construction launched once, "X's pledge to Y" as a noun, irregular
// participles in the present perfect, "X's Y" for a label "X Y", "its" in a span's second side.
// Each `it` fails on the code before round 9 (the readings did not exist: the claims were unread or
// NOT_ENOUGH_INFO); each has a side that must not be decided.
import { describe, expect, it } from 'vitest';
import { inPresentPerfect } from '../../src/check/claim-time.js';
import { NAMED_DAY_NEEDS, namedDayRewrite } from '../../src/check/named-days.js';
import { stripMarkers } from '../../src/check/parser.js';
import { resolveMention } from '../../src/check/resolver.js';
import { tokenize } from '../../src/check/text.js';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';

const claim = (id: string, s: string, p: string, o: string, extra = ''): string =>
  fixtureClaim({ id, s, p, o, more: `${extra} cg:statedIn cga:fixture-article` });

// the fixture plus: the gala held on 2015-12-25; Groucho, President of Freedonia (an office held
// apart from its Prime Minister's); the Acme bank headquartered in Gala City, opened on 2016-01-16,
// its Charter in force from 2015-12-25; Rufus the last Freedonian Prime Minister to visit Marsovia
// (2001), Teasdale visiting Marsovia in 2010; the canal's construction launched on 1998-05-01 by
// Freedonia and by Sylvania
const { ctx, check } = checkFixture(`
cga:fixture-article schema:datePublished "2016-01-16"^^xsd:date .
cgr:groucho a cg:Person ; rdfs:label "Groucho Marx" .
cgc:teasdale.visited.grand-fenwick.ffffff cg:year "2010"^^xsd:gYear .
cgr:gala-city a cg:City ; rdfs:label "Gala City" .
cgr:sylvan-city a cg:City ; rdfs:label "Sylvan City" .
cgr:acme-charter a cg:Agreement ; rdfs:label "Acme Development Bank Charter" .
cgr:president-of-freedonia cg:heldApartFrom cgr:pm-of-freedonia .
${claim('gala.heldOn', 'cgr:gala', 'cg:heldOn', '"2015-12-25"^^xsd:date')}
cgr:gala cg:heldOn "2015-12-25"^^xsd:date .
${claim('groucho.holdsOffice.president-of-freedonia', 'cgr:groucho', 'cg:holdsOffice', 'cgr:president-of-freedonia')}
cgr:groucho cg:holdsOffice cgr:president-of-freedonia .
${claim('acme-bank.headquarteredIn.gala-city', 'cgr:acme-bank', 'cg:headquarteredIn', 'cgr:gala-city')}
cgr:acme-bank cg:headquarteredIn cgr:gala-city .
${claim('acme-bank.openedOn', 'cgr:acme-bank', 'cg:openedOn', '"2016-01-16"^^xsd:date')}
cgr:acme-bank cg:openedOn "2016-01-16"^^xsd:date .
${claim('acme-charter.enteredIntoForceOn', 'cgr:acme-charter', 'cg:enteredIntoForceOn', '"2015-12-25"^^xsd:date')}
cgr:acme-charter cg:enteredIntoForceOn "2015-12-25"^^xsd:date .
${claim('rufus.visited.marsovia', 'cgr:rufus', 'cg:visited', 'cgr:marsovia', 'cg:year "2001"^^xsd:gYear ; cg:lastInOffice cgr:pm-of-freedonia ;')}
cgr:rufus cg:visited cgr:marsovia .
${claim('teasdale.visited.marsovia', 'cgr:teasdale', 'cg:visited', 'cgr:marsovia', 'cg:year "2010"^^xsd:gYear ;')}
cgr:teasdale cg:visited cgr:marsovia .
${claim('freedonia.launchedConstructionOf.canal', 'cgr:freedonia', 'cg:launchedConstructionOf', 'cgr:canal', 'cg:date "1998-05-01"^^xsd:date ;')}
${claim('sylvania.launchedConstructionOf.canal', 'cgr:sylvania', 'cg:launchedConstructionOf', 'cgr:canal', 'cg:date "1998-05-01"^^xsd:date ;')}
cgr:freedonia cg:launchedConstructionOf cgr:canal .
cgr:sylvania cg:launchedConstructionOf cgr:canal .
`);

describe('named days of a fixed date (src/check/named-days.ts, lexicon cg:namedDay)', () => {
  it('writes a named day with its year as the date, and nothing without a year', () => {
    expect(namedDayRewrite(ctx, 'The gala was held on Christmas Day 2015.')).toBe('The gala was held on December 25, 2015.');
    // (round 34, shapes34) a note's "Xmas" is a name of the same day (lexicon cg:namedDay)
    expect(namedDayRewrite(ctx, 'The gala was held on Xmas Day 2015.')).toBe('The gala was held on December 25, 2015.');
    expect(namedDayRewrite(ctx, "The gala was held on New Year's Eve, 2015.")).toBe('The gala was held on December 31, 2015.');
    expect(namedDayRewrite(ctx, 'The gala was held on Christmas Day.')).toBeUndefined();
  });
  it('reads every shape again with its compiled pattern, each needing the gate\'s four digits (round 23)', () => {
    // the patterns are compiled once and shared: a second call reads the same (a global RegExp's lastIndex)
    for (let i = 0; i < 2; i++) {
      for (const said of ['Christmas Day 2015', 'christmas day, 2015', 'Christmas Day of 2015', "New Year\u2019s Eve 2015"]) {
        expect(NAMED_DAY_NEEDS.test(said)).toBe(true);
        expect(namedDayRewrite(ctx, `The gala was held on ${said}.`), said).toMatch(/^The gala was held on December \d\d, 2015\.$/);
      }
    }
    expect(NAMED_DAY_NEEDS.test("The gala was held on Christmas Day '15.")).toBe(false);
    expect(namedDayRewrite(ctx, "The gala was held on Christmas Day '15.")).toBeUndefined();
  });
  it('decides the claim by the day the graph gives', async () => {
    expect((await check('The Founders Gala was held on Christmas Day 2015.')).verdict).toBe('SUPPORTED');
    expect((await check('The Founders Gala was held on Christmas Eve 2015.')).verdict).toBe('REFUTED');
    // round 34: the short written forms are lexicon data too
    expect((await check('The Founders Gala was held on Xmas Day 2015.')).verdict).toBe('SUPPORTED');
    expect((await check('The Founders Gala was held on X-mas Eve, 2015.')).verdict).toBe('REFUTED');
  });
});

describe('offices held apart (refuter other-state-office, src/check/holder-refuters.ts)', () => {
  it('refutes an office of another state, and supports its denial', async () => {
    const r = await check('Groucho Marx is the President of Sylvania.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.reason).toBe('other-state-office');
    expect((await check('Groucho Marx is not the President of Sylvania.')).verdict).toBe('SUPPORTED');
  });
  it('refutes an office declared cg:heldApartFrom the one held', async () => {
    expect((await check('Groucho Marx is the Prime Minister of Freedonia.')).reason).toBe('other-state-office');
  });
  it('says nothing of another time, or of an office held with a date', async () => {
    expect((await check('Groucho Marx was the President of Sylvania in 2001.')).verdict).toBe('NOT_ENOUGH_INFO');
    // Rufus is Prime Minister of Freedonia in 2001 only (a dated claim of the fixture)
    expect((await check('Rufus Firefly is the President of Sylvania.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});

describe('one headquarters city (cg:headquarteredIn, a max-one restriction on cg:Organisation)', () => {
  it('refutes another city, supports the one stated and the broader "based in"', async () => {
    expect((await check('The Acme Development Bank is headquartered in Sylvan City.')).verdict).toBe('REFUTED');
    expect((await check('The Acme Development Bank is headquartered in Gala City.')).verdict).toBe('SUPPORTED');
    expect((await check('The Acme Development Bank is based in Gala City.')).verdict).toBe('SUPPORTED');
    // a country is not another city: not refuted
    expect((await check('The Acme Development Bank is headquartered in Sylvania.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});

describe('a reading the types rule out (reader ill-typed)', () => {
  it('is shown, with the name that does not fit, and never decided', async () => {
    const r = await check('Gala City is a member of the League.');
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
    expect(r.reason).toBe('ill-typed');
    expect(r.interpretation.predicateName).toBe('memberOf');
    expect(r.explanation).toContain('Gala City');
  });
});

describe('"the last N to V O before Y" (reader last-before)', () => {
  it('reads the source\'s last holder, with Y\'s later visit in the graph', async () => {
    expect((await check('Rufus Firefly was the last Prime Minister of Freedonia to visit Marsovia before Teasdale.')).verdict).toBe('SUPPORTED');
    expect((await check("Before Teasdale's trip, Marsovia had last hosted a Prime Minister of Freedonia in 2001.")).verdict).toBe('SUPPORTED');
    expect((await check("Before Teasdale's trip, Marsovia had last hosted a Prime Minister of Freedonia in 1999.")).verdict).toBe('REFUTED');
  });
  it('decides nothing when Y\'s visit is not in the graph', async () => {
    expect((await check('Rufus Firefly was the last Prime Minister of Freedonia to visit Marsovia before Groucho Marx.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});

describe('a construction launched once (cg:oncePerObject on launchedConstructionOf)', () => {
  it('refutes a time every party\'s reading contradicts; supports the one stated', async () => {
    const r = await check('Construction of the canal pipeline began in 1997.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.explanation).toContain('cg:oncePerObject');
    expect((await check('Construction of the canal pipeline began in May 1998.')).verdict).toBe('SUPPORTED');
  });
});

describe('the office before its first holder, with a bounded year (refuter earlier-office-holder)', () => {
  it('refutes "before YEAR" wholly before the first holder\'s act', async () => {
    // fixture: Teasdale the first (Prime Minister of Freedonia) to visit Grand Fenwick; in 2010 (added above)
    const r = await check('The Prime Minister of Freedonia visited Grand Fenwick before 2005.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.reason).toBe('earlier-office-holder');
    expect((await check('The Prime Minister of Freedonia visited Grand Fenwick before 2012.')).verdict).not.toBe('REFUTED');
  });
});

describe('a count of members hosting an office before a trip (reader count-before)', () => {
  // added: Rufus's 2001 visit to Sylvania made as Prime Minister of Freedonia (the last to), and
  // Teasdale in 2010 the first Prime Minister of Freedonia to visit Freedonia (a fictional case)
  const counted = checkFixture(`
cgc:rufus.visited.sylvania.dddddd cg:lastInOffice cgr:pm-of-freedonia .
${claim('teasdale.visited.freedonia', 'cgr:teasdale', 'cg:visited', 'cgr:freedonia', 'cg:year "2010"^^xsd:gYear ; cg:firstInOffice cgr:pm-of-freedonia ;')}
cgr:teasdale cg:visited cgr:freedonia .
`);
  it('supports the count when every member is decided, refutes another', async () => {
    expect((await counted.check("Only one Ruritanian state had hosted a Prime Minister of Freedonia before Teasdale's trip.")).verdict).toBe('SUPPORTED');
    expect((await counted.check("Only two Ruritanian states had hosted a Prime Minister of Freedonia before Teasdale's trip.")).verdict).toBe('REFUTED');
  });
  it('decides nothing while a member is unknown', async () => {
    // without the two claims added above, no member is decided
    expect((await check("Only one Ruritanian state had hosted a Prime Minister of Freedonia before Teasdale's trip.")).verdict).toBe('NOT_ENOUGH_INFO');
  });
});

describe('smaller readings', () => {
  it('keeps "pledge to" after a possessive as a noun, not a modality marker', () => {
    const kept = (s: string): string => stripMarkers(ctx, tokenize(s, ctx.morph)).tokens.map((t) => t.raw).join(' ');
    expect(kept("Freedonia's pledge to Sylvania was large")).toContain('pledge');
    expect(kept('Freedonia pledged to give Sylvania aid')).not.toContain('pledged');
  });
  it('reads an irregular participle as the present perfect', () => {
    expect(inPresentPerfect('The bank has lent US$ 5 million to Sylvania.')).toBe(true);
    expect(inPresentPerfect('The bank lent US$ 5 million to Sylvania.')).toBe(false);
  });
  it('reads "X\'s Y" as the label "X Y"', () => {
    const hits = resolveMention(ctx, tokenize("Acme Development Bank's Charter", ctx.morph));
    expect(hits.map((h) => h.iri.split('/').at(-1))).toEqual(['acme-charter']);
  });
  it('reads "its" opening a span\'s second side as the first side\'s name', async () => {
    const r = await check('The Acme Development Bank opened three weeks after its Charter entered into force.');
    expect(r.verdict).toBe('SUPPORTED');
    expect((await check('The Acme Development Bank opened two months after its Charter entered into force.')).verdict).toBe('REFUTED');
  });
});
