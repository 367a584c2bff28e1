// Round 41 (branch misses41): lexicon entries only (ontology/lexicon.ttl) for held-out misses of
// synonyms and numbers: an office "won" in an election or a vote "lost" for it (cg:idiom), a length
// before its noun without a hyphen ("a 1,800 km pipeline", cg:lengthKm), the recogniser before the
// participle ("League-recognised", cg:recognisedBy), enlisting as a founder (joining as one) and
// boycotting an event (staying away from it, only a refutation deciding). Each was unread without its entry. Fixture
// graph, fictional entities.
import { describe, expect, it } from 'vitest';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';

const claim = (id: string, s: string, p: string, o: string, extra = ''): string =>
  fixtureClaim({ id: `t41.${id}`, s: `cgr:${s}`, p: `cg:${p}`, o, more: extra });
// the fixture plus: Rufus Firefly elected Sylvania's first president; the canal 1,800 km long;
// neutrality recognised by the League on 12 December 1995
const { check } = checkFixture([
  claim('rufus.president', 'rufus', 'holdsOffice', 'cgr:president-of-sylvania', '; cg:officeOrdinal "1"^^xsd:positiveInteger ; cg:officeObtainedBy "election" '),
  claim('canal.length', 'canal', 'lengthKm', '"1800"^^xsd:decimal'),
  'cgr:duct a cg:Pipeline ; rdfs:label "Marsovia duct" .',
  claim('neutrality.recognised', 'neutrality', 'recognisedBy', 'cgr:league', '; cg:date "1995-12-12"^^xsd:date '),
  claim('rufus.attended.gala', 'rufus', 'attended', 'cgr:gala'),
  claim('freedonia.founded.league', 'freedonia', 'foundingMemberOf', 'cgr:league'),
].join('\n'));
const verdict = (s: string): Promise<string> => check(s).then((r) => r.verdict, () => 'UNREAD');

describe('an office won in an election, or a vote lost for it', () => {
  it('reads "won election as" as "was elected as"', async () => {
    expect(await verdict("Rufus Firefly won election as Sylvania's first president.")).toBe('SUPPORTED');
    expect(await verdict("Rufus Firefly won the election as Sylvania's first president.")).toBe('SUPPORTED');
    expect(await verdict("Gloria Teasdale won election as Sylvania's first president.")).not.toBe('SUPPORTED');
  });
  it('reads "lost the vote for" as "was not elected", which only a refutation decides', async () => {
    expect(await verdict("Rufus Firefly lost the vote for Sylvania's first president.")).toBe('REFUTED');
    expect(await verdict("Rufus Firefly lost the election for Sylvania's first president.")).toBe('REFUTED');
    // another person not elected is true of the graph, but losing says they ran: never supported
    expect(await verdict("Gloria Teasdale lost the vote for Sylvania's first president.")).toBe('NOT_ENOUGH_INFO');
  });
});

describe('a length before its noun without a hyphen', () => {
  it('is the length of the line, decided by the graph\'s length', async () => {
    expect(await verdict('The canal pipeline is a 1,800 km pipeline.')).toBe('SUPPORTED');
    expect(await verdict('The canal pipeline is a 900 kilometre pipeline.')).toBe('REFUTED');
    expect(await verdict('The Marsovia duct is a 1,800 km pipeline.')).toBe('NOT_ENOUGH_INFO');
  });
});

describe('the recogniser before the participle', () => {
  it('is "recognised by" it', async () => {
    expect(await verdict('Neutrality was League-recognised on 12 December 1995.')).toBe('SUPPORTED');
    expect(await verdict('Neutrality is Sylvania-recognised.')).toBe('NOT_ENOUGH_INFO');
  });
});

describe('enlisting as a founder, boycotting an event', () => {
  it('reads "enlisted as one of Y\'s founders" as joining as one', async () => {
    expect(await verdict("Freedonia enlisted as one of the League's founders.")).toBe('SUPPORTED');
    expect(await verdict('Freedonia enlisted as a founding member of the League.')).toBe('SUPPORTED');
    // Sylvania's membership of the League is denied
    expect(await verdict("Sylvania enlisted as one of the League's founders.")).toBe('REFUTED');
  });
  it('reads "boycotted E" as staying away from it, which only a refutation decides', async () => {
    expect(await verdict('Rufus Firefly boycotted the Founders Gala.')).toBe('REFUTED');
    expect(await verdict('Rufus Firefly snubbed the Founders Gala.')).toBe('REFUTED');
    // the President of Sylvania did not attend: a boycott says why, which no source says
    expect(await verdict('The President of Sylvania boycotted the Founders Gala.')).toBe('NOT_ENOUGH_INFO');
  });
});
