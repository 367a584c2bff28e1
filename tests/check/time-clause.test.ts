// A time stated by a clause (src/check/time-clause.ts) and a span side stated by a clause
// (src/check/clause-date.ts, src/check/spans.ts): the day the graph gives what the clause says.
import { describe, expect, it } from 'vitest';
import { clauseDay } from '../../src/check/clause-date.js';
import { readBeforeClause, readTimeClause } from '../../src/check/time-clause.js';
import { checkFixture } from '../helpers/check-fixture.js';
import { DATED_CLAUSES } from '../helpers/dated-events.js';

// the fixture plus: the article dated 2015-01-01 (and two of its claims said in it; a later article
// of 2016-02-01 says nothing here, so the clauses' days fall between sources); the League recognised neutrality on 1995-12-12;
// the Founders Gala held on 2015-12-13; the Acme Development Bank opened on 2016-01-03
const { ctx, check } = checkFixture(DATED_CLAUSES);

describe('the day of a clause (src/check/clause-date.ts)', () => {
  it('is the one day the claims supporting it give', () => {
    const d = clauseDay(ctx, 'the League recognised neutrality');
    expect(d?.day).toBe('1995-12-12');
    expect(d?.claims.map((c) => c.iri.split('/').at(-1))).toEqual(['neutrality.recognisedBy.league']);
  });
  it('is none for a statement without a day, an undecided one, or a denial', () => {
    expect(clauseDay(ctx, 'Freedonia is a member of the League')).toBeUndefined();
    expect(clauseDay(ctx, 'Marsovia recognised neutrality')).toBeUndefined();
    expect(clauseDay(ctx, 'the League did not recognise neutrality')).toBeUndefined();
  });
});

describe('a span whose side is a statement the graph dates (src/check/spans.ts)', () => {
  it('counts from the day of the statement, both ways', async () => {
    const r = await check('The League recognised neutrality two decades before the Founders Gala.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toContain('1995-12-12 to 2015-12-13');
    expect(r.evidence.map((e) => e.claim.split('/').at(-1))).toEqual(expect.arrayContaining(['neutrality.recognisedBy.league', 'gala.heldOn']));
    expect((await check('Neutrality was recognised by the League only ten years before the Founders Gala.')).verdict).toBe('REFUTED');
  });
  it('reads "it took X N units after B to V" as "X V N units after B"', async () => {
    expect((await check('It took the Acme Development Bank three weeks after the Founders Gala to open.')).verdict).toBe('SUPPORTED');
    expect((await check('It took the Acme Development Bank two months after the Founders Gala to open.')).verdict).toBe('REFUTED');
    expect((await check('It took the Acme Development Bank three weeks to open after the Founders Gala.')).verdict).toBe('SUPPORTED');
  });
});

describe('a time stated by a clause (src/check/time-clause.ts)', () => {
  it('reads a state at the day of the clause as a claim "as of" that day, a pronoun as the clause\'s name', () => {
    const tc = readTimeClause(ctx, 'At the time the Acme Development Bank opened, it was already led by Freedonia.');
    expect(tc?.rewritten).toBe('As of January 3, 2016, the Acme Development Bank was already led by Freedonia.');
    expect(tc?.mode).toBe('as-of');
    expect(readTimeClause(ctx, 'Sylvania was already a member of the League when the Founders Gala was held.')?.rewritten)
      .toBe('As of December 13, 2015, Sylvania was already a member of the League.');
  });
  it('reads "it" ending the main clause, its object, as the clause\'s name (round 21)', async () => {
    expect(readTimeClause(ctx, 'By the time the Acme Development Bank opened, Freedonia had joined it.')?.rewritten)
      .toBe('As of January 3, 2016, Freedonia had joined the Acme Development Bank.');
    // a pronoun opening the time clause is the main clause's name: the object "it" is then not read
    expect(readTimeClause(ctx, 'Freedonia had already led it when it was admitted.')).toBeUndefined();
    const r = await check('By the time the Acme Development Bank opened, Freedonia had led it.');
    expect(r.verdict).toBe('SUPPORTED');
  });
  it('reads an event under "when" at the day itself', () => {
    const tc = readTimeClause(ctx, 'Rufus Firefly visited Sylvania when the Founders Gala was held.');
    expect(tc?.rewritten).toBe('Rufus Firefly visited Sylvania on December 13, 2015.');
    expect(tc?.mode).toBe('event');
  });
  it('decides the claim, cites the dating claim and says how the clause was read', async () => {
    const r = await check('At the time the Acme Development Bank opened, it was already led by Freedonia.');
    expect(r.verdict).toBe('SUPPORTED');
    // the clause may come first or, after the sentence-shape reader moves a fronted phrase, last
    expect(r.explanation).toMatch(/Read "at the time the Acme Development Bank opened" as 2016-01-03/i);
    expect(r.evidence.map((e) => e.claim.split('/').at(-1))).toContain('acme.openedOn');
    expect(r.interpretation.notes?.join(' ')).toContain('the day the graph gives it');
    expect((await check('Sylvania was already a member of the League when the Founders Gala was held.')).verdict).toBe('REFUTED');
  });
  it('is no reading when the clause names no one day, or says another year than the graph', async () => {
    expect(readTimeClause(ctx, 'When Freedonia joined the League, Sylvania was not a member.')).toBeUndefined();
    expect(readTimeClause(ctx, 'Sylvania was already a member of the League when the Founders Gala was held in 2014.')).toBeUndefined();
  });
});

describe('"P before <clause>": P as of the clause\'s day, one answer carried over (round 26)', () => {
  it('reads the clause\'s day, a gerund with the main clause\'s subject, and keeps the answer that holds before it', () => {
    const b = readBeforeClause(ctx, 'Sylvania was a member of the League before the Founders Gala was held.');
    expect(b?.clause.rewritten).toBe('As of December 13, 2015, Sylvania was a member of the League.');
    expect(b?.keeps).toBe('REFUTED');
    expect(readBeforeClause(ctx, 'Sylvania was not a member of the League a day before the Founders Gala was held.')?.keeps).toBe('SUPPORTED');
    expect(readBeforeClause(ctx, 'The Acme Development Bank was led by Freedonia before opening.')?.clause.rewritten)
      .toBe('As of January 3, 2016, The Acme Development Bank was led by Freedonia.');
  });
  it('leaves a noun phrase (two events in order: src/check/spans.ts) and a question to other readers', () => {
    expect(readBeforeClause(ctx, 'Sylvania was a member of the League before the Founders Gala.')).toBeUndefined();
    expect(readBeforeClause(ctx, 'Was Sylvania a member of the League before the Founders Gala was held?')).toBeUndefined();
  });
  it('refutes a deed the graph denies up to that day; a deed done by that day is not decided', async () => {
    expect((await check('Sylvania was a member of the League before the Founders Gala was held.')).verdict).toBe('REFUTED');
    expect((await check('Sylvania was not a member of the League before the Founders Gala was held.')).verdict).toBe('SUPPORTED');
    const held = await check('The Acme Development Bank was led by Freedonia before it opened.');
    expect(held.verdict).toBe('NOT_ENOUGH_INFO');
    expect(held.explanation).toContain('says nothing of the time before that day');
  });
});
