// A time clause dated to a month (src/check/time-clause.ts and src/check/clause-date.ts, round 20):
// a statement the graph dates by a month-valued point in time is said as "July 2015", not as a day.
import { describe, expect, it } from 'vitest';
import { clauseDay } from '../../src/check/clause-date.js';
import { readTimeClause } from '../../src/check/time-clause.js';
import { checkFixture } from '../helpers/check-fixture.js';

// the fixture plus: Freedonia began joining the League in July 2015
const { ctx } = checkFixture(`
cgc:freedonia.beganAccessionTo.league a cg:Claim ; rdf:subject cgr:freedonia ; rdf:predicate cg:beganAccessionTo ; rdf:object cgr:league ;
    cg:pointInTime "2015-07"^^xsd:gYearMonth ; cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s006> .
cgr:freedonia cg:beganAccessionTo cgr:league .
`);

describe('a clause dated to a month', () => {
  it('is dated by its point in time', () => {
    expect(clauseDay(ctx, 'Freedonia began joining the League')?.day).toBe('2015-07');
  });
  it('is said as the month in the rewritten claim', () => {
    expect(readTimeClause(ctx, 'By the time Freedonia began joining the League, Sylvania was already a member of the League.')?.rewritten)
      .toBe('As of July 2015, Sylvania was already a member of the League.');
    expect(readTimeClause(ctx, 'Sylvania visited Grand Fenwick when Freedonia began joining the League.')?.rewritten)
      .toBe('Sylvania visited Grand Fenwick in July 2015.');
  });
});
