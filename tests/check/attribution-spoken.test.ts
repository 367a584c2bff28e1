// "the bank" inside what a reported speaker said (src/check/attribution.ts `spokenIn`, round 15):
// the one bank the headline of the article reporting that speaker (cg:saidBy) names.
import { describe, expect, it } from 'vitest';
import { readAttribution } from '../../src/check/attribution.js';
import { checkFixture, REPORTED_SPEAKER } from '../helpers/check-fixture.js';

const { ctx } = checkFixture(REPORTED_SPEAKER);

describe('a reported speaker\'s "the bank"', () => {
  it('is the bank named by the headline of the article reporting the speaker', () => {
    expect(readAttribution(ctx, 'Analysts in Tarsk said the bank could lend to Sylvania.')?.inner).toBe('Acme Development Bank could lend to Sylvania');
  });

  it('stays as said for a speaker no article reports', () => {
    expect(readAttribution(ctx, 'Analysts in Vell said the bank could lend to Sylvania.')?.inner ?? 'the bank').toMatch(/the bank/);
  });
});
