// "The last N to visit O before Y" against another person (src/check/last-before.ts, round 37,
// branch counts37): the source names one last holder before Y's visit, so another person named so
// is refuted; "before Y" said inside the office's phrase or before the holder reads the same.
// Each `it` fails on the code before the round (main 37a3b95f).
import { describe, expect, it } from 'vitest';
import { checkGraphDir } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

describe('"the last N to visit O before Y" against another person', () => {
  it('refutes a person the graph does not know, or another of its persons', async () => {
    const { check } = await checkGraphDir(corpusFixture);
    const r = await check('Yoshihiko Noda was the last Japanese prime minister to visit Kazakhstan before Abe.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.evidence.some((e) => e.stance === 'refutes' && /Koizumi/.test(e.text))).toBe(true);
    expect((await check('Nawaz Sharif was the last Japanese prime minister to visit Kazakhstan before Abe.')).verdict).toBe('REFUTED');
  });
  it('reads "before Y" inside the office\'s phrase or before the holder', async () => {
    const { check } = await checkGraphDir(corpusFixture);
    expect((await check('The last Japanese prime minister to visit Uzbekistan before Abe was Ryutaro Hashimoto.')).verdict).toBe('REFUTED');
    expect((await check('Noda was the last Japanese prime minister before Abe to visit Uzbekistan.')).verdict).toBe('REFUTED');
    expect((await check('Junichiro Koizumi was the last Japanese prime minister before Abe to set foot in Uzbekistan.')).verdict).toBe('SUPPORTED');
    expect((await check('The last Japanese prime minister to visit Kazakhstan before Abe went there in 2006.')).verdict).toBe('SUPPORTED');
    expect((await check('The last Japanese prime minister to visit Kazakhstan before Abe went there in 2010.')).verdict).toBe('REFUTED');
  });
  it('decides nothing for a name that may be the holder\'s, a description, or no later visit', async () => {
    const { check } = await checkGraphDir(corpusFixture);
    for (const c of [
      'Junichiro was the last Japanese prime minister to visit Kazakhstan before Abe.',
      'The Premier was the last Japanese prime minister to visit Kazakhstan before Abe.',
      'Noda was the last Japanese prime minister to visit Kazakhstan before Koizumi.',
      'Noda was the last Japanese prime minister to visit Kazakhstan before Xi Jinping.',
      'Noda was the last Japanese prime minister to visit Kazakhstan.',
    ]) expect((await check(c)).verdict, c).not.toBe('REFUTED');
    expect((await check('Koizimi was the last Japanese prime minister to visit Kazakhstan before Abe.')).verdict).not.toBe('REFUTED');
  });
});
