// A weekday said of a dated thing (src/check/weekday.ts, reader `weekday`): computed from the day
// the graph gives, both ways; another weekday refutes only a functional relation.
import { describe, expect, it } from 'vitest';
import { decideWeekday, readWeekdayClaim, weekdayOf } from '../../src/check/weekday.js';
import type { CheckResult } from '../../src/check/types.js';
import { checkFixture } from '../helpers/check-fixture.js';

// the fixture plus: the Founders Gala held on 2015-12-13 (a Sunday); the Acme Development Bank
// opened on 2016-01-02 (a Saturday)
const { ctx, check } = checkFixture(`
cgc:gala.heldOn a cg:Claim ; rdf:subject cgr:gala ; rdf:predicate cg:heldOn ; rdf:object "2015-12-13"^^xsd:date ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s015> .
cgr:gala cg:heldOn "2015-12-13"^^xsd:date .
cgc:acme.openedOn a cg:Claim ; rdf:subject cgr:acme-bank ; rdf:predicate cg:openedOn ; rdf:object "2016-01-02"^^xsd:date ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s005> .
cgr:acme-bank cg:openedOn "2016-01-02"^^xsd:date .
`);

describe('a weekday claim (src/check/weekday.ts)', () => {
  it('computes the weekday of a day', () => {
    expect(weekdayOf('2015-12-13')).toBe('Sunday');
    expect(weekdayOf('2016-01-02')).toBe('Saturday');
    expect(weekdayOf('2000-02-29')).toBe('Tuesday');
  });
  it('reads "on a <weekday>" closing a claim, never a bare "on Sunday" or a denial', () => {
    expect(readWeekdayClaim('The gala was held on a Sunday.')).toEqual({ statement: 'The gala was held', weekday: 'Sunday' });
    expect(readWeekdayClaim('The gala was held on Sunday.')).toBeUndefined();
    expect(readWeekdayClaim('The gala was not held on a Sunday.')).toBeUndefined();
  });
  it('supports the weekday of the day the graph gives, with the day shown', async () => {
    const r = await check('The Founders Gala was held on a Sunday.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toContain('2015-12-13 was a Sunday');
    expect(r.evidence.map((e) => e.claim.split('/').at(-1))).toContain('gala.heldOn');
    expect((await check('The Acme Development Bank opened on a Saturday.')).verdict).toBe('SUPPORTED');
  });
  // round 39 (users31 time-07, "took place on a weekday"): the word covers several weekdays
  it('reads "on a weekday" and "on a weekend" as the days they cover', async () => {
    expect(readWeekdayClaim('The gala was held on a weekend.')).toEqual({ statement: 'The gala was held', weekday: 'weekend', days: ['Saturday', 'Sunday'] });
    expect((await check('The Founders Gala was held on a weekend.')).verdict).toBe('SUPPORTED');
    const r = await check('The Acme Development Bank opened on a weekday.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.explanation).toContain('2016-01-02 was a Saturday, not a weekday');
  });
  it('refutes another weekday of a functional relation', async () => {
    const r = await check('The Founders Gala was held on a Monday.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.explanation).toContain('not a Monday');
    expect((await check('The Acme Development Bank opened on a Sunday.')).verdict).toBe('REFUTED');
  });
  it('does not refute another weekday of a relation that may recur, nor decide an unsupported one', () => {
    const w = readWeekdayClaim('Rufus visited Sylvania on a Monday.')!;
    const supported = { verdict: 'SUPPORTED', interpretation: { predicate: 'https://w3id.org/claimgraph/ontology#visited' }, evidence: [], explanation: '', reason: 'direct', conflict: false, claim: '' } as unknown as CheckResult;
    expect(decideWeekday(ctx, 'Rufus visited Sylvania on a Monday.', w, '2015-12-13', supported)).toBeUndefined();
    expect(decideWeekday(ctx, 'x', { ...w, weekday: 'Sunday' }, '2015-12-13', { ...supported, verdict: 'NOT_ENOUGH_INFO' })).toBeUndefined();
    expect(decideWeekday(ctx, 'x', { ...w, weekday: 'Sunday' }, '2015-12-13', supported)?.verdict).toBe('SUPPORTED');
  });
});
