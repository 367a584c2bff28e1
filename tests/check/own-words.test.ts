// The lexicon's own words before WordNet's (src/check/own-words.ts, round 15): a word the lexicon
// names in a pattern of its own is read through WordNet as another pattern's word only when no
// reading on the lexicon's own words fits the claim.
import { describe, expect, it } from 'vitest';
import { parseClaim } from '../../src/check/index.js';
import { lexiconOwnNorms, preferOwnWords, readsOwnWordThroughWordNet } from '../../src/check/own-words.js';
import { normWord } from '../../src/check/text.js';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';

// the fixture plus: Freedonia helped Sylvania (said "helped"; "assist" is a pattern word of
// helping, and WordNet also files it with "aid", a pattern word of providing assistance)
const { ctx, check } = checkFixture(fixtureClaim({ id: 'freedonia.helpTo.sylvania', s: 'cgr:freedonia', p: 'cg:helpTo', o: 'cgr:sylvania', sentence: 's003', asserted: true }));

describe('the lexicon\'s own words', () => {
  it('are the literal words of its relation patterns', () => {
    const own = lexiconOwnNorms(ctx);
    expect(own.has(normWord('assisted', ctx.morph))).toBe(true);
    expect(own.has(normWord('hold', ctx.morph))).toBe(true);
    expect(readsOwnWordThroughWordNet(ctx, ['assisted~aid'])).toBe(true);
    expect(readsOwnWordThroughWordNet(ctx, ['spurned~refuse'])).toBe(false);
  });
  it('drop the WordNet readings of an own word when a reading on own words fits, and only then', () => {
    const plain = { id: 'own', wordnet: [] as string[] };
    const loose = { id: 'wordnet', wordnet: ['assisted~aid'] };
    const other = { id: 'other word', wordnet: ['spurned~refuse'] };
    expect(preferOwnWords(ctx, [loose, plain, other]).map((r) => r.id)).toEqual(['own', 'other word']);
    // no reading on own words: the WordNet readings stand
    expect(preferOwnWords(ctx, [loose, other]).map((r) => r.id)).toEqual(['wordnet', 'other word']);
  });
});

describe('a claim with a verb the lexicon names', () => {
  it('is read by that verb\'s own patterns, never by another property through WordNet', async () => {
    const { readings } = parseClaim(ctx, 'Freedonia assisted Sylvania.');
    expect(readings[0]?.interpretation.predicateName).toBe('helpTo');
    // "assisted" is not read as "aid" (providing assistance) while "assist" reads it
    expect(readings.some((r) => r.wordnet.some((w) => w.startsWith('assisted~')))).toBe(false);
    const r = await check('Freedonia assisted Sylvania.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.interpretation.predicateName).toBe('helpTo');
    expect(r.interpretation.notes ?? []).not.toContainEqual(expect.stringMatching(/read 'assisted' as 'aid'/));
  });
});
