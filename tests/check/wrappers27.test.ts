/**
 * Round 27 (branch wrappers27): chat openers before a statement, search-box queries, a tagged
 * answer to "which came first", asides in parentheses giving values, "not only ..., he also" without
 * "but", and an object left out of a second clause ("B stayed out as well").
 */
import { describe, expect, it } from 'vitest';
import { peelSentenceShape } from '../../src/check/sentence-shapes.js';
import { searchQueryStatement } from '../../src/check/search-shapes.js';
import { whichCameFirst } from '../../src/check/questions.js';
import { joinRewrites } from '../../src/check/join-rewrites.js';
import { checkFixture } from '../helpers/check-fixture.js';

const { check, ctx } = checkFixture();

describe('a chat opener before a statement', () => {
  it('drops the opener and keeps the claim', () => {
    expect(peelSentenceShape('FYI - Freedonia is a member of the League')?.core).toBe('Freedonia is a member of the League.');
    expect(peelSentenceShape('wait, Sylvania never joined the League')?.core).toBe('Sylvania never joined the League.');
    expect(peelSentenceShape('so basically Freedonia is a member of the League')?.core).toBe('Freedonia is a member of the League.');
    expect(peelSentenceShape('wait, did sylvania really not join the league??')?.core).toBe('Did sylvania really not join the league?');
  });
  it('keeps a "now" opener (a time of the claim) and a word that is no opener', () => {
    expect(peelSentenceShape('Now Freedonia is a member of the League')).toBeUndefined();
    expect(peelSentenceShape('Freedonia is a member of the League')).toBeUndefined();
  });
  it('checks the claim inside, its "not" kept', async () => {
    expect((await check('FYI - Freedonia is a member of the League')).verdict).toBe('SUPPORTED');
    expect((await check('wait, did sylvania really not join the league??')).verdict).toBe('SUPPORTED');
    expect((await check('wait, did freedonia really not join the league??')).verdict).toBe('REFUTED');
  });
});

describe('search-box queries', () => {
  it('reads "X date = Y" as "X was on Y", an edge of a span as its start or end', () => {
    expect(searchQueryStatement('gala opening date = 3 may 2011?')?.core).toBe('The gala opening was on 3 may 2011.');
    expect(searchQueryStatement('date of the gala: May 3, 2011')?.core).toBe('The gala was on May 3, 2011.');
    expect(searchQueryStatement("rufus's tour end date = oct 28 2015")?.core).toBe("The end of rufus's tour was on oct 28 2015.");
  });
  it('reads "X = Y" as "X is Y"', () => {
    expect(searchQueryStatement('league president = rufus firefly?')?.core).toBe('The league president is rufus firefly.');
  });
  it('refuses a query with a "not", an "or", or a date noun without a date', () => {
    expect(searchQueryStatement('gala date = not 2011?')).toBeUndefined();
    expect(searchQueryStatement('gala date = 2011 or 2012?')).toBeUndefined();
    expect(searchQueryStatement('gala day: the first one')).toBeUndefined();
    expect(searchQueryStatement('Freedonia is a member of the League')).toBeUndefined();
  });
});

describe('"which came first, A or B? A, right?"', () => {
  it('drops the tag and takes a head word for the side it belongs to', () => {
    expect(whichCameFirst('which happened first — the gala or the regatta? the gala, right?')).toEqual(['the gala came before the regatta']);
    expect(whichCameFirst("which came first, rufus's spring tour or the regatta? the tour, right?")).toEqual(["rufus's spring tour came before the regatta"]);
    // a word of both sides names neither
    expect(whichCameFirst('which came first, the spring gala or the autumn gala? the gala')).toEqual([]);
  });
});

describe('asides and elided objects (join rewrites)', () => {
  const claims = (t: string) => joinRewrites(ctx, t).map((r) => r.claim);
  it('reads asides that give values as statements of the thing before them, in its modality', () => {
    expect(claims('The canal (approx. 900 km, est. cost US$5bn) will carry gas from Marsovia')).toContain(
      "The canal will be approx. 900 km long; The canal's est. cost will be US$5bn; The canal will carry gas from Marsovia");
    expect(claims('The Bank (authorised capital US$40bn) opened in Marsovia')).toContain("The Bank's authorised capital is US$40bn; The Bank opened in Marsovia");
  });
  it('never drops an aside it cannot read', () => {
    expect(claims('The canal (approx. 900 km, a Marsovian idea) will carry gas').some((c) => c.includes(';'))).toBe(false);
    expect(claims('The canal (US$5bn) will carry gas').some((c) => c.includes(';'))).toBe(false);
  });
  it('takes the object left out of "B V as well" from the first clause', () => {
    expect(claims('Sylvania stayed out of the League, and Ruritania stayed out as well')).toContain('Sylvania stayed out of the League, and Ruritania stayed out of the League');
    expect(claims('Neither Sylvania nor Ruritania joined the League, and Marsovia stayed out too')).toContain(
      'Neither Sylvania nor Ruritania joined the League, and Marsovia stayed out of the League');
  });
  it('reads "Not only did X V, he also W" without a "but"', () => {
    expect(claims('Not only did Rufus Firefly visit Sylvania, he also toured Marsovia')).toContain('Rufus Firefly visit Sylvania, and he toured Marsovia');
  });
  it('decides the elided object by the graph', async () => {
    expect((await check('Freedonia joined the League, and Sylvania joined as well')).verdict).toBe('REFUTED');
  });
});
