// Round 40 (branch fix33, users33's F2, F3, F4, F5, F8, F12, F13, F15): a remark beside a statement
// whose direction no reader places (a retort or hedge the lexicon lacks, an emoji or emoticon, a
// bracketed remark, a bracketed "not W" beside a value, an answer word before a dash) leaves the
// claim unread (src/check/unplaced-remarks.ts). Before, the remark was dropped or read as an unread
// conjunct, and the statement decided alone: "P. You wish." with a false P came out REFUTED.
import { describe, expect, it } from 'vitest';
import { answerBeforeDash, unplacedRemark } from '../../src/check/unplaced-remarks.js';
import { commentKind } from '../../src/check/truth-comment.js';
import { checkFixture } from '../helpers/check-fixture.js';

// Freedonia is a member of the League, Sylvania is not (the fixture)
const { check, ctx } = checkFixture();
const verdict = (s: string): Promise<string> => check(s).then((r) => r.verdict, () => 'UNREAD');

describe('a remark whose direction is not read', () => {
  it('finds the remark: a later sentence naming nothing, an emoji, an emoticon, a bracket', () => {
    expect(unplacedRemark(ctx, 'Sylvania joined the League. You wish.')).toBe('You wish');
    expect(unplacedRemark(ctx, 'Sylvania joined the League. Or not.')).toBe('Or not');
    expect(unplacedRemark(ctx, 'Sylvania joined the League \ud83e\udde2')).toBe('\ud83e\udde2');
    expect(unplacedRemark(ctx, 'Sylvania joined the League ;)')).toBe(';)');
    expect(unplacedRemark(ctx, 'Sylvania joined the League (really?).')).toBe('really?');
    expect(unplacedRemark(ctx, 'Sylvania joined the League. Not really. #factcheck')).toBe('Not really');
    expect(answerBeforeDash('Nope \u2014 Freedonia joined the League.')).toBe('Nope');
    // a later sentence that names an entity is a statement; a plain claim has no remark
    expect(unplacedRemark(ctx, 'Freedonia joined the League. Sylvania did not.')).toBeUndefined();
    expect(unplacedRemark(ctx, 'Freedonia joined the League.')).toBeUndefined();
    expect(unplacedRemark(ctx, 'Freedonia joined the League (the Sylvania-based body).')).toBeUndefined();
    expect(answerBeforeDash('Nope, Freedonia joined the League.')).toBeUndefined();
    expect(unplacedRemark(ctx, 'The League counts 75 members. Er, 57.')).toBe('Er, 57');
    // an answer after a question, a figure, a word after an abbreviation, a tag asking, emphasis
    expect(unplacedRemark(ctx, 'When did Freedonia join the League? In May.')).toBeUndefined();
    expect(unplacedRemark(ctx, 'Freedonia joined the League in Dec. 2015.')).toBeUndefined();
    expect(unplacedRemark(ctx, 'Rufus heads the Freedonian Dev. Bank.')).toBeUndefined();
    expect(unplacedRemark(ctx, 'Freedonia joined the League. True?')).toBeUndefined();
    expect(unplacedRemark(ctx, 'Freedonia joined the League (estimated).')).toBeUndefined();
    expect(commentKind(ctx, 'Seriously')).toBe('affirm');
  });

  it('takes the copyright, registered and trade mark signs as text, not emoji (a notice)', () => {
    // Unicode lists them as Extended_Pictographic; the lead's merged run read "The article is
    // \u00a9 2015 <publisher>" as a remark and left it unread
    expect(unplacedRemark(ctx, 'The Freedonia article is \u00a9 2015 Freedonia Post.')).toBeUndefined();
    expect(unplacedRemark(ctx, 'Freedonia Post\u00ae runs the League story\u2122.')).toBeUndefined();
    expect(unplacedRemark(ctx, 'Sylvania joined the League \u00a9\ufe0f')).toBe('\u00a9');
  });

  it('leaves a thinking face to the readers: it asks whether the statement holds, as "P?" does', () => {
    expect(unplacedRemark(ctx, 'Sylvania joined the League \u{1F914}')).toBeUndefined();
    expect(unplacedRemark(ctx, 'Sylvania joined the League \u{1F914} \u{1F921}')).toBe('\u{1F921}');
  });

  it('reads "yeah right" whole, a denial, not "right" after a lead word', () => {
    expect(commentKind(ctx, 'Yeah right')).toBe('deny');
    expect(commentKind(ctx, 'Yeah, right!')).toBe('deny');
  });

  it('leaves the claim unread instead of letting the statement decide', async () => {
    expect(await verdict('Sylvania joined the League. You wish.')).toBe('UNREAD');
    expect(await verdict('Sylvania joined the League. Or not.')).toBe('UNREAD');
    expect(await verdict('Sylvania joined the League \ud83e\udd21')).toBe('UNREAD');
    expect(await verdict('Freedonia joined the League \ud83e\udd37')).toBe('UNREAD');
    expect(await verdict('Sylvania joined the League \u2717 \ud83d\ude42')).toBe('UNREAD');
    expect(await verdict('Sylvania joined the League (it did).')).toBe('UNREAD');
    expect(await verdict('No - Sylvania joined the League.')).toBe('UNREAD');
    // a comment the lexicon lists still decides, and a plain claim is read
    expect(await verdict('Sylvania joined the League. Yeah right.')).toBe('SUPPORTED');
    expect(await verdict('Sylvania joined the League.')).toBe('REFUTED');
  });
});
