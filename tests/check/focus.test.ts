// The focus of a deed (src/check/focus.ts, cg:focus): supported when a claim node of the deed gives
// that focus (and purpose); another focus, owner or purpose is undecided, never refuted.
import { describe, expect, it } from 'vitest';
import { checkFixture, FIXTURE_ARTICLE } from '../helpers/check-fixture.js';
import { focusParts } from '../../src/check/focus.js';

const ART = FIXTURE_ARTICLE;
const { check } = checkFixture(`
cgr:port-building a cg:Sector ; rdfs:label "port building" ; skos:altLabel "building ports", "ports" .
cgr:energy-supplies a cg:Purpose ; rdfs:label "energy supplies" ; skos:altLabel "securing energy supplies" .
cgc:rufus.visited.sylvania.focus a cg:Claim ;
    rdf:subject cgr:rufus ; rdf:predicate cg:visited ; rdf:object cgr:sylvania ;
    cg:focus cgr:port-building ; cg:purpose cgr:energy-supplies ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <${ART}/sentence/s009> .
`);

describe('a focus', () => {
  it('reads the verbal and nominal forms, with a purpose', () => {
    expect(focusParts("Rufus Firefly's visit focused on port building so as to secure energy supplies.")).toEqual({ who: 'Rufus Firefly', focus: 'port building', verb: 'secure', object: 'energy supplies' });
    expect(focusParts('The key focus of the visit was port building.')).toEqual({ focus: 'port building', key: true });
    expect(focusParts('The visit focused on port building.')).toEqual({ focus: 'port building' });
    expect(focusParts("Rufus Firefly's visit did not focus on ports.")).toBeUndefined();
  });
  it('is supported when the deed\'s claim gives it (an owner that is the place dropped)', async () => {
    for (const c of [
      "Rufus Firefly's visit focused on building Sylvania's ports in order to secure energy supplies.",
      'The visit focused on port building.',
      "The key focus of Rufus Firefly's trip was port building.",
    ]) expect((await check(c)).verdict, c).toBe('SUPPORTED');
  });
  it('is undecided with another focus, owner or purpose', async () => {
    for (const c of [
      "Rufus Firefly's visit focused on building Marsovia's ports.",
      "Rufus Firefly's visit focused on port building so as to weaken energy supplies.",
    ]) expect((await check(c)).verdict, c).toBe('NOT_ENOUGH_INFO');
  });
});

// round 11: the key focus (cg:keyFocus, functional) against a claimed key focus in a disjoint field
describe('a key focus', () => {
  const keyed = checkFixture(`
cgr:port-building a cg:Sector ; rdfs:label "port building" ; skos:altLabel "building ports", "ports", "port infrastructure" .
cgc:rufus.visited.sylvania.keyfocus a cg:Claim ;
    rdf:subject cgr:rufus ; rdf:predicate cg:visited ; rdf:object cgr:sylvania ;
    cg:focus cgr:port-building ; cg:keyFocus cgr:port-building ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <${ART}/sentence/s009> .
`);
  it('refutes another key focus in a disjoint field (cultural, political against economic)', async () => {
    const r = await keyed.check("The key focus of Rufus Firefly's visit was tourism.");
    expect(r.verdict).toBe('REFUTED');
    expect(r.explanation).toContain('cg:keyFocus is functional');
    expect((await keyed.check("The main focus of Rufus Firefly's trip was diplomacy.")).verdict).toBe('REFUTED');
  });
  it('leaves a focus not called key, or one in the same or no field, undecided', async () => {
    for (const c of [
      "Rufus Firefly's visit focused on tourism.",
      "The key focus of Rufus Firefly's visit was energy.",
      "The key focus of Rufus Firefly's visit was tourism and investment.",
      "The key focus of Rufus Firefly's visit was the weather.",
    ]) expect((await keyed.check(c)).verdict, c).toBe('NOT_ENOUGH_INFO');
  });
});
