// A name the graph does not know beside an office (src/check/unknown-name.ts, round 23; a place
// no article names is src/check/unknown-city.ts's, tests/check/verbs23.test.ts): the claim read without it, a refutation decides, anything else is held with the name
// shown. Fixture graph: the president of Sylvania did not attend the Founders Gala (a denial).
import { describe, expect, it } from 'vitest';
import { unknownHolderRewrite } from '../../src/check/unknown-name.js';
import { checkFixture } from '../helpers/check-fixture.js';

const { ctx, check } = checkFixture();

describe('an office with a name no article gives in apposition', () => {
  it('is read without the name', () => {
    expect(unknownHolderRewrite(ctx, 'Sylvania\'s president Ann Other attended the Founders Gala.')).toMatchObject({
      claim: 'Sylvania\'s president attended the Founders Gala.', office: 'Sylvania\'s president', name: 'Ann Other' });
    expect(unknownHolderRewrite(ctx, 'Sylvania\'s president, Ann Other, attended the Founders Gala.')?.claim).toBe('Sylvania\'s president attended the Founders Gala.');
  });
  it('is refuted when the graph denies it of the office, whoever holds it', async () => {
    const r = await check('Sylvania\'s president Ann Other attended the Founders Gala.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.explanation).toMatch(/"Ann Other" is not an entity of the graph/);
  });
  it('reads no known name, no lower-case word and no name without an office before it', () => {
    expect(unknownHolderRewrite(ctx, 'Sylvania\'s president Rufus Firefly attended the Founders Gala.')).toBeUndefined();
    expect(unknownHolderRewrite(ctx, 'Sylvania\'s president attended the Founders Gala.')).toBeUndefined();
    expect(unknownHolderRewrite(ctx, 'The envoy Ann Other attended the Founders Gala.')).toBeUndefined();
  });
});
