// The focus of a deed said in other words (round 25, src/check/focus-words.ts; lexicon
// cg:keyFocusNoun, cg:focusNoun, cg:focusDriverVerb): a focus noun after or before its focus, and a
// purpose said to drive the focus. focus.ts decides as before: the deed's focus supports, another
// key focus refutes (cg:keyFocus is functional), another focus among others is held.
import { describe, expect, it } from 'vitest';
import { checkFixture, FIXTURE_ARTICLE } from '../helpers/check-fixture.js';
import { focusSaidOtherwise } from '../../src/check/focus-words.js';

const ART = FIXTURE_ARTICLE;
const { ctx, check } = checkFixture(`
cgr:port-building a cg:Sector ; rdfs:label "port building" ; skos:altLabel "building ports", "ports", "port infrastructure" .
cgr:energy-supplies a cg:Purpose ; rdfs:label "energy supplies" ; skos:altLabel "securing energy supplies" .
cgc:rufus.visited.sylvania.focus a cg:Claim ;
    rdf:subject cgr:rufus ; rdf:predicate cg:visited ; rdf:object cgr:sylvania ;
    cg:focus cgr:port-building ; cg:keyFocus cgr:port-building ; cg:purpose cgr:energy-supplies ;
    cg:polarity cg:Positive ; cg:modality cg:Stated ; cg:derivation cg:Direct ;
    prov:wasDerivedFrom <${ART}/sentence/s009> .
`);
const verdict = (s: string): Promise<string> => check(s).then((r) => r.verdict, () => 'UNREAD');

describe('a focus noun', () => {
  it('after its focus is the (key) focus', () => {
    expect(focusSaidOtherwise(ctx, "Port building was the centrepiece of Rufus Firefly's visit")).toBe("The key focus of Rufus Firefly's visit was Port building");
    expect(focusSaidOtherwise(ctx, "Port building was an emphasis of Rufus Firefly's visit")).toBeUndefined();
    expect(focusSaidOtherwise(ctx, "Port building was the priority of Rufus Firefly's visit")).toBe("The focus of Rufus Firefly's visit was Port building");
  });
  it('before its focus is the (key) focus', () => {
    expect(focusSaidOtherwise(ctx, "The main thrust of Rufus Firefly's visit was port building")).toBe("The key focus of Rufus Firefly's visit was port building");
    expect(focusSaidOtherwise(ctx, "The focus of Rufus Firefly's visit was port building")).toBeUndefined();
  });
  it('supports the deed\'s key focus and refutes another key one in a disjoint field', async () => {
    expect(await verdict("Port building was the centrepiece of Rufus Firefly's visit")).toBe('SUPPORTED');
    expect(await verdict("Port building was at the heart of Rufus Firefly's visit")).toBe('SUPPORTED');
    expect(await verdict("Tourism was the centrepiece of Rufus Firefly's visit")).toBe('REFUTED');
    // a focus among others: another is no refutation
    expect(await verdict("Tourism was the priority of Rufus Firefly's visit")).not.toBe('REFUTED');
  });
});

describe('a purpose that drives a focus', () => {
  it('is the focus with its purpose (a gerund; a dashed aside taken)', () => {
    expect(focusSaidOtherwise(ctx, "Securing energy supplies drove the port building focus of Rufus Firefly's visit"))
      .toBe("The focus of Rufus Firefly's visit was on port building for securing energy supplies");
    expect(focusSaidOtherwise(ctx, "Energy security \u2014 securing energy supplies \u2014 drove the port building emphasis of Rufus Firefly's trip"))
      .toBe("The focus of Rufus Firefly's trip was on port building for securing energy supplies");
    expect(focusSaidOtherwise(ctx, "Energy security drove the port building focus of Rufus Firefly's visit")).toBeUndefined();
  });
  it('is supported when the deed gives that focus and purpose', async () => {
    expect(await verdict("Securing energy supplies was behind the port building focus of Rufus Firefly's visit")).toBe('SUPPORTED');
  });
});
