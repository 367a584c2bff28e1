// Faults of issue 16 as the fact checker meets them on the three-article corpus fixture: a group
// claim's qualifiers of the whole do not date each member; "countries from X" names no member; a
// present-perfect denial holds before its article's date; evidence names its article and date.
import { describe, expect, it } from 'vitest';
import { checkGraphDir } from '../helpers/check-fixture.js';
import { corpusFixture } from '../helpers/cli.js';

const { check } = await checkGraphDir(corpusFixture);

describe('the fact checker on the corpus fixture', () => {
  it('the trip\'s dates (October 22-28, 2015) bound each country\'s visit but do not date it', async () => {
    // the example: each member used to get the whole trip's dates
    expect((await check('Abe visited Kazakhstan on October 22, 2015.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check('Abe visited Kazakhstan in 2015.')).verdict).toBe('SUPPORTED');
    // round 33 (fix26a): a visit may happen again, so another year is held, not refuted
    expect((await check('Abe visited Kazakhstan in 2014.')).verdict).toBe('NOT_ENOUGH_INFO');
    // the region-level visit does carry the dates
    expect((await check('Abe visited Central Asia from October 22 to October 28, 2015.')).verdict).toBe('SUPPORTED');
  });

  it('"countries from Central Asia ... accepting China\'s OBOR" says nothing of Turkmenistan', async () => {
    const r = await check('Turkmenistan accepted OBOR.');
    expect(r.verdict).toBe('NOT_ENOUGH_INFO');
    expect(r.evidence.filter((e) => e.stance === 'supports')).toEqual([]);
  });

  it('"Japan has not been active in the region" (before the article\'s date) does not refute that Japan is active', async () => {
    expect((await check('Japan is active in Central Asia.')).verdict).not.toBe('REFUTED');
  });

  it('evidence names its article and date: sentence ids repeat across articles', async () => {
    const r = await check('Japan is a member of the AIIB.');
    expect(r.verdict).toBe('REFUTED');
    expect(r.evidence[0]).toMatchObject({
      article: 'https://w3id.org/claimgraph/article/aiib-opens-beijing-2016', articleDate: '2016-01-16',
      sentenceIri: 'https://w3id.org/claimgraph/article/aiib-opens-beijing-2016/sentence/s011',
    });
  });

  it('"every" and "each" before a group in the singular stand for its members, like a plural', async () => {
    expect((await check('Every Central Asian republic is a member of the SCO.')).verdict).toBe('REFUTED');
    expect((await check('Each Central Asian republic except Turkmenistan is a member of the SCO.')).verdict).toBe('SUPPORTED');
    // the region itself, in the singular without "every", is no agent: no member reading (round 9:
    // the reading the types rule out is shown, never decided)
    const region = await check('Central Asia is a member of the SCO.');
    expect(region.verdict).toBe('NOT_ENOUGH_INFO');
    expect(region.reason).toBe('ill-typed');
  });

  it('an event named as the subject dates the claim ("China held the parade on ...")', async () => {
    expect((await check('China held a Victory Day Parade on September 3, 2015.')).verdict).toBe('SUPPORTED');
    expect((await check('China held the Victory Day Parade on September 4, 2015.')).verdict).toBe('REFUTED');
    // round 38 (fix30c, users30's F3): "a" parade of a recurring event on another day is another
    // occasion, which the source's one dated parade does not exclude
    expect((await check('China held a Victory Day Parade on September 4, 2015.')).verdict).toBe('NOT_ENOUGH_INFO');
  });

  it('an airport is the main airport of one country (owl:FunctionalProperty beside the inverse-functional)', async () => {
    expect((await check('Manas International Airport is Uzbekistan\'s main airport.')).verdict).toBe('REFUTED');
    expect((await check('Manas International Airport is Kyrgyzstan\'s main airport.')).verdict).toBe('SUPPORTED');
  });

  it('what a thing is designed to do is an expectation: it matches the source\'s "will carry up to"', async () => {
    expect((await check('The TAPI pipeline is designed to carry up to 33 bcm of gas a year.')).verdict).toBe('SUPPORTED');
    expect((await check('The TAPI pipeline is designed to carry up to 40 bcm of gas a year.')).verdict).toBe('REFUTED');
  });
});
