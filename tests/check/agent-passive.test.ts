// A passive of a nominal with its agent (src/check/agent-passive.ts), said in the active.
import { describe, expect, it } from 'vitest';
import { checkFixture, officeHolder } from '../helpers/check-fixture.js';
import { activeOfPassive } from '../../src/check/agent-passive.js';

const { check } = checkFixture();

describe('a passive with its agent', () => {
  it('is said in the active, a modal kept before the verb', () => {
    expect(activeOfPassive('Energy deals worth US$ 5 million were signed with Sylvania by Freedonia.')).toBe('Freedonia signed Energy deals worth US$ 5 million with Sylvania');
    expect(activeOfPassive('Grants of US$ 2 million may be provided to Grand Fenwick by Freedonia.')).toBe('Freedonia may provide Grants of US$ 2 million to Grand Fenwick');
    expect(activeOfPassive('Energy deals were not signed with Sylvania by Freedonia.')).toBe('Freedonia did not sign Energy deals with Sylvania');
    expect(activeOfPassive('Energy deals were signed with Sylvania.')).toBeUndefined();
    expect(activeOfPassive('Grand Fenwick is set to join the League by 2030.')).toBeUndefined();
  });
  it('has the verdict of the active claim', async () => {
    expect((await check('Energy deals worth US$ 5 million were signed with Sylvania by Freedonia.')).verdict).toBe('SUPPORTED');
    expect((await check('Energy deals worth US$ 9 million were signed with Sylvania by Freedonia.')).verdict).toBe('REFUTED');
  });
});

describe('round 16: a denied or perfect passive of a nominal', () => {
  it('keeps the perfect of a denial and reads "no N" as "not ... any N"', () => {
    expect(activeOfPassive('A loan to Sylvania has not been approved by Acme Bank yet.')).toBe('Acme Bank has not approved a loan to Sylvania yet');
    expect(activeOfPassive('No loan to Sylvania had been approved by Acme Bank.')).toBe('Acme Bank had not approved any loan to Sylvania');
    expect(activeOfPassive('A loan to Sylvania has already been approved by Acme Bank.')).toBe('Acme Bank approved a loan to Sylvania');
  });
  it('takes the agent from the modifier of a denied nominal with no "by"', () => {
    expect(activeOfPassive('No Acme Bank loan to Sylvania has been approved yet.')).toBe('Acme Bank has not approved any loan to Sylvania yet');
    // a month is no agent, and a claim with neither "no" nor "a" keeps its subject
    expect(activeOfPassive('No May loan to Sylvania has been approved.')).toBeUndefined();
    expect(activeOfPassive('The Acme Bank loan to Sylvania was approved.')).toBeUndefined();
    // "no N" with a "not" would be a double denial: not read
    expect(activeOfPassive('No loan to Sylvania has not been approved by Acme Bank.')).toBeUndefined();
  });
});

// round 35 (fix28a, users28 F11): "<office> was elected by X" names the elector, not the holder
describe('round 35: a choosing verb keeps its passive', () => {
  it('is not said in the active, so the elector is never read as the office-holder', async () => {
    expect(activeOfPassive('The first president of Sylvania was elected by Freedonia.')).toBeUndefined();
    expect(activeOfPassive("Sylvania's first president was chosen by the League.")).toBeUndefined();
    const fixture = checkFixture(officeHolder('rufus', 1));
    // a claim no reader reads is not enough information
    const withHolder = (claim: string) => fixture.check(claim).catch(() => ({ verdict: 'NOT_ENOUGH_INFO' }));
    expect((await withHolder('The first president of Sylvania was elected by Gloria Teasdale.')).verdict).not.toBe('REFUTED');
    expect((await withHolder("Sylvania's first president was picked by Freedonia.")).verdict).not.toBe('REFUTED');
  });
});
