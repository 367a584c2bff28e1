// A commenter's words (src/check/said-words.ts, round 12, and src/check/said-content.ts, round 19):
// the comment held whole decides what its writer said, in the same words or in another order; a
// named commenter is refuted only by another commenter's comment holding the words.
import { describe, expect, it } from 'vitest';
import { checkGraphDir } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

const { check } = await checkGraphDir(corpusFixture);

describe('a commenter\'s words', () => {
  it('supports the writer\'s own words and cites the comment', async () => {
    const r = await check('Dilnoza R. wrote that Uzbekistan has a big year ahead.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.evidence.map((e) => e.text).join(' ')).toContain('Uzbekistan has a big year ahead');
  });

  it('refutes a named commenter by another commenter\'s comment', async () => {
    const r = await check('Marat K. wrote that Uzbekistan has a big year ahead.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.explanation).toContain('Dilnoza R.');
  });

  it('reads the words in another order, within one sentence of the comment', async () => {
    const moved = await check('Dilnoza R. expects Uzbekistan to have a big year.');
    expect(moved.verdict).toBe('SUPPORTED');
    expect(moved.explanation).toContain('in one sentence');
    // round 32 (precision32): his expectation beyond his own words is not on the page (own mis-06,
    // relabelled NOT_ENOUGH_INFO; "expect" is a belief-frame word); "wrote that" stays refuted (above)
    expect((await check('Marat K. expects Uzbekistan to have a big year.')).verdict).toBe('NOT_ENOUGH_INFO');
    // the two sentences of the comment ("..., so ...") are not one: no reading of both at once
    expect(await check('Dilnoza R. expects Uzbekistan to host the SCO summit this summer.').then((r) => r.verdict, () => 'UNREAD')).not.toBe('SUPPORTED');
  });

  it('keeps the claim\'s quantifiers and ordinals: a word the comment lacks is not said', async () => {
    const verdict = (c: string): Promise<string> => check(c).then((r) => r.verdict, () => 'UNREAD');
    // "last" for the comment's "first", "last" added, "few" for "big": each was SUPPORTED when
    // these words were dropped with the function words
    expect(await verdict('Marat K. wrote that the AIIB will approve its last loan to Kazakhstan before the end of 2016.')).not.toBe('SUPPORTED');
    expect(await verdict('Dilnoza R. wrote that Tashkent will host the last SCO summit this summer.')).not.toBe('SUPPORTED');
    expect(await verdict('The commenter on the Japan analysis thinks there are few opportunities for mutual cooperation.')).not.toBe('SUPPORTED');
    // an ordinal only the comment says narrows the claim, which says less: still its words
    expect(await verdict('Marat K. expects the AIIB to approve a loan to Kazakhstan before the end of 2016.')).toBe('SUPPORTED');
  });

  it('does not take words inside a sentence that wonders or hedges as said', async () => {
    // the comment: "I wonder, if after having explored the prospects in Africa, India would want
    // to follow in the footsteps of Japan and explore the CIS countries."
    const r = await check('A reader wrote that India would want to follow in the footsteps of Japan.').then((x) => x.verdict, () => 'UNREAD');
    expect(r).not.toBe('SUPPORTED');
    expect((await check('A reader wrote that a shared pie will be large enough for celebration.')).verdict).toBe('SUPPORTED');
  });
});

// round 27 (branch frames27): time and rank words are function words to the content match, yet
// they change what is said: "only after 2016" is not the comment's "before the end of 2016"
describe('a commenter\'s words: time and rank words (round 27)', () => {
  it('does not support a claim whose time words differ from the comment\'s', async () => {
    const after = await check('Marat K. said the AIIB will approve its first loan to Kazakhstan only after 2016.').then((r) => r.verdict, () => 'UNREAD');
    expect(after).not.toBe('SUPPORTED');
    const last = await check('Marat K. said the AIIB will approve its last loan to Kazakhstan before the end of 2016.').then((r) => r.verdict, () => 'UNREAD');
    expect(last).not.toBe('SUPPORTED');
  });

  it('reads a rank said in other words, and one the claim leaves out', async () => {
    expect((await check('Marat K. said the AIIB will approve its debut loan to Kazakhstan before the end of 2016.')).verdict).toBe('SUPPORTED');
    expect((await check('Marat K. wrote that the AIIB will approve its first loan to Kazakhstan before the end of 2016.')).verdict).toBe('SUPPORTED');
    // "by end-2016" is "before the end of 2016"
    expect((await check('Marat K. forecast that the AIIB\'s first loan would go to Kazakhstan by end-2016.')).verdict).toBe('SUPPORTED');
  });
});

// round 40 (misses32; users32 attribution-03 "The commenter on the Japan piece sees big opportunities
// for mutual cooperation"): "sees" reports what its source holds (lexicon cg:reportingVerb and
// cg:beliefFrameWord), with a noun phrase after it as "expects" takes one
describe('"S sees P": a view, read against the comment', () => {
  it('supports the writer\'s own words and holds another reader\'s as undecided', async () => {
    const verdict = (c: string): Promise<string> => check(c).then((r) => r.verdict, () => 'UNREAD');
    expect(await verdict('The commenter on the Japan piece sees big opportunities for mutual cooperation.')).toBe('SUPPORTED');
    expect(await verdict('Dilnoza R. sees a big year ahead for Uzbekistan.')).toBe('SUPPORTED');
    // a belief: another commenter's words do not refute it
    expect(await verdict('Marat K. sees a big year ahead for Uzbekistan.')).toBe('NOT_ENOUGH_INFO');
    // words the comment lacks are not its view
    expect(await verdict('Dilnoza R. sees a quiet year ahead for Uzbekistan.')).not.toBe('SUPPORTED');
    // no source, no frame: a state "sees" nothing said
    expect(await verdict('Japan sees big opportunities for mutual cooperation.')).not.toBe('SUPPORTED');
  });
});
