// A source denying or doubting what follows, a forecast in the simple present, and the reporting
// words of round 25's enumeration (src/check/denied-saying.ts, src/check/attribution.ts, lexicon
// cg:reportingVerb, cg:attributionPattern, cg:denyingPhrase, cg:doubtingPhrase), on the corpus
// fixture: the Japan analysis's commenter wrote that India exploring the CIS countries "is not
// likely to jeopardise Japanese/ Chinese interests"; Marat K. that the AIIB "will approve its first
// loan to Kazakhstan before the end of 2016"; Dilnoza R. that Tashkent "will host the SCO summit".
import { describe, expect, it } from 'vitest';
import { readAttribution } from '../../src/check/attribution.js';
import { deniedClause, deniedSaying, presentAsFuture } from '../../src/check/denied-saying.js';
import { checkGraphDir } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

const { ctx, check } = await checkGraphDir(corpusFixture);
const verdict = (s: string): Promise<string> => check(s).then((r) => r.verdict, () => 'UNREAD');

describe('a denied clause', () => {
  it('takes "not" after its auxiliary, "did not" before a past verb after a name, "no" for "a"', () => {
    expect(deniedClause(ctx, 'the AIIB would approve a loan to Kazakhstan')).toBe('the AIIB would not approve a loan to Kazakhstan');
    expect(deniedClause(ctx, 'Turkmenistan joined the bank')).toBe('Turkmenistan did not join the bank');
    expect(deniedClause(ctx, 'a loan to Central Asia has been approved')).toBe('no loan to Central Asia has been approved');
  });
  it('is no reading of a clause that already denies', () => {
    expect(deniedClause(ctx, 'Turkmenistan did not join the bank')).toBeUndefined();
  });
});

describe('a source that denies or doubts', () => {
  it('says or believes the denial', () => {
    expect(deniedSaying(ctx, 'Marat K. denied that the AIIB would approve a loan to Kazakhstan'))
      .toBe('Marat K. said that the AIIB would not approve a loan to Kazakhstan');
    expect(deniedSaying(ctx, 'The commenter is sceptical that India would jeopardise Chinese interests'))
      .toBe('The commenter believes that India would not jeopardise Chinese interests');
    expect(deniedSaying(ctx, 'The AIIB report disputes that Turkmenistan joined the bank')).toBe('The AIIB report says that Turkmenistan did not join the bank');
  });
  it('leaves "denied the report" (no clause) as it is', () => {
    expect(deniedSaying(ctx, 'Marat K. denied the report')).toBe('Marat K. denied the report');
  });
  it('is checked against the source\'s words', async () => {
    expect(await verdict('The commenter on the Japan analysis is sceptical that Indian moves in the CIS would jeopardise Chinese interests.')).toBe('SUPPORTED');
    expect(await verdict('Marat K. denied that the AIIB would approve its first loan to Kazakhstan.')).toBe('REFUTED');
    expect(await verdict('The AIIB report disputes that Turkmenistan joined the bank.')).toBe('SUPPORTED');
  });
});

describe('a forecast in the simple present', () => {
  it('is the forecast\'s future', () => {
    expect(presentAsFuture(ctx, 'Kazakhstan lands the first AIIB loan before 2017')).toBe('Kazakhstan will land the first AIIB loan before 2017');
    expect(presentAsFuture(ctx, 'Kazakhstan will land the first AIIB loan')).toBeUndefined();
    expect(readAttribution(ctx, 'A commenter named Marat K. is betting that Kazakhstan lands the first AIIB loan before 2017')?.inner)
      .toBe('Kazakhstan will land the first AIIB loan before 2017');
  });
  it('is checked against the source\'s forecast', async () => {
    expect(await verdict('A commenter named Marat K. is betting that Kazakhstan lands the first AIIB loan before 2017')).toBe('SUPPORTED');
    // the one first loan named with its lender before the noun (src/check/first-rival.ts)
    expect(await verdict('Marat K. wrote that the first AIIB loan would go to Tajikistan')).toBe('REFUTED');
  });
});

describe('reporting words of the enumeration', () => {
  it('read the source and its clause', async () => {
    expect(await verdict('Dilnoza R. announced that Tashkent would host the SCO summit')).toBe('SUPPORTED');
    expect(await verdict('Tashkent will host the SCO summit, says Dilnoza R.')).toBe('SUPPORTED');
    expect(await verdict('Marat K. is confident that the AIIB will approve its first loan to Kazakhstan before the end of 2016')).toBe('SUPPORTED');
    expect(await verdict('Dilnoza R. is sure that Tashkent will not host the SCO summit')).toBe('REFUTED');
  });
  it('read a present verb of saying with the reported "would" as the source\'s "will"', () => {
    expect(readAttribution(ctx, 'The commenter says Indian moves in the CIS would seriously jeopardise Chinese interests')?.inner)
      .toBe('India exploring the CIS countries will seriously jeopardise Chinese interests');
  });
});
