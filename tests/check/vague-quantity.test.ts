// Vague count words (round 39, fix31c, users31's F15): "many / numerous / several readers
// commented" was read as "at least one" (src/check/comment-count.ts), supported by one or two
// comments; "Many Japanese prime ministers have visited X" dropped "many" (an ignorable word) and
// was supported by one prime minister (src/check/vague-quantity.ts). Corpus fixture: the Japan
// analysis has one reader comment, the AIIB story two (by two writers), the TAPI story none.
import { describe, expect, it } from 'vitest';
import { readCommentCount } from '../../src/check/comment-count.js';
import { checkGraphDir } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

const { ctx, check } = await checkGraphDir(corpusFixture);
const verdict = async (text: string): Promise<string> => check(text).then((r) => r.verdict, () => 'unread');

describe('a vague count of reader comments', () => {
  it('reads "several" as three or more and "many" / "numerous" as more than a few; one or none is neither', () => {
    expect(readCommentCount(ctx, 'Several readers commented on the AIIB story')).toMatchObject({ min: 2, sure: 3, readers: true });
    expect(readCommentCount(ctx, 'Many readers commented on the AIIB story')).toMatchObject({ min: 2, sure: Infinity });
    expect(readCommentCount(ctx, 'The AIIB story drew many comments')).toMatchObject({ min: 2, sure: Infinity });
    expect(readCommentCount(ctx, 'Readers commented on the AIIB story')).toMatchObject({ min: 1, max: Infinity });
  });

  it('is refuted by one comment, never supported by one or two', async () => {
    for (const claim of ['Many readers commented on the Japan analysis.', 'Several readers commented on the Japan analysis.', 'A handful of readers commented on the Japan analysis.', 'Numerous readers left comments on the Japan analysis.']) {
      expect(await verdict(claim), claim).toBe('REFUTED');
    }
    for (const claim of ['Many readers commented on the AIIB story.', 'The AIIB story drew many comments.', 'Numerous readers have commented on the AIIB story.', 'Several readers commented on the AIIB story.']) {
      expect(await verdict(claim), claim).toBe('NOT_ENOUGH_INFO');
    }
    // "multiple" is two or more, as before
    expect(await verdict('Multiple readers commented on the AIIB story.')).toBe('SUPPORTED');
  });
});

describe('a vague count of the claim\'s things that no reader counted', () => {
  it('holds a verdict supported by one of them', async () => {
    for (const claim of ['Many Japanese prime ministers have visited Kazakhstan.', 'Numerous Japanese prime ministers have visited Kazakhstan.']) {
      expect(await verdict(claim), claim).toBe('NOT_ENOUGH_INFO');
    }
    expect(await verdict('A Japanese prime minister has visited Kazakhstan.')).toBe('SUPPORTED');
  });

  it('keeps a count a reader made ("several" of a closed group of five, four of whom did it)', async () => {
    expect(await verdict('Several Central Asian republics are members of the SCO.')).toBe('SUPPORTED');
  });
});

describe('a count asked or bounded with "many"', () => {
  it('is no vague count ("as many as 57", "how many")', async () => {
    expect(await verdict('The AIIB opened with as many as 57 prospective founding members.')).toBe('SUPPORTED');
    expect(await verdict('How many prospective founding members does the AIIB count? 57.')).toBe('SUPPORTED');
  });
});
