// A writer credited with what the article reports a speaker said (src/check/attribution.ts
// `readSource`, src/check/claim-index.ts `scopedIndex`; round 40, users32's F8): "the Acme Bank
// story's correspondent says P" when the story has P only from analysts it quotes (cg:saidBy).
import { describe, expect, it } from 'vitest';
import { readAttribution } from '../../src/check/attribution.js';
import { checkFixture, REPORTED_SPEAKER } from '../helpers/check-fixture.js';

const { ctx, check } = checkFixture(REPORTED_SPEAKER);

describe("a writer's own words", () => {
  it('marks a scope named by a writer noun, not one named by the article', () => {
    expect(readAttribution(ctx, "The Acme Bank story's correspondent says the Acme Development Bank could finance Sylvania.")?.scope).toMatchObject({ writer: true });
    expect(readAttribution(ctx, 'The Acme Bank story says the Acme Development Bank could finance Sylvania.')?.scope).not.toMatchObject({ writer: true });
  });

  it('are not what a speaker the article reports said: undecided, while the article itself says it', async () => {
    expect((await check('Analysts in Tarsk said the Acme Development Bank could finance Sylvania.')).verdict).toBe('SUPPORTED');
    expect((await check('The Acme Bank story says the Acme Development Bank could finance Sylvania.')).verdict).toBe('SUPPORTED');
    const r = await check("The Acme Bank story's correspondent says the Acme Development Bank could finance Sylvania.");
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
  });
});
