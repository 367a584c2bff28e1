// A host and a guest (src/check/host-guest.ts): "X hosted Y at E" is X hosting E and Y attending
// it; "X hosted Y", at some event the graph says X hosted (never refuted).
import { describe, expect, it } from 'vitest';
import { readHostGuest } from '../../src/check/host-guest.js';
import { checkFixture } from '../helpers/check-fixture.js';

// the fixture plus: Rufus Firefly hosted the Founders Gala; Gloria Teasdale attended it
const { ctx, check } = checkFixture(`
cgc:rufus.hostOf.gala a cg:Claim ; rdf:subject cgr:rufus ; rdf:predicate cg:hostOf ; rdf:object cgr:gala ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s001> .
cgr:rufus cg:hostOf cgr:gala .
cgc:teasdale.attended.gala a cg:Claim ; rdf:subject cgr:teasdale ; rdf:predicate cg:attended ; rdf:object cgr:gala ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <https://w3id.org/claimgraph/article/fixture-article/sentence/s002> .
cgr:teasdale cg:attended cgr:gala .
`);

describe('a host and a guest', () => {
  it('is said again as hosting the event and attending it', () => {
    expect(readHostGuest(ctx, 'Rufus Firefly hosted Gloria Teasdale at the Founders Gala.'))
      .toEqual({ claims: ['Rufus Firefly hosted the Founders Gala, and Gloria Teasdale attended the Founders Gala.'], named: true });
    expect(readHostGuest(ctx, 'Rufus Firefly hosted Gloria Teasdale.')?.named).toBe(false);
    // an event after the verb is the plain reading; a denial or a question is not read so
    expect(readHostGuest(ctx, 'Rufus Firefly hosted the Founders Gala.')).toBeUndefined();
    expect(readHostGuest(ctx, 'Rufus Firefly did not host Gloria Teasdale.')).toBeUndefined();
  });
  it('is supported when the host hosted the event and the guest attended it', async () => {
    expect((await check('Rufus Firefly hosted Gloria Teasdale at the Founders Gala.')).verdict).toBe('SUPPORTED');
    expect((await check('Rufus Firefly played host to Gloria Teasdale.')).verdict).toBe('SUPPORTED');
  });
  it('reads verbs of receiving a person as hosting, said with "hosted" (round 17)', () => {
    expect(readHostGuest(ctx, 'Rufus Firefly welcomed Gloria Teasdale to the Founders Gala.')?.claims)
      .toEqual(['Rufus Firefly hosted the Founders Gala, and Gloria Teasdale attended the Founders Gala.']);
    expect(readHostGuest(ctx, 'Rufus Firefly received Gloria Teasdale at the Founders Gala.')?.named).toBe(true);
    // a reception of something the graph does not name as a person is no hosting
    expect(readHostGuest(ctx, 'Rufus Firefly received energy at the Founders Gala.')).toBeUndefined();
  });
  it('the wrong side is not supported, and without an event never refuted', async () => {
    const r = await check('Gloria Teasdale hosted Rufus Firefly at the Founders Gala.');
    expect(r.verdict).not.toBe('SUPPORTED');
    expect((await check('Rufus Firefly hosted Marsovia.')).verdict).toBe('NOT_ENOUGH_INFO');
    expect((await check('Rufus Firefly hosted the President of Sylvania.')).verdict).toBe('NOT_ENOUGH_INFO');
  });
});

describe('a host named by an office, a guest named with a title (round 18)', () => {
  it('reads an office as host through its holders, and a title before or after a guest\'s name as a part of its own', () => {
    expect(readHostGuest(ctx, "Freedonia's prime minister hosted Gloria Teasdale.")?.claims)
      .toEqual(["Freedonia's prime minister hosted the Founders Gala, and Gloria Teasdale attended the Founders Gala."]);
    expect(readHostGuest(ctx, 'Rufus Firefly hosted Freedonian Prime Minister Gloria Teasdale at the Founders Gala.')?.claims)
      .toEqual(['Rufus Firefly hosted the Founders Gala, and Gloria Teasdale attended the Founders Gala, and Gloria Teasdale is Freedonian Prime Minister.']);
    expect(readHostGuest(ctx, 'Rufus Firefly hosted Gloria Teasdale, Freedonian Prime Minister, at the Founders Gala.')?.claims)
      .toEqual(['Rufus Firefly hosted the Founders Gala, and Gloria Teasdale attended the Founders Gala, and Gloria Teasdale is Freedonian Prime Minister.']);
  });
  it('supports what the graph says, and a wrong title is no support', async () => {
    expect((await check("Freedonia's prime minister hosted Gloria Teasdale.")).verdict).toBe('SUPPORTED');
    expect((await check('Rufus Firefly hosted Freedonian Prime Minister Gloria Teasdale.')).verdict).toBe('SUPPORTED');
    expect((await check('Rufus Firefly hosted Sylvanian President Gloria Teasdale.')).verdict).not.toBe('SUPPORTED');
  });
});

describe('"X was the host who greeted Y at E" (round 23)', () => {
  it('is the relative clause\'s deed of the host, not a job title', () => {
    expect(readHostGuest(ctx, 'Rufus Firefly was the host who greeted Gloria Teasdale at the Founders Gala.')?.claims)
      .toEqual(['Rufus Firefly hosted the Founders Gala, and Gloria Teasdale attended the Founders Gala.']);
    expect(readHostGuest(ctx, 'Rufus Firefly was the host who welcomed energy at the Founders Gala.')).toBeUndefined();
  });
  it('is decided as the host and the guest', async () => {
    expect((await check('Rufus Firefly was the host who greeted Gloria Teasdale at the Founders Gala.')).verdict).toBe('SUPPORTED');
    expect((await check('Gloria Teasdale was the host who received Rufus Firefly at the Founders Gala.')).verdict).not.toBe('SUPPORTED');
  });
});

describe('a passive of hosting (round 29)', () => {
  it('is no host-guest claim: the guest as subject is not read as the host', async () => {
    // "Gloria Teasdale was hosted by Rufus Firefly as a guest at the gala" was read as "Gloria
    // Teasdale hosted the gala", refuted by Rufus Firefly's hosting: a false REFUTED
    expect(readHostGuest(ctx, 'Gloria Teasdale was hosted by Rufus Firefly as a guest at the Founders Gala.')).toBeUndefined();
    // (left unread or undecided: never refuted)
    const r = await check('Gloria Teasdale was hosted by Rufus Firefly as a guest at the Founders Gala.').catch(() => undefined);
    expect(r?.verdict).not.toBe('REFUTED');
    // the active is still read
    expect(readHostGuest(ctx, 'Rufus Firefly hosted Gloria Teasdale at the Founders Gala.')?.named).toBe(true);
  });
});
