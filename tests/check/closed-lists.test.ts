// Counts over a closed list (src/check/closed-lists.ts): a count refutes only over a set the
// graph closes, and the graph closes a list with a count claim (cg:guestCount, cg:launcherCount:
// sub-properties of cg:listedCount whose cg:countsSubjectsOf names the relation counted).
import { describe, expect, it } from 'vitest';
import { closedLists, countPhrase } from '../../src/check/closed-lists.js';
import { checkFixture } from '../helpers/check-fixture.js';

const claim = (id: string, s: string, p: string, o: string, sentence = 's001'): string => `
cgc:${id} a cg:Claim ; rdf:subject ${s} ; rdf:predicate cg:${p} ; rdf:object ${o} ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/${sentence}> .`;

// Rufus Firefly (Freedonia's prime minister) hosted the Founders Gala; his guests were
// Chicolini (Sylvania's president) and Ambassador Trentino (Marsovia's president); Freedonia and
// Sylvania launched the canal pipeline
const LISTED = `
cgr:chicolini a cg:Person ; rdfs:label "Chicolini" .
cgr:trentino a cg:Person ; rdfs:label "Ambassador Trentino" ; skos:altLabel "Trentino" .
cgr:president-of-marsovia a cg:Office ; rdfs:label "President of Marsovia" ; cg:officeOf cgr:marsovia ; cg:roleType "president" .
${claim('rufus.hostOf.gala', 'cgr:rufus', 'hostOf', 'cgr:gala')}
${claim('rufus.holdsOffice.pm', 'cgr:rufus', 'holdsOffice', 'cgr:pm-of-freedonia')}
${claim('chicolini.holdsOffice.president', 'cgr:chicolini', 'holdsOffice', 'cgr:president-of-sylvania')}
${claim('trentino.holdsOffice.president', 'cgr:trentino', 'holdsOffice', 'cgr:president-of-marsovia')}
${claim('chicolini.guestOf.gala', 'cgr:chicolini', 'guestOf', 'cgr:gala', 's002')}
${claim('trentino.guestOf.gala', 'cgr:trentino', 'guestOf', 'cgr:gala', 's002')}
${claim('chicolini.attended.gala', 'cgr:chicolini', 'attended', 'cgr:gala', 's002')}
${claim('trentino.attended.gala', 'cgr:trentino', 'attended', 'cgr:gala', 's002')}
${claim('freedonia.launched.canal', 'cgr:freedonia', 'launchedConstructionOf', 'cgr:canal', 's003')}
${claim('sylvania.launched.canal', 'cgr:sylvania', 'launchedConstructionOf', 'cgr:canal', 's003')}
`;
const COUNTS = `
${claim('gala.guestCount.2', 'cgr:gala', 'guestCount', '"2"^^xsd:nonNegativeInteger', 's002')}
${claim('canal.launcherCount.2', 'cgr:canal', 'launcherCount', '"2"^^xsd:nonNegativeInteger', 's003')}
`;
const closed = checkFixture(LISTED + COUNTS);
const open = checkFixture(LISTED);
// an unread claim (CHECK_UNINTERPRETABLE) decides nothing
const verdict = async (c: typeof closed, text: string): Promise<string> => (await c.check(text).catch(() => undefined))?.verdict ?? 'UNREAD';

describe('count phrases', () => {
  it('reads the number, its bound and the noun counted', () => {
    expect(countPhrase('The leaders of four states launched the canal.')).toMatchObject({ n: 4, bound: 'exact', noun: 'states', guests: false });
    // round 37: a named office is no count of its states
    expect(countPhrase('The presidents of four states launched the canal.')).toBeUndefined();
    expect(countPhrase('Heads of state of four nations launched the canal.')).toBeUndefined();
    expect(countPhrase('Rufus hosted a trio of visiting leaders.')).toMatchObject({ n: 3, bound: 'exact', noun: 'leaders', guests: true });
    expect(countPhrase('Rufus welcomed at least two foreign leaders.')).toMatchObject({ n: 2, bound: 'atLeast', foreign: true });
    expect(countPhrase('Rufus hosted several leaders.')?.bound).toBe('several');
  });
  it('leaves denials, partitives, "how many" and lists of names to other readers', () => {
    expect(countPhrase('Rufus did not host three leaders.')).toBeUndefined();
    expect(countPhrase('Three of the leaders attended the gala.')).toBeUndefined();
    expect(countPhrase('How many leaders did Rufus host?')).toBeUndefined();
    expect(countPhrase('Two states, Freedonia and Sylvania, launched the canal.')).toBeUndefined();
  });
});

describe('closed lists', () => {
  it('are the count claims whose relation the graph names that many subjects of', () => {
    const lists = closedLists(closed.ctx).map((l) => [l.object.split('/').pop(), l.size, l.members.size]);
    expect(lists).toEqual(expect.arrayContaining([['gala', 2, 2], ['canal', 2, 2]]));
    expect(closedLists(open.ctx)).toEqual([]);
  });
  it('decide a count of guests both ways, the arithmetic shown', async () => {
    const two = await closed.check('Rufus Firefly hosted two foreign leaders at the Founders Gala.');
    expect(two.verdict).toBe('SUPPORTED');
    expect(two.explanation).toMatch(/closed list.*2 is 2/);
    expect((await closed.check('Rufus Firefly hosted three foreign leaders at the Founders Gala.')).verdict).toBe('REFUTED');
    expect((await closed.check('Rufus Firefly hosted at least three visiting leaders at the Founders Gala.')).verdict).toBe('REFUTED');
    expect((await closed.check('Three foreign leaders attended the Founders Gala.')).verdict).toBe('REFUTED');
  });
  it('decide a count of the parties to a deed ("the leaders of N states")', async () => {
    expect((await closed.check('The leaders of two countries launched construction of the canal pipeline.')).verdict).toBe('SUPPORTED');
    expect((await closed.check('Leaders of three nations launched construction of the canal pipeline.')).verdict).toBe('REFUTED');
  });
  it('"several" is three or more: two is not decided', async () => {
    expect((await closed.check('Rufus Firefly hosted several foreign leaders at the Founders Gala.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
  it('do not count attendees as guests unless the claim says guests', async () => {
    // the host attended too: "two leaders attended" is not the guest list's count
    expect(await verdict(closed, 'Two leaders attended the Founders Gala.')).not.toBe('SUPPORTED');
  });
  it('without the count claim the list may be partial: no count is refuted', async () => {
    expect(await verdict(open, 'Rufus Firefly hosted three foreign leaders at the Founders Gala.')).not.toBe('REFUTED');
    expect(await verdict(open, 'Leaders of three nations launched construction of the canal pipeline.')).not.toBe('REFUTED');
  });
});
