// Reported expectations and whose words they are (src/check/attribution.ts, src/check/index.ts,
// round 10): "S expects X to V" is S's "X will V"; "the analysts said" is not the author; "the
// author says P" with no article named is true when one article's author says P, even if a later
// article says otherwise.
import { describe, expect, it } from 'vitest';
import { expectedTo, readAttribution } from '../../src/check/attribution.js';
import { checkGraphDir } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

const { ctx, check } = await checkGraphDir(corpusFixture);

describe('reported expectations', () => {
  it('reads "S expects X to V" as "S expects that X will V", and no other "to"', () => {
    expect(expectedTo('A reader expects the League to admit Sylvania')).toBe('A reader expects that the League will admit Sylvania');
    expect(expectedTo('A reader expected the first loan to Sylvania in 2017')).toBe('A reader expected the first loan to Sylvania in 2017');
  });
  it('checks what a commenter expects against that comment', async () => {
    expect((await check('Marat K. expects the AIIB to approve its first loan to Kazakhstan before the end of 2016.')).verdict).toBe('SUPPORTED');
    // a commenter swap: the other commenter's comment says it, hers (held whole) does not (round 11,
    // src/check/misattribution.ts). Round 32 (precision32): what she expects beyond her own words is
    // not on the page ("expect" is a belief-frame word, own mis-06 relabelled), so NOT_ENOUGH_INFO;
    // "S wrote that P" for the other comment's words stays refuted
    expect((await check('Dilnoza R. expected the AIIB to approve its first loan to Kazakhstan.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check('Dilnoza R. wrote that the AIIB will approve its first loan to Kazakhstan.')).verdict).toBe('REFUTED');
  });
  it('does not take "the analysts" for the author', () => {
    // (the speakers an article reports whose name opens with the noun, when the graph has them: cg:saidBy)
    expect(readAttribution(ctx, 'The analysts said that the AIIB had approved a loan to the region.')?.scope.kind).not.toBe('author');
    expect(readAttribution(ctx, 'The analyst says that Japan leads the ADB.')?.scope.kind).toBe('author');
  });
  it('supports "the author says P" when one article\'s author says it, though a later article revises it', async () => {
    expect((await check('The author says India and Pakistan will become full members of the SCO by 2016.')).verdict).toBe('SUPPORTED');
    expect((await check('The author says Turkmenistan is a member of the SCO.')).verdict).toBe('REFUTED');
  });
});

describe('a forecast verb with a gerund (round 37, branch counts37)', () => {
  it('reads "S foresees X Ving Y" as S\'s "X will V Y"', async () => {
    expect(readAttribution(ctx, 'Marat K. foresees the AIIB approving its first loan to Kazakhstan before the end of 2016.')?.inner)
      .toBe('AIIB will approve its first loan to Kazakhstan before the end of 2016');
    expect((await check('Marat K. foresees the AIIB approving its first loan to Kazakhstan before the end of 2016.')).verdict).toBe('SUPPORTED');
    expect((await check('Marat K. foresees the AIIB approving its first loan to Uzbekistan before the end of 2016.')).verdict).not.toBe('SUPPORTED');
  });
  it('leaves a gerund after "that", or one it finds no pattern word for, as said', () => {
    expect(readAttribution(ctx, 'Marat K. foresees that the AIIB approving loans is likely.')?.inner).toBe('AIIB approving loans is likely');
    expect(readAttribution(ctx, 'Marat K. says the AIIB approving loans is likely.')?.inner).toBe('AIIB approving loans is likely');
  });
});
