// A claim's stated time after every source's day (src/check/timeline.ts `sourcePredates`):
// users19 (round 26) found "In 2018 X was still running the bank" SUPPORTED by a source of 2016,
// and "By 2018, X had not joined" was SUPPORTED by a denial of 2016. A state may have changed
// after its source's day; a deed the source reports done stays done.
import { describe, expect, it } from 'vitest';
import { FIXTURE_ARTICLE, checkFixture } from '../helpers/check-fixture.js';

// the fixture article dated 1 May 2011: Freedonia is a member of the League, Sylvania is not,
// Rufus Firefly visited Sylvania in 2001
const { check } = checkFixture(`<${FIXTURE_ARTICLE}> schema:datePublished "2011-05-01"^^xsd:date .
cgc:freedonia.memberOf.league cg:statedIn <${FIXTURE_ARTICLE}> .
cgc:sylvania.memberOf.league.neg cg:statedIn <${FIXTURE_ARTICLE}> .
cgc:rufus.visited.sylvania.dddddd cg:statedIn <${FIXTURE_ARTICLE}> .`);
const verdict = async (text: string): Promise<string> => (await check(text)).verdict;

describe('a state at a time after every source', () => {
  it.each(['In 2018 Freedonia was still a member of the League', 'As of 2018, Freedonia is a member of the League',
    'In 2018 Freedonia was still not outside the League'])('is not supported: %s', async (text) => {
    expect(await verdict(text)).toBe('NOT_ENOUGH_INFO');
  });
  it.each(['In 2018 Sylvania was still not a member of the League', 'By 2018, Sylvania had not joined the League'])('is not supported by an older denial: %s', async (text) => {
    expect(await verdict(text)).toBe('NOT_ENOUGH_INFO');
  });
  it('is not refuted by an older denial', async () => {
    expect(await verdict('As of 2018, Sylvania is a member of the League')).toBe('NOT_ENOUGH_INFO');
  });
  it('is decided at a time the source reaches', async () => {
    expect(await verdict('As of 2011, Freedonia is a member of the League')).toBe('SUPPORTED');
    expect(await verdict('In 2011 Sylvania was still not a member of the League')).toBe('SUPPORTED');
  });
});

describe('a deed done by a time after every source', () => {
  it('stays done', async () => {
    expect(await verdict('As of 2018, Rufus Firefly had visited Sylvania')).toBe('SUPPORTED');
  });
});

describe('a state at a time between sources', () => {
  // a later article (saying nothing of these claims) puts 2018 between the sources
  const later = checkFixture(`<${FIXTURE_ARTICLE}> schema:datePublished "2011-05-01"^^xsd:date .
<https://w3id.org/claimgraph/article/later-article> schema:datePublished "2019-01-01"^^xsd:date .
cgc:freedonia.memberOf.league cg:statedIn <${FIXTURE_ARTICLE}> .`);
  it('holds from the source that states it (the timeline decides, as before)', async () => {
    expect((await later.check('In 2018 Freedonia was still a member of the League')).verdict).toBe('SUPPORTED');
  });
});
