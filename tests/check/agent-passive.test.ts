// A passive of a nominal with its agent (src/check/agent-passive.ts), said in the active.
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../helpers/check-fixture.js';
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
