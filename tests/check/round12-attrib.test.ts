// Round 12 (branch attrib): names, titles and appositions; reported speech and comments; article
// metadata phrasing; two trust items (how an office was obtained, "the bank's president"). Each
// `it` fails on the code before the round (main 1311810).
import { describe, expect, it } from 'vitest';
import { checkFixture, checkGraphDir, fixtureClaim, FIXTURE_ARTICLE, READER_FORECAST } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';
import { appositionAsOffice } from '../../src/check/apposition-office.js';
import { asOfficeParts } from '../../src/check/as-office.js';
import { previousAsLast } from '../../src/check/last-before.js';
import { readAttribution } from '../../src/check/attribution.js';
import { personNameReading } from '../../src/check/person-names.js';
import { tokenize } from '../../src/check/text.js';

// Gloria Teasdale holds the Acme Bank's presidency (how she came to it unsaid); Rufus Firefly was
// elected President of Freedonia; the fixture article states one reader comment, Zed Q.'s
const { ctx, check } = checkFixture(`
cgr:acme-president a cg:Office ; rdfs:label "President of the Acme Development Bank" ; cg:officeOf cgr:acme-bank ; cg:roleType "president" .
${fixtureClaim({ id: 'teasdale.holdsOffice.acme-president', s: 'cgr:teasdale', p: 'cg:holdsOffice', o: 'cgr:acme-president', sentence: 's020', asserted: true })}
${fixtureClaim({ id: 'rufus.holdsOffice.president-of-freedonia', s: 'cgr:rufus', p: 'cg:holdsOffice', o: 'cgr:president-of-freedonia', sentence: 's021', asserted: true, more: 'cg:officeObtainedBy "election"' })}
${fixtureClaim({ id: 'rufus.attended.gala', s: 'cgr:rufus', p: 'cg:attended', o: 'cgr:gala', sentence: 's022', asserted: true })}
<${FIXTURE_ARTICLE}> schema:commentCount 1 ; schema:comment <${FIXTURE_ARTICLE}/comment/1> .
${READER_FORECAST}
<${FIXTURE_ARTICLE}/comment/1> schema:text "Sylvania will join the League by 2016, so Marsovia has a quiet decade ahead." .
`);

describe('how an office was obtained (cg:officeObtainedBy)', () => {
  it('does not support "was elected / appointed / sworn in as" from holding the office', async () => {
    expect((await check('Gloria Teasdale was elected President of the Acme Development Bank.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check('Gloria Teasdale was appointed as President of the Acme Development Bank.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check('Gloria Teasdale was sworn in as President of the Acme Development Bank.')).verdict).toBe('NOT_ENOUGH_INFO');
    // holding it is still supported, and a source that says how supports the way
    expect((await check('Gloria Teasdale is President of the Acme Development Bank.')).verdict).toBe('SUPPORTED');
    expect((await check('Rufus Firefly was elected President of Freedonia.')).verdict).toBe('SUPPORTED');
    expect((await check('Rufus Firefly was chosen as President of Freedonia.')).verdict).toBe('SUPPORTED');
  });
});

describe('"the bank\'s president" with no bank named before it', () => {
  it('links to no one bank\'s office (the committed graph)', async () => {
    const corpus = await checkGraphDir(corpusFixture);
    // unread (as the batch counts it: NOT_ENOUGH_INFO), no longer REFUTED by the AIIB's office
    const verdict = (claim: string): Promise<string> => corpus.check(claim).then((r) => r.verdict, () => 'NOT_ENOUGH_INFO');
    expect(await verdict("Takehiko Nakao is the bank's president.")).toBe('NOT_ENOUGH_INFO');
    expect((await corpus.check("Japan continues to lead the ADB, and Takehiko Nakao is the bank's president.")).verdict).toBe('SUPPORTED');
  });
});

describe('reader comments: writers as subjects, and counts of people', () => {
  it('reads "X commented on <article>" from the comments the page counts and the graph holds', async () => {
    expect((await check('Zed Q. commented on the Fixture article.')).verdict).toBe('SUPPORTED');
    expect((await check('Zed Q. posted a comment on the Fixture article in May 2011.')).verdict).toBe('SUPPORTED');
    expect((await check('Zed Q. left a comment on the Fixture article in June 2011.')).verdict).toBe('REFUTED');
    expect((await check('Ann B. commented on the Fixture article.')).verdict).toBe('REFUTED');
    expect((await check('Zed Q. wrote the first comment on the Fixture article.')).verdict).toBe('SUPPORTED');
    // a person the graph knows otherwise may have commented elsewhere
    expect((await check('Gloria Teasdale commented on the Fixture article.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
  it('reads "two readers commented on <article>" as a number of people', async () => {
    expect((await check('Only one reader commented on the Fixture article.')).verdict).toBe('SUPPORTED');
    expect((await check('Two readers commented on the Fixture article.')).verdict).toBe('REFUTED');
  });
});

describe('reported speech', () => {
  it('reads "a reader named X" as that commenter', async () => {
    const r = await check('A reader named Zed Q. predicted that Sylvania would join the League by 2016.');
    expect(r.verdict).toBe('SUPPORTED');
    // a name no comment gives is no source: unread
    await expect(check('A commenter called Ann B. predicted that Sylvania would join the League by 2016.')).rejects.toThrow(/could not read/);
  });
  it('reads "the reader who commented on <article>" as a reader of that article', async () => {
    expect((await check('The reader who commented on the Fixture article predicted that Sylvania would join the League by 2016.')).verdict).toBe('SUPPORTED');
  });
  it('decides an unread inner claim by a commenter\'s own words', async () => {
    expect((await check('Zed Q. wrote that Marsovia has a quiet decade ahead.')).verdict).toBe('SUPPORTED');
    expect((await check('A reader said Marsovia has a quiet decade ahead.')).verdict).toBe('SUPPORTED');
  });
  it('reads "said X had approved" as the reported "has approved"', () => {
    expect(readAttribution(ctx, 'A reader said the League had already admitted Sylvania.')?.inner).toBe('League has already admitted Sylvania');
  });
});

describe('names and titles', () => {
  it('reads dotted initials as the initialism', () => {
    expect(tokenize('the A.I.I.B. and the U.N.', ctx.morph).map((t) => t.raw)).toEqual(['the', 'AIIB', 'and', 'the', 'UN']);
    expect(tokenize('S. Abe', ctx.morph).map((t) => t.raw)).toEqual(['S', 'Abe']);
  });
  it('reads a two-word name in the other order', () => {
    expect(personNameReading(ctx, tokenize('Firefly Rufus', ctx.morph), 0)).toEqual(['https://w3id.org/claimgraph/resource/rufus']);
    expect(personNameReading(ctx, tokenize('teasdale gloria', ctx.morph), 0)).toEqual(['https://w3id.org/claimgraph/resource/teasdale']);
  });
  it('reads an office in apposition as the office held at the deed\'s time', async () => {
    expect(appositionAsOffice(ctx, "Rufus Firefly, Freedonia's prime minister, visited Sylvania.")).toBe("Rufus Firefly visited Sylvania as Freedonia's prime minister");
    expect(appositionAsOffice(ctx, "Freedonia's prime minister, Rufus Firefly, visited Sylvania.")).toBe("Rufus Firefly visited Sylvania as Freedonia's prime minister");
    // a passive with its agent names another doer
    expect(appositionAsOffice(ctx, "Rufus Firefly, Freedonia's prime minister, was hosted by Gloria Teasdale.")).toBeUndefined();
  });
  it('refutes an apposition giving the doer an office of another state', async () => {
    // the President of Sylvania did not attend the Founders Gala, and Rufus Firefly did
    expect((await check("Rufus Firefly, Sylvania's president, attended the Founders Gala.")).verdict).toBe('REFUTED');
    expect((await check("Rufus Firefly, Freedonia's prime minister, visited Sylvania.")).verdict).toBe('SUPPORTED');
  });
  it('reads "the previous N to visit O was S, back in T" as the source\'s "last"', () => {
    expect(previousAsLast('The previous Freedonian prime minister to visit Sylvania was Firefly, back in 2001.'))
      .toBe('The last Freedonian prime minister to visit Sylvania was Firefly in 2001');
    expect(previousAsLast('Firefly visited Sylvania in the previous year.')).toBeUndefined();
  });
  it('does not take the agent of a passive as the doer of a deed done "as" an office', () => {
    expect(asOfficeParts("Sylvania was visited by Rufus Firefly as Freedonia's prime minister.")).toBeUndefined();
  });
});

describe('the kind of article a page labels itself', () => {
  it('supports "labelled as an analysis" from the article\'s type, and leaves another kind open', async () => {
    expect((await check('The Fixture article is labelled as an analysis.')).verdict).toBe('SUPPORTED');
    expect((await check('The Fixture article is billed as an opinion piece.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});
