// "between D1 and D2" with the year written once (src/check/date-ranges.ts, reader between-days).
import { describe, expect, it } from 'vitest';
import { betweenAsFromTo } from '../../src/check/date-ranges.js';
import { checkFixture } from '../helpers/check-fixture.js';

// the fixture plus: Rufus Firefly's visit to Marsovia from 2001-03-02 to 2001-03-09
const { ctx, check } = checkFixture(`
cgc:rufus.visited.marsovia a cg:Claim ; rdf:subject cgr:rufus ; rdf:predicate cg:visited ; rdf:object cgr:marsovia ;
    cg:startDate "2001-03-02"^^xsd:date ; cg:endDate "2001-03-09"^^xsd:date ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s009> .`);

describe('"between D1 and D2", the year written once', () => {
  it('is said as "from D1 to D2" only when the first day has no year of its own', () => {
    expect(betweenAsFromTo(ctx, 'Rufus Firefly visited Marsovia between March 2 and March 9, 2001.')).toBe('Rufus Firefly visited Marsovia from March 2 to March 9, 2001.');
    expect(betweenAsFromTo(ctx, 'Rufus Firefly visited Marsovia between 2 and 9 March 2001.')).toBe('Rufus Firefly visited Marsovia from 2 to 9 March 2001.');
    expect(betweenAsFromTo(ctx, 'Rufus Firefly visited Marsovia between March 2, 2001 and March 9, 2001.')).toBeUndefined();
    expect(betweenAsFromTo(ctx, 'Trade between Freedonia and Sylvania grew.')).toBeUndefined();
  });

  it('is checked against the graph\'s start and end dates, both ways', async () => {
    const r = await check('Rufus Firefly visited Marsovia between March 2 and March 9, 2001.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toContain('Read as "Rufus Firefly visited Marsovia from March 2 to March 9, 2001."');
    // round 35 (fix28a, users28 F3b): "between" is a window the visit lies in, not its exact
    // span: a window that overlaps the visit's days refutes nothing (the rewrite reader no longer
    // decides a REFUTED on a start or end date)
    const window = await check('Rufus Firefly visited Marsovia between March 1 and March 5, 2001.').then((r) => r.verdict, () => 'NOT_ENOUGH_INFO');
    expect(window).not.toBe('REFUTED');
  });
});

describe('a bounded year as the value of a dated relation', () => {
  // the fixture plus: the Acme Development Bank opened on 2005-03-01; the canal pipeline has been
  // operational since 1999
  const bank = checkFixture(`
cgc:acme-bank.openedOn a cg:Claim ; rdf:subject cgr:acme-bank ; rdf:predicate cg:openedOn ; rdf:object "2005-03-01"^^xsd:date ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s005> .`);

  it('compares the source\'s year with the bound, not the bound\'s year with the source', async () => {
    expect((await bank.check('The Acme Bank opened before 2006.')).verdict).toBe('SUPPORTED');
    expect((await bank.check('The Acme Bank opened after 2005.')).verdict).toBe('REFUTED');
    expect((await bank.check('The Acme Bank opened after 2004.')).verdict).toBe('SUPPORTED');
    expect((await bank.check('The Acme Bank opened before 2005.')).verdict).toBe('REFUTED');
  });

  it('reads the bound where the pattern takes "in {year}"', async () => {
    const r = await check('The canal pipeline became operational before 2000.');
    expect(r.verdict).toBe('SUPPORTED');
    expect((await check('The canal pipeline became operational after 2005.')).verdict).toBe('REFUTED');
  });
});
