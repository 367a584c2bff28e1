// An agentless passive (src/check/agentless.ts): someone did it; supported when a party the graph
// gives did, never refuted.
import { describe, expect, it } from 'vitest';
import { agentlessRewrites } from '../../src/check/agentless.js';
import { checkFixture } from '../helpers/check-fixture.js';

// the fixture: Freedonia signed energy deals worth US$ 5 million with Sylvania
const { ctx, check } = checkFixture();

describe('an agentless passive', () => {
  it('is read with "by <party>" after the participle, for each party the graph gives', () => {
    expect(agentlessRewrites(ctx, 'Energy deals worth US$ 5 million were signed with Sylvania.').map((r) => r.claim))
      .toContain('Energy deals worth US$ 5 million were signed by Freedonia with Sylvania.');
    // an agent said, or a denial: no rewrite
    expect(agentlessRewrites(ctx, 'Energy deals were signed by Freedonia with Sylvania.')).toEqual([]);
    expect(agentlessRewrites(ctx, 'Energy deals were not signed with Sylvania.')).toEqual([]);
  });
  it('is supported when some party did it, and says whom it was read as', async () => {
    const r = await check('Energy deals worth US$ 5 million were signed with Sylvania.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.interpretation.notes?.join(' ')).toContain('done by Freedonia');
  });
  it('is never refuted: another amount is not enough information', async () => {
    const r = await check('Energy deals worth US$ 8 million were signed with Sylvania.');
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
    expect(r.explanation).toContain('not refuted');
  });
});
