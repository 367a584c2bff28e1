// The number of reader comments a claim gives a page (src/check/comment-count.ts), said with the
// readers as the subject: "Readers left five comments under the story" (round 40, misses32; users32
// article-meta-10 was read as "at least one" and left undecided) is the page's count, exactly as
// "the story has five comments" says it, decided by the count the page states.
import { describe, expect, it } from 'vitest';
import { checkGraphDir } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

const { check } = await checkGraphDir(corpusFixture);
const verdict = (c: string): Promise<string> => check(c).then((r) => r.verdict, () => 'UNREAD');

describe('a count of comments with the readers as the subject', () => {
  it('is decided by the count the page states', async () => {
    // the AIIB page states 2 comments, the Japan analysis 1, the TAPI story none
    expect(await verdict('Readers posted two comments on the AIIB article.')).toBe('SUPPORTED');
    expect(await verdict('Readers left only 2 comments under the AIIB story.')).toBe('SUPPORTED');
    expect(await verdict('Readers left at least two comments under the AIIB article.')).toBe('SUPPORTED');
    expect(await verdict('Readers left five comments under the AIIB article.')).toBe('REFUTED');
    expect(await verdict('Readers left four comments on the Japan analysis.')).toBe('REFUTED');
    expect(await verdict('Readers left three comments under the TAPI story.')).toBe('REFUTED');
  });

  it('is not read beside a count of readers, a negation or a time', async () => {
    // "two readers left three comments": the comments of those readers, not the page's count
    expect(await verdict('Two readers left three comments under the AIIB article.')).not.toBe('REFUTED');
    expect(await verdict('Readers have not left two comments under the AIIB article.')).not.toBe('REFUTED');
    expect(await verdict('Readers posted five comments on the AIIB article in January 2016.')).not.toBe('REFUTED');
  });
});

describe('round 41 (precision41): "readers left one comment"', () => {
  it('counts the comments exactly, as a numeral does (it was read as "at least one")', async () => {
    // the AIIB page states 2 comments, the Japan analysis 1, the TAPI story none
    expect(await verdict('Readers left one comment on the AIIB story.')).toBe('REFUTED');
    expect(await verdict('Readers posted one comment on the TAPI story.')).toBe('REFUTED');
    expect(await verdict('Readers left one comment on the Japan analysis.')).toBe('SUPPORTED');
  });

  it('keeps "some" after a count of readers, and "not a single one" under a denial', async () => {
    // "a reader left one comment": that reader's comment; the page's count is not said
    expect(await verdict('A reader left one comment on the AIIB story.')).toBe('SUPPORTED');
    expect(await verdict('Readers have not left one comment on the TAPI story.')).toBe('SUPPORTED');
  });
});
