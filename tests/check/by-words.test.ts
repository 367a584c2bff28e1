// The evidence-first fallback (src/check/by-words.ts) and the typed values it and the lexicon's
// later patterns rely on: passives read by their words, numbers with bounds, amounts against a
// property's bare decimal in its cg:slotCurrency only. Fixture graph (fictional states).
import { describe, expect, it } from 'vitest';
import { readByWords } from '../../src/check/by-words.js';
import { checkFixture, checkGraphDir, fixtureClaim } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

const claim = (id: string, s: string, p: string, o: string, extra = ''): string =>
  fixtureClaim({ id: `t.${id}`, s: `cgr:${s}`, p: `cg:${p}`, o, more: extra });
const { ctx, check } = checkFixture([
  claim('rufus.attended.gala', 'rufus', 'attended', 'cgr:gala'),
  claim('canal.length', 'canal', 'lengthKm', '"1800"^^xsd:decimal'),
  claim('canal.cost', 'canal', 'estimatedCostUSD', '"10000000000"^^xsd:decimal'),
  'cgr:duct a cg:Pipeline ; rdfs:label "Marsovia duct" .',
  claim('marsovia.accession', 'marsovia', 'beganAccessionTo', 'cgr:league', '; cg:pointInTime "2005-07"^^xsd:gYearMonth '),
  claim('duct.since.year', 'duct', 'operationalSince', '"2009"^^xsd:gYear'),
  claim('duct.since.month', 'duct', 'operationalSince', '"2009-12"^^xsd:gYearMonth'),
].join('\n'));

describe('reading by words', () => {
  it('reads a passive no pattern writes, with the agent in the active subject slot, and says how', async () => {
    const r = await check('The Gala was attended by Rufus.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.interpretation.subject).toMatchObject({ iri: expect.stringMatching(/rufus$/) });
    // since round 10 the whole check says it in the active first (reader agent-passive); the
    // reading by words still reads it so, and says how
    expect(readByWords(ctx, 'The Gala was attended by Rufus.')[0]?.interpretation.notes?.join(' ')).toMatch(/read by its words, not their order/);
  });
  it('reads nothing when a word stands before the first name (it may bind that name to another slot)', () => {
    expect(readByWords(ctx, 'From Freedonia, Sylvania received aid.')).toEqual([]);
  });
  it('leaves a claim unread when a word no single pattern explains, a number or a meaning word is left', async () => {
    expect(readByWords(ctx, 'The Gala was attended by Rufus and celebrated.')).toEqual([]);
    expect(readByWords(ctx, 'The Gala was only attended by Rufus.')).toEqual([]);
    expect(readByWords(ctx, 'The Gala was attended by Rufus in 2001.')).toEqual([]);
    expect(readByWords(ctx, 'The Gala was first attended by Rufus.')).toEqual([]);
  });
});

describe('quantities and amounts as property values', () => {
  it('compares a bounded quantity with the graph number and shows both', async () => {
    expect((await check('The canal pipeline is 1,800 km long.')).verdict).toBe('SUPPORTED');
    expect((await check('The canal pipeline is under 2,000 km long.')).verdict).toBe('SUPPORTED');
    const over = await check('The canal pipeline is more than 2,000 km long.');
    expect(over.verdict).toBe('REFUTED');
    expect(over.explanation).toMatch(/1800, not more than 2000/);
    // miles are not the property's kilometres: converted (src/check/units.ts), 1,800 miles is 2,897 km
    const miles = await check('The canal pipeline is 1,800 miles long.');
    expect(miles.verdict).toBe('REFUTED');
    expect(miles.explanation).toContain('1 mile is 1.609344 km');
    await expect(check('The canal pipeline is 1,800 leagues long.')).rejects.toThrow(/could not read/);
  });
  it('compares an amount with a bare decimal only in the property\'s currency', async () => {
    expect((await check('The canal pipeline costs $10bn.')).verdict).toBe('SUPPORTED');
    expect((await check('The canal pipeline costs over $20 billion.')).verdict).toBe('REFUTED');
    // yen against a US-dollar value: neither supported nor refuted
    expect((await check('The canal pipeline costs ¥10 billion.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});

describe('bounded years', () => {
  it('checks "before"/"after" a year against the source year, with the comparison shown', async () => {
    const before = await check('Teasdale visited Sylvania before 2012.');
    expect(before.verdict).toBe('SUPPORTED');
    expect(before.explanation).toMatch(/2010 is before 2012/);
    // round 37 (users30 F15): a visit is repeatable, and the source's one visit in 2010 does not
    // exclude another after 2011 (it was refuted: "2010, not after 2011")
    const after = await check('Teasdale visited Sylvania after 2011.');
    expect(after.verdict).toBe('NOT_ENOUGH_INFO');
    expect(after.explanation).toMatch(/may hold again/);
  });
});

describe('one time said at two precisions', () => {
  it('does not set a coarser source ("2009") against a finer one ("December 2009")', async () => {
    const r = await check('The Marsovia duct began operating in December 2009.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.conflict).toBeFalsy();
    expect((await check('The Marsovia duct began operating in November 2009.')).verdict).toBe('REFUTED');
  });
});

describe('a source dated by cg:pointInTime', () => {
  it('supports the same or a wider period, refutes another, and says nothing of a narrower one', async () => {
    expect((await check('Marsovia began the process of joining the League in July 2005.')).verdict).toBe('SUPPORTED');
    expect((await check('Marsovia began the process of joining the League in 2005.')).verdict).toBe('SUPPORTED');
    const other = await check('Marsovia began the process of joining the League in June 2005.');
    expect(other.verdict).toBe('REFUTED');
    expect(other.explanation).toMatch(/dates it 2005-07, not 2005-06/);
    expect((await check('Marsovia began the process of joining the League on 3 July 2005.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
  it('reads no relation from one preposition when the pattern\'s choice of verb or noun is not said (round 31)', () => {
    // "{s} (provide|supply) {o} with": "with" alone read "Freedonia with Sylvania" as aid given
    expect(readByWords(ctx, 'Freedonia with Sylvania').map((r) => r.interpretation.predicateName)).not.toContain('providedAssistanceTo');
  });
});

// round 37 (users30 F14): "this week" is the speaker's week; its "week" was taken for the word of
// a "week-long visit" pattern and the claim read without its time
describe('a time relative to the speaker\'s day', () => {
  it('leaves the claim unread by words', async () => {
    const corpus = await checkGraphDir(corpusFixture);
    for (const claim of ['Abe is visiting Kazakhstan this week.', 'Abe is visiting Central Asia this week.', 'Abe visited Uzbekistan last week.']) {
      const verdict = await corpus.check(claim).then((r) => r.verdict, () => 'unread');
      expect(['NOT_ENOUGH_INFO', 'unread'], claim).toContain(verdict);
    }
    expect((await corpus.check('Abe visited Kazakhstan.')).verdict).toBe('SUPPORTED');
  });
});

