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
