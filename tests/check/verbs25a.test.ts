// Round 25 (branch verbs25a): the families of words for events and deeds, enumerated: receiving a
// guest (lexicon cg:receivingVerb: "entertained", "rolled out the red carpet for"), "was host to",
// guests said in an absolute clause ("with Y among his guests"), being there and staying away ("on
// hand at", "a no-show at", "gave E a miss"), speaking ("took the podium at"), opening ("debuted",
// "opened shop"), entry into force ("kicked in", "became binding"), a trip's stops and end, and
// breaking ground ("laid the foundation stone of").
import { describe, expect, it } from 'vitest';
import { eventWhereRewrite } from '../../src/check/event-where.js';
import { guestsAbsolute, HOST_GUEST_NEEDS, readHostGuest } from '../../src/check/host-guest.js';
import { checkFixture, fixtureClaim } from '../helpers/check-fixture.js';

const CG = 'https://w3id.org/claimgraph/ontology#';

// the fixture plus Rufus Firefly hosting the Founders Gala with Gloria Teasdale his guest, a speech
// of his there, the bank's opening day, a charter's entry into force and the canal's groundbreaking
const { ctx, check } = checkFixture([
  fixtureClaim({ id: 'rufus.hostOf.gala', s: 'cgr:rufus', p: 'cg:hostOf', o: 'cgr:gala', asserted: true }),
  fixtureClaim({ id: 'teasdale.attended.gala', s: 'cgr:teasdale', p: 'cg:attended', o: 'cgr:gala', asserted: true }),
  fixtureClaim({ id: 'teasdale.guestOf.gala', s: 'cgr:teasdale', p: 'cg:guestOf', o: 'cgr:gala', asserted: true }),
  fixtureClaim({ id: 'rufus.spokeAt.gala', s: 'cgr:rufus', p: 'cg:spokeAt', o: 'cgr:gala', asserted: true }),
  fixtureClaim({ id: 'acme.openedOn', s: 'cgr:acme-bank', p: 'cg:openedOn', o: '"2001-05-05"^^xsd:date', asserted: true }),
  `cgr:league-charter a cg:Agreement ; rdfs:label "Founding Charter of the League" ; skos:altLabel "League charter" .`,
  fixtureClaim({ id: 'charter.enteredIntoForceOn', s: 'cgr:league-charter', p: 'cg:enteredIntoForceOn', o: '"2000-01-01"^^xsd:date', asserted: true }),
  fixtureClaim({ id: 'freedonia.launchedConstructionOf.canal', s: 'cgr:freedonia', p: 'cg:launchedConstructionOf', o: 'cgr:canal', asserted: true }),
].join('\n'));

const predicate = async (claim: string) => {
  const r = await check(claim);
  return [r.interpretation?.predicate, r.verdict];
};

describe('receiving a guest (lexicon cg:receivingVerb) and "was host to"', () => {
  it('entertaining a person at an event is hosting the person there', async () => {
    expect((await check('Rufus Firefly entertained Gloria Teasdale at the Founders Gala.')).verdict).toBe('SUPPORTED');
    expect((await check('Rufus Firefly rolled out the red carpet for Gloria Teasdale at the Founders Gala.')).verdict).toBe('SUPPORTED');
    // a guest is no host (cg:guestOf is disjoint with cg:hostOf)
    expect((await check('Gloria Teasdale entertained Rufus Firefly at the Founders Gala.')).verdict).toBe('REFUTED');
  });
  it('reads the verbs from the lexicon, in every form, and only of people', () => {
    expect(readHostGuest(ctx, 'Rufus Firefly entertains Gloria Teasdale at the Founders Gala.')?.claims)
      .toEqual(['Rufus Firefly hosted the Founders Gala, and Gloria Teasdale attended the Founders Gala.']);
    // an idea entertained is no guest
    expect(readHostGuest(ctx, 'Rufus Firefly entertained Freedonia at the Founders Gala.')).toBeUndefined();
    expect(HOST_GUEST_NEEDS(ctx).test('Rufus Firefly entertained Gloria Teasdale')).toBe(true);
    expect(HOST_GUEST_NEEDS(ctx).test('Rufus Firefly visited Sylvania')).toBe(false);
  });
  it('"was host to" a person is hosting the person', async () => {
    expect((await check('Rufus Firefly was host to Gloria Teasdale at the Founders Gala.')).verdict).toBe('SUPPORTED');
  });
  it('guests in an absolute clause are guests at the event the clause before names', async () => {
    expect(guestsAbsolute(ctx, 'Rufus Firefly hosted the Founders Gala, with Gloria Teasdale among his guests'))
      .toBe('Rufus Firefly hosted the Founders Gala, and Gloria Teasdale was among the guests at the Founders Gala.');
    expect((await check('Rufus Firefly hosted the Founders Gala, with Gloria Teasdale among his guests')).verdict).toBe('SUPPORTED');
    expect((await check('Gloria Teasdale hosted the Founders Gala, with Rufus Firefly among her guests')).verdict).toBe('REFUTED');
    expect(guestsAbsolute(ctx, 'Rufus Firefly visited Sylvania, with Gloria Teasdale among his guests')).toBeUndefined();
  });
});

describe('being there and staying away (cg:attended patterns)', () => {
  it('on hand, making it to, an appearance: attendance', async () => {
    expect(await predicate('Gloria Teasdale was on hand at the Founders Gala.')).toEqual([`${CG}attended`, 'SUPPORTED']);
    // "made it to" was read as a speech (cg:spokeAt) before
    expect(await predicate('Gloria Teasdale made it to the Founders Gala.')).toEqual([`${CG}attended`, 'SUPPORTED']);
    expect((await check('Gloria Teasdale made an appearance at the Founders Gala.')).verdict).toBe('SUPPORTED');
  });
  it('a no-show, a miss, staying home: the denial, decided both ways', async () => {
    expect((await check('Gloria Teasdale was a no-show at the Founders Gala.')).verdict).toBe('REFUTED');
    expect((await check("Sylvania's president gave the Founders Gala a miss.")).verdict).toBe('SUPPORTED');
    expect((await check('Gloria Teasdale stayed home from the Founders Gala.')).verdict).toBe('REFUTED');
  });
});

describe('speaking, opening, entry into force, trips and groundbreaking (lexicon patterns)', () => {
  it('taking the podium at an event is speaking there', async () => {
    expect(await predicate('Rufus Firefly took the podium at the Founders Gala.')).toEqual([`${CG}spokeAt`, 'SUPPORTED']);
    expect((await check('Gloria Teasdale took the podium at the Founders Gala.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
  it('a debut is the opening, on one day', async () => {
    expect((await check('The Acme Development Bank debuted on May 5, 2001.')).verdict).toBe('SUPPORTED');
    expect((await check('The Acme Development Bank began business on May 6, 2001.')).verdict).toBe('REFUTED');
  });
  it('a charter that kicked in (became binding) entered into force', async () => {
    expect((await check('The League charter kicked in on January 1, 2000.')).verdict).toBe('SUPPORTED');
    expect((await check('The League charter became binding on January 2, 2000.')).verdict).toBe('REFUTED');
  });
  it('second pass: an appearance put in, one of the guests, breaking ground for a facility', async () => {
    expect(await predicate('Gloria Teasdale put in an appearance at the Founders Gala.')).toEqual([`${CG}attended`, 'SUPPORTED']);
    expect((await check('Gloria Teasdale was one of the guests at the Founders Gala.')).verdict).toBe('SUPPORTED');
    expect((await check('Freedonia broke ground for the Freedonia canal pipeline.')).verdict).toBe('SUPPORTED');
  });
  it('a stop in a country is a visit to it; laying the foundation stone is breaking ground', async () => {
    expect(await predicate('Rufus Firefly made a stop in Sylvania.')).toEqual([`${CG}visited`, 'SUPPORTED']);
    expect((await check('Freedonia laid the foundation stone of the Freedonia canal pipeline.')).verdict).toBe('SUPPORTED');
  });
});

describe('an event named with a "where" clause (src/check/event-where.ts)', () => {
  it('says what happened at the event the words before "where" name', () => {
    expect(eventWhereRewrite(ctx, 'Gloria Teasdale hosted the Founders Gala where Rufus Firefly spoke'))
      .toBe('Gloria Teasdale hosted the Founders Gala, and Rufus Firefly spoke at the Founders Gala.');
    // a place before "where" is no event; a question is no claim
    expect(eventWhereRewrite(ctx, 'Rufus Firefly visited Sylvania where the League met')).toBeUndefined();
    expect(eventWhereRewrite(ctx, 'Is the Founders Gala where Rufus Firefly spoke')).toBeUndefined();
  });
  it('checks the two statements as a compound: a guest named as the host refutes', async () => {
    expect((await check('Gloria Teasdale hosted the Founders Gala where Rufus Firefly spoke')).verdict).toBe('REFUTED');
    expect((await check('Rufus Firefly hosted the Founders Gala where he gave a speech')).verdict).not.toBe('REFUTED');
    expect((await check('Rufus Firefly hosted the Founders Gala where Rufus Firefly spoke')).verdict).toBe('SUPPORTED');
  });
});
