// Round 21 (branch speech21): the inner claims of reported speech and of requests that no pattern
// read. A year bounded by "by" ("will be completed by 2019"), a meeting, a person's nationality,
// home, origin and studies (ontology/claimgraph.ttl "Round 21": read, then NOT_ENOUGH_INFO where
// the graph is silent), "A quotes X as saying P" (src/check/attribution.ts `quotedAs`) and
// "Apparently, P" (src/check/sentence-shapes.ts).
import { describe, expect, it } from 'vitest';
import { readAttribution } from '../../src/check/attribution.js';
import { boundYearAfterIn } from '../../src/check/date-ranges.js';
import { peelSentenceShape } from '../../src/check/sentence-shapes.js';
import { parseYear } from '../../src/check/values.js';
import { tokenize } from '../../src/check/text.js';
import { checkFixture, REPORTED_SPEAKER } from '../helpers/check-fixture.js';

// the fixture (the canal pipeline operational since 1999; Rufus Firefly hosted the Founders Gala)
// plus an article reporting analysts in Tarsk, and a pipeline the graph gives no year of
const { ctx, check } = checkFixture(`${REPORTED_SPEAKER}
cgr:dam a cg:Pipeline ; rdfs:label "Marsovia dam pipeline" .
`);

describe('a year bounded by "by" / "no later than"', () => {
  it('is read as "in or before" that year', () => {
    expect(parseYear(tokenize('by 2019', ctx.morph))).toEqual({ kind: 'year', value: '2019', bound: 'le' });
    expect(parseYear(tokenize('no later than 2019', ctx.morph))).toEqual({ kind: 'year', value: '2019', bound: 'le' });
    expect(boundYearAfterIn('The canal will be completed by 2019.')).toBe('The canal will be completed in by 2019.');
    // "no later than" is not "later than" (one bound, not two)
    expect(boundYearAfterIn('The canal opened no later than 2001.')).toBe('The canal opened in no later than 2001.');
  });
  it('is decided against the one year the graph gives', async () => {
    expect((await check('The canal pipeline became operational by 2000.')).verdict).toBe('SUPPORTED');
    expect((await check('The canal pipeline became operational by 1998.')).verdict).toBe('REFUTED');
    expect((await check('The canal pipeline was completed by 1999.')).verdict).toBe('SUPPORTED');
    // a completion the graph gives no year of: read, undecided
    const later = await check('The Marsovia dam pipeline will be finished by 2030.');
    expect(later.verdict).toBe('NOT_ENOUGH_INFO');
    expect(later.interpretation.predicate).toMatch(/#operationalSince$/);
  });
});

describe('a meeting, a nationality, a home, an origin, studies', () => {
  it('are read with the ontology\'s properties and left undecided', async () => {
    const cases: Array<[string, string]> = [
      ['Rufus Firefly met Gloria Teasdale.', 'metWith'],
      ['Did Rufus Firefly hold talks with Gloria Teasdale in 2001?', 'metWith'],
      ['Rufus Firefly is Freedonian.', 'nationality'],
      ['Gloria Teasdale is a citizen of Sylvania.', 'nationality'],
      ['Gloria Teasdale lives in Sylvania.', 'livesIn'],
      ['Rufus Firefly is from Marsovia.', 'comesFrom'],
      ['Rufus Firefly studied in Sylvania.', 'studiedIn'],
    ];
    for (const [claim, predicate] of cases) {
      const r = await check(claim);
      expect([claim, r.verdict, r.interpretation.predicate]).toEqual([claim, 'NOT_ENOUGH_INFO', `https://w3id.org/claimgraph/ontology#${predicate}`]);
    }
  });
  it('keep their types: a country has no nationality, an office stays an office', async () => {
    // (the ill-typed reading is shown, never decided)
    const country = await check('Freedonia is Sylvanian.');
    expect(country.verdict).toBe('NOT_ENOUGH_INFO');
    expect(country.explanation).toMatch(/nationality takes a person/);
    expect((await check('Rufus Firefly is the Freedonian prime minister.')).interpretation.predicate).toMatch(/#holdsOffice$/);
  });
});

describe('"A quotes X as saying P"', () => {
  it('is X\'s words when all of them are in A', () => {
    const a = readAttribution(ctx, 'The Acme Bank story quotes analysts in Tarsk as saying the bank could lend to Sylvania.');
    expect(a?.scope).toMatchObject({ kind: 'agent', iris: ['https://w3id.org/claimgraph/resource/tarsk-analysts'] });
    expect(a?.inner).toBe('Acme Development Bank could lend to Sylvania');
    // a person of the graph who says nothing anywhere: read, nothing they said decides it
    expect(readAttribution(ctx, 'The Acme Bank story quotes Rufus Firefly saying the Marsovia dam pipeline will be finished by 2030.')?.scope)
      .toMatchObject({ kind: 'agent', iris: ['https://w3id.org/claimgraph/resource/rufus'] });
  });
  it('is no reading when the speaker speaks in another article, or no article is named', () => {
    expect(readAttribution(ctx, 'The fixture article quotes analysts in Tarsk as saying the bank could lend to Sylvania.')).toBeUndefined();
    expect(readAttribution(ctx, 'Freedonia quotes analysts in Tarsk as saying the bank could lend to Sylvania.')).toBeUndefined();
  });
  it('is checked against those words', async () => {
    const said = await check('Analysts in Tarsk said the bank could finance Sylvania.');
    expect(said.verdict).toBe('SUPPORTED');
    expect((await check('The Acme Bank story quotes analysts in Tarsk as saying the bank could finance Sylvania.')).verdict).toBe('SUPPORTED');
    expect((await check('The Acme Bank story quotes analysts in Tarsk as saying the bank will finance Marsovia.')).verdict).toBe('NOT_ENOUGH_INFO');
    const none = await check('The Acme Bank story quotes Rufus Firefly saying the Marsovia dam pipeline will be finished by 2030.');
    expect(none.verdict).toBe('NOT_ENOUGH_INFO');
    expect(none.interpretation.predicate).toMatch(/#operationalSince$/);
  });
});

describe('"Apparently, P"', () => {
  it('is the asker\'s report, peeled as "I heard P"', () => {
    expect(peelSentenceShape('Apparently, Freedonia joined the League.')).toEqual({ core: 'Freedonia joined the League.', shape: 'the asker\'s report' });
    expect(peelSentenceShape('Reportedly, Freedonia joined the League.')?.core).toBe('Freedonia joined the League.');
    // a meaning word is no report: "allegedly" is kept
    expect(peelSentenceShape('Allegedly, Freedonia joined the League.')).toBeUndefined();
  });
  it('decides as the claim inside', async () => {
    expect((await check('Apparently, Gloria Teasdale hosted Rufus Firefly at the Founders Gala.')).verdict)
      .toBe((await check('Gloria Teasdale hosted Rufus Firefly at the Founders Gala.')).verdict);
  });
});
