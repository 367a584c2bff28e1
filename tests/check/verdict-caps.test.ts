// The caps on a decided verdict, in one ordered list (src/check/verdict-caps.ts, round 41): the
// order documented there is the order checkClaim applies them; each cap's own behaviour is tested
// beside its module (unstated-adverbs, consequence-links, up-to-ceiling, vague-quantity, ...).
import { describe, expect, it } from 'vitest';
import { VERDICT_CAPS, applyVerdictCaps } from '../../src/check/verdict-caps.js';
import { checkFixture } from '../helpers/check-fixture.js';

const { ctx, check } = checkFixture();

describe('the verdict caps', () => {
  it('are applied in the documented order', () => {
    expect(VERDICT_CAPS.map((c) => c.name)).toEqual([
      'unstated adverb', 'attitude', 'consequence', 'up to', 'sequence', 'while link', 'language',
      'vague count', 'object universal', 'ambiguous role', 'prospect', 'stated precision',
      'bare fraction', 'alternative amounts', 'obligation',
    ]);
  });

  it('leave a verdict no cap reads unchanged, and hold one a cap reads', async () => {
    const plain = await check('Freedonia is a member of the League.');
    expect(plain.verdict).toBe('SUPPORTED');
    const readOnce = async (): Promise<undefined> => undefined;
    expect(await applyVerdictCaps(plain, { ctx, text: 'Freedonia is a member of the League.', readOnce })).toEqual(plain);
    // the same result said of a claim with a connective of consequence: the link is no fact a source states
    const linked = 'Freedonia is a member of the League, so it is a member of the League.';
    expect((await applyVerdictCaps(plain, { ctx, text: linked, readOnce })).verdict).toBe('NOT_ENOUGH_INFO');
  });
});
