// Quantifiers over a group (src/check/rewrites.ts `quantifiedGroup`, round 10): "None of the G V"
// is every member's denial, "All of / Each of the G V" the claim about each member.
import { describe, expect, it } from 'vitest';
import { quantifiedGroup } from '../../src/check/rewrites.js';
import { checkGraphDir } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

const { check } = await checkGraphDir(corpusFixture);

describe('quantifiers over a group', () => {
  it('rewrites "none of" as a denial after the first auxiliary, and "each of" as the plural', () => {
    expect(quantifiedGroup('None of the League states is a member of the Pact.')).toBe('the League states is not a member of the Pact.');
    expect(quantifiedGroup('None of the League states joined the Pact.')).toBe('not the League states joined the Pact.');
    expect(quantifiedGroup('Each of the League states joined the Pact.')).toBe('the League states joined the Pact.');
    expect(quantifiedGroup('Freedonia joined the Pact.')).toBeUndefined();
  });
  it('decides "none of the G" by the members: refuted when one member is', async () => {
    expect((await check('None of the Central Asian republics is a member of the SCO.')).verdict).toBe('REFUTED');
    expect((await check('None of the Central Asian republics was visited by Abe.')).verdict).toBe('REFUTED');
    expect((await check('Each of the Central Asian republics was visited by Abe in 2015.')).verdict).toBe('SUPPORTED');
  });
});
