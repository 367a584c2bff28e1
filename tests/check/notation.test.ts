// Notations of amounts and dates (round 10, branch `notation`, issue 15): numbers in words beyond
// ninety-nine, "as much as", value verbs ("stands at", "totals"), an estimate said as an
// attribute's adjective, dotted dates, day/month pairs that read both ways, parts of a year.
// Each end-to-end `it` fails on the code before round 10 (the claims were unread); each has a side
// that must not be decided.
import { describe, expect, it } from 'vitest';
import { ambiguousDate, noneAsSome, notationRewrite, spelledNumbers, wordsValue, yearPart } from '../../src/check/notation.js';
import { checkFixture, checkGraphDir, fixtureClaim } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

const claim = (id: string, s: string, p: string, o: string, extra = '', modality = 'cg:Stated'): string =>
  fixtureClaim({ id, s, p, o, modality: modality.replace(/^cg:/, ''), more: `${extra} cg:statedIn cga:fixture-article` });

// the fixture plus: the Acme bank's authorised capital of USD 100 billion, opened on 2016-01-16;
// the gala held on 2015-12-25; the bank's charter in force from 2015-03-09; the canal's cost estimated at USD 250 million (an expectation)
const { check } = checkFixture(`
${claim('acme-bank.authorisedCapitalUSD', 'cgr:acme-bank', 'cg:authorisedCapitalUSD', '"100000000000"^^xsd:decimal')}
cgr:acme-bank cg:authorisedCapitalUSD "100000000000"^^xsd:decimal .
${claim('acme-bank.openedOn', 'cgr:acme-bank', 'cg:openedOn', '"2016-01-16"^^xsd:date')}
cgr:acme-bank cg:openedOn "2016-01-16"^^xsd:date .
${claim('gala.heldOn', 'cgr:gala', 'cg:heldOn', '"2015-12-25"^^xsd:date')}
cgr:gala cg:heldOn "2015-12-25"^^xsd:date .
cgr:acme-charter a cg:Agreement ; rdfs:label "Acme Development Bank Charter" .
${claim('acme-charter.enteredIntoForceOn', 'cgr:acme-charter', 'cg:enteredIntoForceOn', '"2015-03-09"^^xsd:date')}
cgr:acme-charter cg:enteredIntoForceOn "2015-03-09"^^xsd:date .
${claim('canal.estimatedCostUSD', 'cgr:canal', 'cg:estimatedCostUSD', '"250000000"^^xsd:decimal', '', 'cg:Expected')}
`);

describe('numbers in words (src/check/notation.ts)', () => {
  it('reads hundreds and thousands, and nothing that is no number', () => {
    expect(wordsValue('one hundred and five')).toBe(105);
    expect(wordsValue('eighteen hundred')).toBe(1800);
    expect(wordsValue('two thousand five hundred')).toBe(2500);
    expect(wordsValue('a hundred and fifty')).toBe(150);
    expect(wordsValue('thirty-three')).toBe(33);
    expect(wordsValue('five four')).toBeUndefined();
    expect(wordsValue('hundred one hundred')).toBeUndefined();
    expect(wordsValue('twenty thirty')).toBeUndefined();
  });
  it('writes a number in words as digits only when it is big or scaled', () => {
    expect(spelledNumbers('Freedonia lent one hundred and five million dollars.')).toBe('Freedonia lent 105 million dollars.');
    expect(spelledNumbers('It carries thirty-three billion cubic metres.')).toBe('It carries 33 billion cubic metres.');
    expect(spelledNumbers('It runs eighteen hundred kilometres.')).toBe('It runs 1800 kilometres.');
    // a small number, "one of", a lone article: left as they are (the parsers read them)
    expect(spelledNumbers('Two of the five states joined, one of them in a hurry.')).toBeUndefined();
    expect(spelledNumbers('Freedonia is one of the eighteen members.')).toBeUndefined();
  });
  it('decides a capital in words, with "stands at" and "totals"', async () => {
    expect((await check("The Acme Development Bank's authorised capital is a hundred billion dollars.")).verdict).toBe('SUPPORTED');
    expect((await check('The Acme Development Bank has an authorised capital of two hundred billion dollars.')).verdict).toBe('REFUTED');
    expect((await check("The Acme Development Bank's authorised capital stands at US$ 100 billion.")).verdict).toBe('SUPPORTED');
    expect((await check("The Acme Development Bank's authorised capital totals US$ 50 billion.")).verdict).toBe('REFUTED');
  });
});

describe('an estimate said as the attribute\'s adjective', () => {
  it('rewrites "X\'s projected cost is V" and "the expected cost of X is V" as an estimate', () => {
    expect(notationRewrite("The canal's projected cost is about $5bn.")).toBe("The canal's cost is estimated at about $5bn.");
    expect(notationRewrite('The expected cost of the canal is US$ 5 billion.')).toBe('The cost of the canal is estimated at US$ 5 billion.');
    // no value after it: not a value frame
    expect(notationRewrite("The canal's projected cost is a secret.")).toBeUndefined();
  });
  it('decides it against the expectation the source states', async () => {
    expect((await check("The Freedonia canal pipeline's estimated cost is US$ 250 million.")).verdict).toBe('SUPPORTED');
    expect((await check("The Freedonia canal pipeline's projected cost is two hundred million dollars.")).verdict).toBe('REFUTED');
  });
});

describe('numeric dates', () => {
  it('reads a dotted date that has one reading, and leaves a two-way one to both readings', () => {
    expect(notationRewrite('The bank opened on 16.01.2016.')).toBe('The bank opened on January 16, 2016.');
    // the count said as the possessor of the leaders (round 23): the same states
    expect(notationRewrite("Four states' leaders launched the canal.")).toBe('Four states launched the canal.');
    expect(notationRewrite("At least two states' delegations launched the canal.")).toBe('At least two states launched the canal.');
    // round 37 (users30 F12): a named office is not its states (another office may have acted)
    expect(notationRewrite("At least two states' presidents launched the canal.")).toBeUndefined();
    expect(notationRewrite('The bank opened on 2016.01.16.')).toBe('The bank opened on January 16, 2016.');
    expect(notationRewrite('The bank opened on 06.01.2016.')).toBeUndefined();
    // round 35: a range of days before its month and year: the number after the range is the month
    expect(notationRewrite('Rufus toured Sylvania on 22-28/10/2015.')).toBe('Rufus toured Sylvania on October 22-28, 2015.');
    expect(notationRewrite('Rufus toured Sylvania on 2-8.5.2011.')).toBe('Rufus toured Sylvania on May 2-8, 2011.');
    expect(notationRewrite('Rufus toured Sylvania on 28-22/10/2015.')).toBeUndefined();
    const r = ambiguousDate('The bank opened on 9/3/2016.');
    expect(r?.dayFirst.claim).toBe('The bank opened on March 9, 2016.');
    expect(r?.monthFirst.claim).toBe('The bank opened on September 3, 2016.');
    expect(ambiguousDate('The bank opened on 16/1/2016.')).toBeUndefined();
  });
  it('decides a two-way date only when both readings agree, and shows both', async () => {
    expect((await check('The Acme Development Bank opened on 16.01.2016.')).verdict).toBe('SUPPORTED');
    const wrong = await check('The Acme Development Bank opened on 6/1/2016.');
    expect(wrong.verdict).toBe('REFUTED');
    // 12/10/2015 is October 12 or December 10: neither is the gala's day
    expect((await check('The Founders Gala was held on 12/10/2015.')).verdict).toBe('REFUTED');
    // 9/3/2015 is March 9 (day first: the charter's day) or September 3 (month first): undecided
    const open = await check('The Acme Development Bank Charter entered into force on 9/3/2015.');
    expect(open.verdict).toBe('NOT_ENOUGH_INFO');
    expect(open.explanation).toContain('March 9, 2015 read day first, September 3, 2015 read month first');
    expect((await check('The Acme Development Bank Charter entered into force on 9.3.2015.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});

// round 36 (branch compare36): "on Sun 13/12/15" (u28-time-06) was unread: a two-digit year, and
// a weekday cut short before a numeric date
describe('a numeric date with a two-digit year, and a weekday before a numeric date', () => {
  it('writes the year with its century and the weekday before a date of one reading as words', () => {
    expect(notationRewrite('The gala was held on 25/12/15.')).toBe('The gala was held on 25/12/2015.');
    expect(notationRewrite('The gala was held on Fri 25/12/15.')).toBe('The gala was held on Friday, December 25, 2015.');
    expect(notationRewrite('The gala was held on Thurs. 12/25/2015.')).toBe('The gala was held on Thursday, December 25, 2015.');
    // either way round: the year only (src/check/notation.ts ambiguousDate reads both orders)
    expect(notationRewrite('The bank opened on Sat 1/2/16.')).toBe('The bank opened on Sat 1/2/2016.');
    // no month in either place, or more digits: not a date
    expect(notationRewrite('The score was 13/14/15.')).toBeUndefined();
    expect(notationRewrite('The code is 1/2/345.')).toBeUndefined();
  });
  it('decides the date and checks the weekday by the calendar', async () => {
    expect((await check('The gala was held on Fri 25/12/15.')).verdict).toBe('SUPPORTED');
    // 2015-12-25 was a Friday, not a Saturday
    expect((await check('The gala was held on Sat 25/12/15.')).verdict).toBe('REFUTED');
    expect((await check('The gala was held on 26/12/15.')).verdict).toBe('REFUTED');
    expect((await check('The Acme Development Bank opened on 16.1.16.')).verdict).toBe('SUPPORTED');
  });
});

// round 36 (branch compare36): "less than 2,000 kilometres but more than 1,500" (u28-comparisons-06):
// the second bound had no unit, so its part did not read
describe('a second bound without the first one\'s unit', () => {
  it('says the unit again after the second number', () => {
    expect(notationRewrite('The canal will run less than 200 km but more than 50.')).toBe('The canal will run less than 200 km but more than 50 km.');
    expect(notationRewrite('The canal is over 50 kilometres long and under 200.')).toBe('The canal is over 50 kilometres long and under 200 kilometres long.');
    // a unit after the second number already, or no unit after the first: left alone
    expect(notationRewrite('The canal will run less than 200 km but more than 50 miles.')).toBeUndefined();
    expect(notationRewrite('The canal costs less than 200 but more than 50.')).toBeUndefined();
  });
});

describe('parts of a year', () => {
  it('says the claim once per month of the part', () => {
    const r = yearPart('The canal opened in mid-2015.');
    expect(r?.support.map((s) => s.month)).toEqual(['May 2015', 'June 2015', 'July 2015', 'August 2015']);
    expect(r?.refute.length).toBe(6);
    expect(r?.support[0]!.claim).toBe('The canal opened in May 2015.');
    expect(yearPart('The canal opened in 2015.')).toBeUndefined();
    // "for" is kept before the month it stands for (round 17): "scheduled for May 2016"
    expect(yearPart('The gala is scheduled for mid-2016.')?.support[0]!.claim).toBe('The gala is scheduled for May 2016.');
  });
  it('supports a part holding the day, refutes one whose wider window the graph rules out', async () => {
    expect((await check('The Founders Gala was held in late 2015.')).verdict).toBe('SUPPORTED');
    expect((await check('The Founders Gala was held in early 2015.')).verdict).toBe('REFUTED');
    expect((await check('The Acme Development Bank Charter entered into force in the first half of 2015.')).verdict).toBe('SUPPORTED');
    // "late 2015" is September to December, its wider window July to December: March 9 is outside
    expect((await check('The Acme Development Bank Charter entered into force in late 2015.')).verdict).toBe('REFUTED');
  });
  // round 37 (branch fix30, users30's F6): the denial of a part of a year was SUPPORTED by one month's
  // denial ("not in September") of an event the graph dates in that part (December)
  it('reads a denial of a part as the denial of every month of it', async () => {
    expect((await check('The Founders Gala was not held in late 2015.')).verdict).toBe('REFUTED');
    expect((await check('It is not the case that the Founders Gala was held in late 2015.')).verdict).toBe('REFUTED');
    expect((await check('The Founders Gala was not held in early 2015.')).verdict).not.toBe('REFUTED');
  });
});

describe('a part of a year after "since", or said before "in" (round 39, users31 time-05)', async () => {
  const graph = await checkGraphDir(corpusFixture);
  it('keeps "since" before the month it stands for, and reads "late in 2009" as "late 2009"', () => {
    expect(yearPart('The canal has been in operation since late 2009.')?.support[0]!.claim).toBe('The canal has been in operation since September 2009.');
    expect(yearPart('The canal opened late in 2009.')?.support.map((s) => s.month)).toEqual(['September 2009', 'October 2009', 'November 2009', 'December 2009']);
  });
  it('decides "in operation since late 2009" by the month the thing started (the pipeline: December 2009)', async () => {
    expect((await graph.check('The Central Asia-China gas pipeline has been in operation since late 2009.')).verdict).toBe('SUPPORTED');
    expect((await graph.check('The Central Asia-China gas pipeline has been in operation since mid-2009.')).verdict).toBe('REFUTED');
  });
});

describe('"none of the G" and "no G" as the denial of "some G"', () => {
  it('says the claim with "some", and leaves other openings alone', () => {
    expect(noneAsSome('None of the Ruritanian states belongs to the League.')).toBe('Some Ruritanian states belongs to the League.');
    expect(noneAsSome('No Ruritanian state is a member of the League.')).toBe('Some Ruritanian states are a member of the League.');
    expect(noneAsSome('No, Freedonia is not a member.')).toBeUndefined();
    expect(noneAsSome('Freedonia signed none of the deals.')).toBeUndefined();
  });
  it('refutes "none" when some member is, and decides nothing the "some" reading leaves open', async () => {
    const r = await check('None of the Ruritanian states belongs to the League.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.explanation).toContain('Read as the denial of');
    expect((await check('No Ruritanian state belongs to the League.')).verdict).toBe('REFUTED');
  });
});

describe('"annually", "per annum", "yearly" as "a year"', () => {
  it('rewrites them', () => {
    expect(notationRewrite('The pipeline will carry 5 billion cubic metres of gas annually.')).toBe('The pipeline will carry 5 billion cubic metres of gas a year.');
  });
});

describe('a state lasting up to a dated event (src/check/spans.ts)', () => {
  it('reads "S had been in force for N when C" and "At C, S had been ... for N" as a span', async () => {
    const r = await check('The Acme Development Bank Charter had been in force for about ten months when the Acme Development Bank opened.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toContain('2015-03-09 to 2016-01-16');
    expect((await check('The Acme Development Bank Charter had been in force for more than a year when the Acme Development Bank opened.')).verdict).toBe('REFUTED');
    expect((await check('When the Acme Development Bank opened, the Acme Development Bank Charter had been in force for more than a year.')).verdict).toBe('REFUTED');
    expect((await check('At the Founders Gala the Acme Development Bank Charter had been in force for about ten months.')).verdict).toBe('SUPPORTED');
  });
  it('leaves a state whose start is not the thing\'s one date unread', async () => {
    await expect(check('The Acme Development Bank Charter had been famous for ten months when the Acme Development Bank opened.')).rejects.toThrow();
  });
});

describe('"up to N" and "as much as N" state the figure (committed graph: TAPI carries up to 33 bcm a year)', async () => {
  const graph = await checkGraphDir(corpusFixture);
  it('refutes a larger maximum in a pattern without "up to" (was SUPPORTED as a bound 33 satisfies)', async () => {
    expect((await graph.check('TAPI will transport up to 43 billion cubic metres of gas a year.')).verdict).toBe('REFUTED');
    expect((await graph.check('TAPI will transport as much as 43 billion cubic metres of gas annually.')).verdict).toBe('REFUTED');
    expect((await graph.check('TAPI will transport up to 33 billion cubic metres of gas a year.')).verdict).toBe('SUPPORTED');
  });
});

describe('a count of a class as the subject (the curated corpus fixture: four states launched TAPI\'s construction)', async () => {
  const graph = await checkGraphDir(corpusFixture);
  it('supports a bound the graph count meets ("at least", "more than"), with "leaders of" read as the states', async () => {
    const r = await graph.check('Leaders of at least four countries launched construction of the TAPI pipeline.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toMatch(/read as a count/i);
    expect((await graph.check('At least three countries launched construction of the TAPI pipeline.')).verdict).toBe('SUPPORTED');
    expect((await graph.check('More than three countries launched construction of the TAPI pipeline.')).verdict).toBe('SUPPORTED');
    expect((await graph.check("At least four countries' leaders launched construction of the TAPI pipeline.")).verdict).toBe('SUPPORTED');
  });
  // The curated corpus closes this list (cg:launcherCount 4: "Leaders of Turkmenistan, Afghanistan,
  // Pakistan and India launched construction"), so a bare number is decided over it; over an open
  // list (the graph names some members, not how many) it never is: tests/check/closed-lists.test.ts.
  it('decides a bare number over the closed list the corpus curates: the four launchers, all named', async () => {
    const r = await graph.check('Leaders of four countries launched construction of the TAPI pipeline.');
    expect(r.verdict).toBe('SUPPORTED');
    expect(r.explanation).toContain('closed list');
  });
  it('refutes another count over that closed list, with the arithmetic', async () => {
    const r = await graph.check('Six countries launched construction of the TAPI pipeline.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.explanation).toContain('exactly 6');
  });
});
