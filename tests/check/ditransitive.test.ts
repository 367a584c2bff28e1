// Verbs of giving with the recipient first (src/check/ditransitive.ts, round 17): the passive with
// the recipient as subject and the active with two objects are read as "X gave $N to Y".
import { describe, expect, it } from 'vitest';
import { recipientLast } from '../../src/check/ditransitive.js';
import { checkFixture, checkGraphDir } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

const { ctx } = checkFixture();

describe('a verb of giving with the recipient first', () => {
  it('puts the recipient after "to", the agent first', () => {
    expect(recipientLast(ctx, 'Sylvania was pledged US$ 5 million by Freedonia.')).toBe('Freedonia pledged US$ 5 million to Sylvania.');
    expect(recipientLast(ctx, 'The Sylvanians were given US$ 5 million in aid by Freedonia in 2001.')).toBe('Freedonia gave US$ 5 million in aid to the Sylvanians in 2001.');
    expect(recipientLast(ctx, 'Sylvania has been granted US$ 5 million by the League.')).toBe('the League has granted US$ 5 million to Sylvania.');
    expect(recipientLast(ctx, 'Freedonia gave Grand Fenwick US$ 2 million in grants.')).toBe('Freedonia gave US$ 2 million in grants to Grand Fenwick.');
    // (round 23) the recipient stays in its own clause: it was moved to the end of the next one
    expect(recipientLast(ctx, 'Freedonia gave Grand Fenwick US$ 2 million, while Sylvania may get US$ 1 million in grants.'))
      .toBe('Freedonia gave US$ 2 million to Grand Fenwick, while Sylvania may get US$ 1 million in grants.');
    expect(recipientLast(ctx, 'Freedonia gave Grand Fenwick US$ 2 million in grants and loans.')).toBe('Freedonia gave US$ 2 million in grants and loans to Grand Fenwick.');
  });
  it('leaves other shapes alone', () => {
    // no second object, a recipient already after "to", no amount after the first object
    expect(recipientLast(ctx, 'Sylvania was visited by Freedonia.')).toBeUndefined();
    expect(recipientLast(ctx, 'US$ 5 million was pledged to Sylvania by Freedonia.')).toBeUndefined();
    expect(recipientLast(ctx, 'Freedonia gave Sylvania a warm welcome.')).toBeUndefined();
  });
  it('decides as the claim in the patterns\' order', async () => {
    const { check } = await checkGraphDir(corpusFixture);
    const r = await check('Kyrgyzstan was pledged 170.9 million dollars by Abe.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.interpretation.notes?.join(' ')).toContain('a verb of giving with the recipient first');
    expect((await check('Uzbekistan was given US$ 105 million in financial assistance by Japan.')).verdict).toBe('SUPPORTED');
  });
});
