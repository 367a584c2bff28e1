// The parts of a compound claim read by the table's readers (src/check/compound-readers.ts): a
// span, a comparison or "the only X outside Y" inside a conjunction was lost (parts were read by
// the lexicon's patterns only); now each part is checked whole and the compound rule applies.
import { describe, expect, it } from 'vitest';
import { checkFixture, checkGraphDir } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

// the fixture: Ruritania is Freedonia (a member of the League) and Sylvania (not a member)
const { check } = checkFixture();
const corpus = await checkGraphDir(corpusFixture);

describe('a compound claim with a part only a reader reads', () => {
  it('is supported when every part is, the reader\'s part cited', async () => {
    const r = await check('Freedonia is a member of the League, and Sylvania is the only Ruritanian state outside the League.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.parts?.map((p) => p.verdict)).toEqual(['SUPPORTED', 'SUPPORTED']);
    expect(r.parts?.[1]?.evidence.length).toBeGreaterThanOrEqual(2);
    expect(r.evidence.length).toBeGreaterThanOrEqual(r.parts![1]!.evidence.length);
  });

  it('is refuted when the reader\'s part is, also with a borrowed subject', async () => {
    expect((await check('Sylvania is not a member of the League, and Freedonia is the only Ruritanian state outside the League.')).verdict).toBe('REFUTED');
    const r = await check('Freedonia is a member of the League and is the only Ruritanian state outside the League.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.parts?.[1]?.text).toBe('Freedonia is the only Ruritanian state outside the League');
  });

  it('a span\'s side does not run on into another clause; the other clause is a part of its own', async () => {
    // was SUPPORTED: the span read its second side as the Articles and dropped the loan
    const r = await corpus.check('The AIIB opened three weeks after the AIIB\'s Articles of Agreement entered into force, and it approved a loan to Kazakhstan in 2016.');
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
    expect(r.parts?.map((p) => p.verdict)).toEqual(['SUPPORTED', 'NOT_ENOUGH_INFO']);
    expect((await corpus.check('Jin Liqun became the AIIB\'s first president, but the AIIB opened five weeks after the AIIB\'s Articles of Agreement entered into force.')).verdict).toBe('REFUTED');
    expect((await corpus.check('The AIIB opened three weeks after the AIIB\'s Articles of Agreement entered into force, and Xi Jinping addressed the opening ceremony.')).verdict).toBe('SUPPORTED');
  });

  it('a part is read whole: a part read only in part leaves the claim to the other cuts', async () => {
    // "Sylvania admires the League" reads no relation: the claim is not supported
    const r = await check('Sylvania admires the League and is the only Ruritanian state outside it.').catch(() => undefined);
    expect(r?.verdict ?? 'NOT_ENOUGH_INFO').not.toBe('SUPPORTED');
  });
});
