/**
 * A state said in a year, read by its onset's property (src/check/state-since.ts, lexicon
 * cg:statePattern): a later year is no other onset, an earlier one still refutes.
 */
import { describe, expect, it } from 'vitest';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';
import { saysState } from '../../src/check/state-since.js';
import { NS } from '../../src/check/context.js';
import type { Interpretation } from '../../src/check/types.js';

// a duct operational since 2009
// one fixture for the three parts: a duct operational since 2009; a bank opened on 2016-01-16 (its
// state said in the deed pattern's word, "was open"); Acme Bank opened on 2011-03-12
const { check, ctx } = checkFixture([
  'cgr:duct a cg:Pipeline ; rdfs:label "Marsovia duct" .',
  fixtureClaim({ id: 'duct.operationalSince.2009', s: 'cgr:duct', p: 'cg:operationalSince', o: '"2009"^^xsd:gYear', sentence: 's008', asserted: true }),
  'cgr:vault a cg:Organisation ; rdfs:label "Marsovia Vault Bank" .',
  fixtureClaim({ id: 'vault.openedOn.2016-01-16', s: 'cgr:vault', p: 'cg:openedOn', o: '"2016-01-16"^^xsd:date', sentence: 's008', asserted: true }),
  fixtureClaim({ id: 'acme-bank.openedOn.2011-03-12', s: 'cgr:acme-bank', p: 'cg:openedOn', o: '"2011-03-12"^^xsd:date', sentence: 's008', asserted: true }),
].join('\n'));

describe('a state said in a year after its onset', () => {
  it('is not refuted by the onset, nor its denial supported', async () => {
    expect((await check('The Marsovia duct was operational in 2015.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check('The Marsovia duct was operational in October 2015.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check('The Marsovia duct was not operational in 2015.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
  it('is refuted before the onset and supported in its year; an onset said in another year is refuted', async () => {
    expect((await check('The Marsovia duct was operational in 2005.')).verdict).toBe('REFUTED');
    expect((await check('The Marsovia duct was operational in 2009.')).verdict).toBe('SUPPORTED');
    expect((await check('The Marsovia duct became operational in 2015.')).verdict).toBe('REFUTED');
  });
});

// round 35: a bank opened on 2016-01-16, its state said in the deed pattern's word ("was open")

describe('a state said in the word of its deed pattern (lexicon cg:stateWord)', () => {
  it('is not refuted after the onset: "was open in 2017" is no other opening', async () => {
    expect((await check('The Marsovia Vault Bank was open in 2017.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check('The Marsovia Vault Bank was open for business in 2018.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check('The Marsovia Vault Bank was open on January 20, 2016.')).verdict).toBe('NOT_ENOUGH_INFO');
    // nor its denial supported: "not opened in 2017" is so, "not open in 2017" is not known
    expect((await check('The Marsovia Vault Bank was not open in 2017.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check("The Marsovia Vault Bank wasn't open in 2017.")).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check('The Marsovia Vault Bank was not open in 2015.')).verdict).toBe('SUPPORTED');
  });
  it('is refuted before the onset, and the deed in another year still is', async () => {
    expect((await check('The Marsovia Vault Bank was open in 2015.')).verdict).toBe('REFUTED');
    expect((await check('The Marsovia Vault Bank was open on January 10, 2016.')).verdict).toBe('REFUTED');
    expect((await check('The Marsovia Vault Bank opened in 2017.')).verdict).toBe('REFUTED');
    expect((await check('The Marsovia Vault Bank opens in 2017.')).verdict).toBe('REFUTED');
  });
});

// round 35 (fix28a, users28 F2): "was open (for business) in T" is a state at T, not the opening

describe('round 35: "open" as an adjective after a copula is a state, not the opening', () => {
  it('is not refuted by an opening date before the time said (even in the same year)', async () => {
    for (const claim of ['Acme Bank was open for business in April 2011.', 'Acme Bank was already open on 20 March 2011.',
      'Acme Bank was open in 2013.', 'Acme Bank was officially open in May 2011.', 'The Marsovia duct was open in 2012.',
      'The Marsovia duct was still open in 2015.']) {
      expect((await check(claim)).verdict, claim).not.toBe('REFUTED');
    }
  });
  // round 36 (precision36): one lexicon-driven flag (saysState, cg:stateWord) for both round-35
  // flags; "stood" and "remained" are said by the flag though no pattern reads them yet (unread)
  it('flags "stood officially open", "remained open", "was officially open" as the state, the verb as the deed', async () => {
    const q = { predicate: `${NS.cg}openedOn`, object: { kind: 'year', value: '2017' }, pattern: '{s} open [its doors] [for business] [on] {o}' } as unknown as Interpretation;
    for (const claim of ['The Marsovia Vault Bank stood officially open in 2017.', 'The Marsovia Vault Bank remained open in 2017.', 'The Marsovia Vault Bank was officially open in 2017.']) {
      expect(saysState(ctx, q, claim), claim).toBe(true);
    }
    expect(saysState(ctx, q, 'The Marsovia Vault Bank officially opened in 2017.')).toBe(false);
    expect(saysState(ctx, q, 'The Marsovia Vault Bank was to open the vault in 2017.')).toBe(false);
    // another property's pattern with the state word, a time for its object (the parser's old second flag)
    const other = { ...q, predicate: `${NS.cg}operationalSince` };
    expect(saysState(ctx, other, 'The Marsovia duct was still open in 2015.')).toBe(true);
    expect(saysState(ctx, { ...other, object: { kind: 'entity', iri: 'x', label: 'x' } } as unknown as Interpretation, 'The Marsovia duct was still open in 2015.')).toBe(false);
    expect((await check('The Marsovia Vault Bank was officially open in 2017.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check('The Marsovia Vault Bank was officially open in 2015.')).verdict).toBe('REFUTED');
  });
  it('is still refuted wholly before the opening, and the verb "opened" is still the opening date', async () => {
    expect((await check('Acme Bank was open for business in 2010.')).verdict).toBe('REFUTED');
    expect((await check('Acme Bank was open on 2 March 2011.')).verdict).toBe('REFUTED');
    expect((await check('Acme Bank opened in April 2011.')).verdict).toBe('REFUTED');
    expect((await check('The Marsovia duct opened in 2012.')).verdict).toBe('REFUTED');
  });
});
