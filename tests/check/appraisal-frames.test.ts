// Frames of appraisal (round 26, branch frames26): "S calls X a Y" and "S: P" as frames
// (src/check/appraisal-frames.ts), and the author's appraisal with modifiers the claim leaves out,
// said in the passive of a verb of seeing, or with "these N" (src/check/author-words.ts).
import { describe, expect, it } from 'vitest';
import { colonSays, namedAs } from '../../src/check/appraisal-frames.js';
import { appraisalHeld, authorWords } from '../../src/check/author-words.js';
import { checkFixture, FIXTURE_ARTICLE } from '../helpers/check-fixture.js';

const ART = FIXTURE_ARTICLE;
const body = (n: number, text: string): string =>
  `<${ART}/sentence/s0${n}> a nif:Sentence ; nif:anchorOf "${text}" ; cg:inSegment <${ART}/segment/05> .`;
const { ctx, check } = checkFixture(`
cga:fixture-article schema:author cgr:rufus .
${body(81, "Firefly's long-awaited tour of three river towns should be seen as a bold attempt to break with the past and bring more trade.")}
${body(82, 'The newly found interest of Grand Fenwick in the Sylvanian market is a ray of hope for these traders that still lack credit.')}
${body(83, 'Marsovia has been a major beneficiary of its long river border.')}
${body(84, "The first loan of the League to the valley is a small step for the region.")}
${body(85, 'Clearly, Marsovia has not always been a quiet neighbour of the League.')}
`);
const author = { kind: 'author' } as const;
const said = (t: string): string | undefined => authorWords(ctx, author, t)?.evaluation.verdict;

describe('naming verbs with two objects and a colon as frames', () => {
  it('reads "S calls X a Y" as "S says that X is a Y"', () => {
    expect(namedAs(ctx, 'Ann Author calls the canal a lifeline for the region')).toBe('Ann Author says that the canal is a lifeline for the region');
    expect(namedAs(ctx, "Ann Author dubbed Sylvania's plan the boldest move of the year")).toBe("Ann Author said that Sylvania's plan is the boldest move of the year");
    expect(namedAs(ctx, 'Ann Author labels the banks a risk')).toBe('Ann Author says that the banks are a risk');
  });

  it('leaves other senses of the verb as written', () => {
    for (const t of ['Ann Author called on Sylvania to build a canal', 'Ann Author called for a canal in the region',
      'Ann Author considered joining a bank', 'Ann Author called Sylvania to ask for a loan', 'Ann Author considers that the canal is a lifeline']) {
      expect(namedAs(ctx, t)).toBe(t);
    }
  });

  it('reads "S: P" after a short name, and nothing else', () => {
    expect(colonSays('Ann Author: the canal is a lifeline')).toBe('Ann Author says the canal is a lifeline');
    expect(colonSays("Sylvania's package for Marsovia: 12.7bn yen")).toBe("Sylvania's package for Marsovia: 12.7bn yen");
    expect(colonSays('The long report of the year on the canal and its cost: it is high')).toBe('The long report of the year on the canal and its cost: it is high');
  });
});

describe("the author's appraisal said otherwise", () => {
  it('supports a subject without the modifiers the author adds, and "should be seen as" for "is" or "was"', () => {
    expect(said("Firefly's tour should be seen as a bold attempt to break with the past")).toBe('SUPPORTED');
    expect(said("Firefly's tour was a bold attempt to break with the past")).toBe('SUPPORTED');
    expect(said("Firefly's tour is a bold attempt to break with the past")).toBe('SUPPORTED');
  });

  it('reads "these N" as the N the claim names with words the sentence said before it', () => {
    expect(said('The interest of Grand Fenwick in the market is a ray of hope for these traders')).toBe('SUPPORTED');
    expect(said('The interest of Grand Fenwick in the Sylvanian market is a ray of hope for Sylvanian traders')).toBe('SUPPORTED');
    // "Marsovian" is not in the sentence: "these traders" may not be theirs
    expect(said('The interest of Grand Fenwick in the market is a ray of hope for Marsovian traders')).toBeUndefined();
  });

  it('reads "has been" as "is", and never drops a word that changes the thing', () => {
    expect(said('Marsovia is a major beneficiary of its long river border')).toBe('SUPPORTED');
    // "first" is no modifier to leave out: the League's loan is not its first loan
    expect(said('The loan of the League to the valley is a small step for the region')).toBeUndefined();
    // "not always" is no "not"
    expect(said('Marsovia has not been a quiet neighbour of the League')).toBeUndefined();
  });

  it("holds an appraisal of the same subject in other words, and nothing of another subject", () => {
    expect(appraisalHeld(ctx, author, "Firefly's tour was a failure")?.evaluation.verdict).toBe('NOT_ENOUGH_INFO');
    expect(appraisalHeld(ctx, author, "Firefly's tour was a failure")?.evaluation.bearings[0]?.stance).toBe('related');
    expect(appraisalHeld(ctx, author, 'The canal of Zenda is a failure')).toBeUndefined();
    expect(appraisalHeld(ctx, author, "Firefly's tour was not a failure")).toBeUndefined();
    expect(appraisalHeld(ctx, { kind: 'reader' }, "Firefly's tour was a failure")).toBeUndefined();
  });

  it('decides the whole claim through the frames', async () => {
    const verdict = (text: string): Promise<string> => check(text).then((r) => r.verdict, () => 'unread');
    expect(await verdict("Rufus Firefly calls Firefly's tour a bold attempt to break with the past.")).toBe('SUPPORTED');
    expect(await verdict("Rufus Firefly hails Firefly's tour as a bold attempt to break with the past.")).toBe('SUPPORTED');
    expect(await verdict("In Rufus Firefly's telling, Firefly's tour was a bold attempt to break with the past.")).toBe('SUPPORTED');
    expect(await verdict("Rufus Firefly: Firefly's tour was a bold attempt to break with the past.")).toBe('SUPPORTED');
    expect(await verdict("Rufus Firefly brands Firefly's tour as a failure.")).toBe('NOT_ENOUGH_INFO');
    // the title reader reads "calls" loosely: the article appraising a thing is read first
    expect(await verdict("The article calls Firefly's tour a bold attempt to break with the past.")).toBe('SUPPORTED');
  });
});
