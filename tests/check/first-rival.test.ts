// The one first of a kind a source names (src/check/first-rival.ts, round 17): a commenter who
// wrote that the bank will approve its first loan to one country said the contrary of its first
// loan going to another; a region holding that country is no rival, and a loan not called the
// first stays undecided. Also the lexicon's "X's first loan will go to Y" (ontology/lexicon.ttl,
// cg:approvedLoanTo) and a reader named between commas (src/check/attribution.ts `namedInCommas`).
import { describe, expect, it } from 'vitest';
import { readAttribution } from '../../src/check/attribution.js';
import { checkGraphDir } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

const { ctx, check } = await checkGraphDir(corpusFixture);

describe('a source\'s first loan', () => {
  it('reads the loan as the subject ("the first loan will go to")', async () => {
    expect((await check('Marat K. thinks the AIIB\'s first loan will go to Kazakhstan.')).verdict).toBe('SUPPORTED');
  });

  it('refutes another country as the recipient of the first loan, citing the source', async () => {
    const r = await check('Marat K. predicted that the AIIB\'s first loan would go to Uzbekistan.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.evidence.some((e) => /first loan to Kazakhstan/.test(e.text))).toBe(true);
    expect((await check('Marat K. expects the AIIB to approve its first loan to Kyrgyzstan before the end of 2016.')).verdict).toBe('REFUTED');
  });

  it('leaves a region holding the recipient, and a loan not called the first, undecided', async () => {
    expect((await check('Marat K. predicted the AIIB\'s first loan would go to Central Asia.')).verdict).not.toBe('REFUTED');
    expect((await check('Marat K. predicted the AIIB would approve a loan to Uzbekistan.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});

describe('a reader named between commas', () => {
  it('is that commenter', () => {
    const a = readAttribution(ctx, 'A reader, Marat K., predicted the AIIB would approve its first loan to Kazakhstan.');
    expect(a?.scope.kind).toBe('agent');
    expect(a?.inner).toMatch(/^AIIB will approve/);
  });

  it('is not read for words that are no reader noun before the comma', () => {
    expect(readAttribution(ctx, 'In January, Marat K., a reader, predicted a loan.')?.scope.kind ?? 'none').not.toBe('reader');
  });
});
