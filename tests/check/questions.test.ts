// Questions read as the statement they ask (src/check/questions.ts, reader `question`): an
// inverted auxiliary ("Was India represented by ...?") and a wh- question naming its candidate
// ("Who leads the ADB — Japan?") were unread or read as junk ("Who's job title is president").
import { describe, expect, it } from 'vitest';
import { howStatements, invertedStatements, whCandidateStatements, whichCameFirst } from '../../src/check/questions.js';
import { checkGraphDir } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

const { check } = await checkGraphDir(corpusFixture);

describe('questions as statements', () => {
  it('puts the auxiliary after each place the subject may end', () => {
    expect(invertedStatements('Was the canal opened by Rufus Firefly?')).toContain('the canal was opened by Rufus Firefly');
    expect(invertedStatements('Will the Acme Bank lend to Freedonia?')).toContain('the Acme Bank will lend to Freedonia');
    expect(invertedStatements('The canal was opened.')).toEqual([]);
  });
  it('puts a wh- question\'s candidate in the wh-word\'s place', () => {
    expect(whCandidateStatements('Who leads the League — Freedonia?')).toEqual(['Freedonia leads the League']);
    expect(whCandidateStatements('Which country did not join the League, Sylvania?')).toEqual(['Sylvania did not join the League']);
    expect(whCandidateStatements('Which bank did Rufus join — the Acme Bank?')).toEqual(['Rufus join the Acme Bank']);
    expect(whCandidateStatements('Who is the president of the League — Rufus?')).toEqual(['Rufus is the president of the League', 'the president of the League is Rufus']);
    // a choice between candidates asks which, not whether
    expect(whCandidateStatements('Who leads the League — Freedonia or Sylvania?')).toEqual([]);
  });
  it('decides an inverted question as its statement', async () => {
    expect((await check('Will India and Pakistan sign their memoranda of obligations at the Tashkent summit?')).verdict).toBe('SUPPORTED');
  });
  it('decides a wh- question with a candidate, and never refutes a relation with several values', async () => {
    expect((await check('Who leads the Asian Development Bank — Japan?')).verdict).toBe('SUPPORTED');
    expect((await check('Which country did not join the AIIB — Turkmenistan?')).verdict).toBe('SUPPORTED');
    expect((await check('Who is the president of the AIIB — Takehiko Nakao?')).verdict).toBe('REFUTED');
    // an event may have several hosts: another is not refuted, unless the source names it a guest
    // (round 11: cg:guestOf is disjoint with cg:hostOf); a country as host is where the event took
    // place (round 28, lexicon cg:venueHostVerb): one held in another country refutes it
    expect((await check('Who hosted the TAPI groundbreaking ceremony — India?')).verdict).toBe('REFUTED');
    expect((await check('Who hosted the TAPI groundbreaking ceremony — the Energy Bureau?')).verdict).not.toBe('REFUTED');
    expect((await check('Who hosted the TAPI groundbreaking ceremony — Ashraf Ghani?')).verdict).toBe('REFUTED');
  });
});

describe('a candidate with a thousands comma (round 20)', () => {
  it('keeps "1,800" whole after a colon or comma', () => {
    expect(whCandidateStatements('How long will the canal be: about 1,800 kilometres?')).toContain('the canal will be about 1,800 kilometres long');
    expect(whCandidateStatements('How much will the canal cost, about US$ 1,500 million?')).toContain('the canal will cost about US$ 1,500 million');
    expect(whCandidateStatements('Who leads the League, Freedonia?')).toEqual(['Freedonia leads the League']);
  });
});

describe('where / when questions with a candidate', () => {
  it('put the candidate as the place or time after the statement', () => {
    expect(whCandidateStatements('When did the League open — May 2011?')).toEqual(['the League open in May 2011']);
    expect(whCandidateStatements('Where is the League based, Gala City?')).toContain('the League is based in Gala City');
    expect(whCandidateStatements('When was the League opened — on May 3, 2011?')).toContain('the League was opened on May 3, 2011');
    expect(whCandidateStatements('Where is the League based — Gala City or Metro?')).toEqual([]);
  });
  it('decide the question as its statement', async () => {
    expect((await check('Where is the ADB based — Manila?')).verdict).toBe('SUPPORTED');
    expect((await check('When did the AIIB open, in 2015?')).verdict).toBe('REFUTED');
  });
});

describe('"which came first, A or B? A." (round 26)', () => {
  it('puts the answer before (first, earlier) or after (later, last) the other side', () => {
    expect(whichCameFirst('Which came first, the gala or the regatta? The gala.')).toEqual(['The gala came before the regatta']);
    expect(whichCameFirst('Which happened later: the gala or the parade? The gala.')).toEqual(['The gala came after the parade']);
    // an answer that is neither side, or no answer: no statement
    expect(whichCameFirst('Which came first, the gala or the parade? The summit.')).toEqual([]);
    expect(whichCameFirst('Which came first, the gala or the parade?')).toBeUndefined();
  });
  it('decides the order the graph dates', async () => {
    expect((await check("Which came first, the TAPI groundbreaking or the AIIB's opening? The TAPI groundbreaking.")).verdict).toBe('SUPPORTED');
    expect((await check("Which came first, the TAPI groundbreaking or the AIIB's opening? The AIIB's opening.")).verdict).toBe('REFUTED');
  });
});

describe('"How much did X V to Y - V?" (round 35): the amount before the recipient', () => {
  it('also asks the do-question with the amount as the verb\'s object', () => {
    expect(howStatements('much', 'did Freedonia provide to Grand Fenwick', 'US$ 2 million')).toEqual(['Freedonia provide to Grand Fenwick US$ 2 million', 'Did Freedonia provide US$ 2 million to Grand Fenwick?']);
    expect(howStatements('much', 'did Freedonia provide', 'US$ 2 million')).toEqual(['Freedonia provide US$ 2 million']);
  });
});
