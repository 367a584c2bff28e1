// A thing named by its owner and kind (round 11, branch `spans`, src/check/owned-kind.ts): "the
// bank's charter", "its founding treaty" as the one entity of that class noun named after the
// owner. Unread before ("charter" and "treaty" are no label of the Articles of Agreement).
import { describe, expect, it } from 'vitest';
import { ownedKindRewrite } from '../../src/check/owned-kind.js';
import { checkGraphDir } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

const { ctx, check } = await checkGraphDir(corpusFixture);

describe('ownedKindRewrite', () => {
  it('names the one entity of the kind named after the owner, "its" as the first name', () => {
    expect(ownedKindRewrite(ctx, "The AIIB's charter entered into force in 2016.")?.claim).toBe('Articles of Agreement of the AIIB entered into force in 2016.');
    expect(ownedKindRewrite(ctx, 'The AIIB opened three weeks after its founding treaty took effect.')?.claim).toBe('The AIIB opened three weeks after Articles of Agreement of the AIIB took effect.');
  });
  it('reads "its" as a later name when the first names no such thing and exactly one later name does (round 23)', () => {
    expect(ownedKindRewrite(ctx, 'Japan promised Kyrgyzstan money for its airport.')?.claim).toBe('Japan promised Kyrgyzstan money for Manas International Airport.');
    // no name of the claim has an airport named after it: no reading
    expect(ownedKindRewrite(ctx, 'Japan promised China money for its airport.')).toBeUndefined();
  });
  it('reads nothing when no entity of the kind is named after the owner, or the noun is no kind', () => {
    expect(ownedKindRewrite(ctx, "Japan's charter entered into force in 2015.")).toBeUndefined();
    expect(ownedKindRewrite(ctx, "The AIIB's president is Jin Liqun.")).toBeUndefined();
  });
});

describe('owned kinds, end to end (unread before round 11)', () => {
  it('decides the claim said of the entity', async () => {
    const r = await check('The AIIB opened roughly three weeks after its charter took effect.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toContain('the one charter the graph names after Asian Infrastructure Investment Bank');
    expect((await check("The AIIB's founding treaty took effect on 25 Dec. 2015.")).verdict).toBe('SUPPORTED');
    expect((await check("The AIIB's charter entered into force in 2016.")).verdict).toBe('REFUTED');
  });
});
