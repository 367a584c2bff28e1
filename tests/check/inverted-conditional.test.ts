// An inverted counterfactual (src/check/inverted-conditional.ts, round 39, fix31c, users31's F14):
// "Were Japan in the AIIB, Nakao would lead it." was read as two statements and refuted by the first
// ("Were Japan in the AIIB"). It is left unread, as "If Japan were in the AIIB, ..." is.
// Corpus fixture: Japan stayed out of the AIIB; Turkmenistan did not join it.
import { describe, expect, it } from 'vitest';
import { invertedConditional } from '../../src/check/inverted-conditional.js';
import { checkGraphDir } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

const { check } = await checkGraphDir(corpusFixture);
const verdict = async (text: string): Promise<string> => check(text).then((r) => r.verdict, () => 'unread');

describe('invertedConditional', () => {
  it('finds "Were / Had X ..., Y would ..."', () => {
    expect(invertedConditional('Were Freedonia in the League, Rufus would lead it.')).toBe(true);
    expect(invertedConditional('Had Sylvania joined the League, the League would have 58 members.')).toBe(true);
  });
  it('not a question, nor a clause without "would"', () => {
    expect(invertedConditional('Had Freedonia joined the League by 2016?')).toBe(false);
    expect(invertedConditional('Had Freedonia joined the League, as the report says?')).toBe(false);
    expect(invertedConditional('Were Freedonia and Sylvania members, the report asked.')).toBe(false);
  });
});

describe('an inverted counterfactual in a claim', () => {
  it('is never decided by its first clause', async () => {
    expect(await verdict('Were Japan in the AIIB, Nakao would lead it.')).not.toMatch(/SUPPORTED|REFUTED/);
    expect(await verdict('Had Turkmenistan joined the AIIB, the bank would have 58 prospective founders.')).not.toMatch(/SUPPORTED|REFUTED/);
  });
});
